import { LANGUAGE_DIRECTIONS, type Language } from '../../../electron/api/i18n/languages';

/**
 * How numbers and dates are written for the person at the keyboard. The language comes from the
 * language choice; region, digits and date style are the locale settings stored in the core
 * (`locale.get` / `locale.save`). Everything here is plain data so parse and format stay pure.
 */
export type { Language };

export interface LocaleSettings {
  language: Language;
  /** English only: en-GB writes 30/11/2026, en-US 11/30/2026. */
  englishRegion: 'GB' | 'US';
  /** Arabic only: Western digits (0-9, the default) or Eastern Arabic digits (٠-٩). */
  arabicDigits: 'latn' | 'arab';
  /** One date style everywhere: the language's own order, or ISO YYYY-MM-DD. */
  dateStyle: 'locale' | 'iso';
}

export const DEFAULT_LOCALE: LocaleSettings = { language: 'en', englishRegion: 'GB', arabicDigits: 'latn', dateStyle: 'locale' };

/** The BCP 47 tag Intl formats with: en-GB, en-US, fr-FR, ar-u-nu-latn, ar-u-nu-arab. */
export function localeTag(s: LocaleSettings): string {
  if (s.language === 'fr') return 'fr-FR';
  if (s.language === 'ar') return `ar-u-nu-${s.arabicDigits}`;
  return `en-${s.englishRegion}`;
}

/** Day and month order of a written date; null when the reader cannot tell (ISO chosen). */
export function dateOrder(s: LocaleSettings): 'dmy' | 'mdy' | null {
  if (s.dateStyle === 'iso') return null;
  return s.language === 'en' && s.englishRegion === 'US' ? 'mdy' : 'dmy';
}

/** Right-to-left languages. */
export const isRtl = (language: Language) => LANGUAGE_DIRECTIONS[language] === 'rtl';
