import { sayLater } from './i18n/current';
import { z } from 'zod';
import { command, query } from './define';

/**
 * How this installation writes numbers and dates (the language itself is the language choice).
 * The renderer formats and parses with it (renderer/src/locale); the core's contract stays in
 * plain numbers and ISO dates whatever it says.
 */
export const ENGLISH_REGIONS = ['GB', 'US'] as const;
export const ARABIC_DIGITS = ['latn', 'arab'] as const;
export const DATE_STYLES = ['locale', 'iso'] as const;

export interface LocalePreferences {
  /** English as written in Britain (30/11/2026) or the United States (11/30/2026). */
  englishRegion: (typeof ENGLISH_REGIONS)[number];
  /** Arabic with Western digits (the default) or Eastern Arabic digits. */
  arabicDigits: (typeof ARABIC_DIGITS)[number];
  /** Dates in the language's own order, or ISO YYYY-MM-DD everywhere. */
  dateStyle: (typeof DATE_STYLES)[number];
}

export const LOCALE_DEFAULTS: LocalePreferences = { englishRegion: 'GB', arabicDigits: 'latn', dateStyle: 'locale' };

export const localePreferencesInput = z
  .object({
    englishRegion: z.enum(
      ENGLISH_REGIONS,
      sayLater('schema.englishRegionOneOf', () => ({ values: ENGLISH_REGIONS.join(', ') })),
    ),
    arabicDigits: z.enum(
      ARABIC_DIGITS,
      sayLater('schema.arabicDigitsOneOf', () => ({ values: ARABIC_DIGITS.join(', ') })),
    ),
    dateStyle: z.enum(
      DATE_STYLES,
      sayLater('schema.dateStyleOneOf', () => ({ values: DATE_STYLES.join(', ') })),
    ),
  })
  .partial()
  .refine((o) => Object.values(o).some((v) => v !== undefined), sayLater('schema.localeWhich'));

export const localeOps = {
  'locale.get': query<LocalePreferences>('read')(z.object({}).optional()),
  'locale.save': command<LocalePreferences>('session')(localePreferencesInput),
};
