import { LANGUAGE_DIRECTIONS, type Language } from './languages';

/**
 * Writing numbers and dates for a reader's locale, shared by the renderer (grids, inputs, the
 * audit trail) and the core (dates inside its messages), so a date reads the same on a screen and
 * in a refusal: one date style everywhere, times in 24 h. Formatters are cached per locale tag:
 * Intl objects are costly and a grid formats thousands of cells.
 */
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

/** Right-to-left languages. */
export const isRtl = (language: Language) => LANGUAGE_DIRECTIONS[language] === 'rtl';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(s: LocaleSettings, grouping: boolean): Intl.NumberFormat {
  const key = `n|${localeTag(s)}|${grouping}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    // Plain decimals, never exponents: 0.0000007 m³, not 7e-7.
    f = new Intl.NumberFormat(localeTag(s), { maximumFractionDigits: 10, useGrouping: grouping });
    cache.set(key, f);
  }
  return f;
}

function dateFormat(s: LocaleSettings, withTime: boolean, seconds = false): Intl.DateTimeFormat {
  const key = `d|${localeTag(s)}|${withTime}|${seconds}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(s), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, hourCycle: 'h23' } : {}),
      // A calendar date is formatted as the day it names, wherever the machine is.
      timeZone: withTime ? undefined : 'UTC',
    });
    cache.set(key, f);
  }
  return f;
}

/** 1 234,5 (fr), 1,234.5 (en), 1,234.5 or ١٬٢٣٤٫٥ (ar). Whole quantities and counts. */
export function formatNumber(n: number | null | undefined, s: LocaleSettings): string {
  return n == null || !Number.isFinite(n) ? '' : numberFormat(s, true).format(n);
}

/**
 * A number in an editable cell: no thousands separator (it would be typed back and read as one)
 * but the locale's decimal separator and digits: 0,35 in French.
 */
export function formatEditable(n: number | null | undefined, s: LocaleSettings): string {
  return n == null || !Number.isFinite(n) ? '' : numberFormat(s, false).format(n);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date (YYYY-MM-DD, or the day of an ISO timestamp as stored) in the one date style. */
export function formatDate(iso: string | null | undefined, s: LocaleSettings): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  if (s.dateStyle === 'iso') return s.language === 'ar' && s.arabicDigits === 'arab' ? toEastern(m[0]) : m[0];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999 (0001-01-01 is a date a refusal may name).
  const day = new Date(0);
  day.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateFormat(s, false).format(day);
}

/** A moment (ISO timestamp) in local time: 30/11/2026 15:03 (24 h), optionally with seconds. */
export function formatDateTime(iso: string | null | undefined, s: LocaleSettings, seconds = false): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (s.dateStyle === 'iso') {
    const text = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
    return s.language === 'ar' && s.arabicDigits === 'arab' ? toEastern(text) : text;
  }
  // Intl puts a comma between date and time in some locales; one space reads the same everywhere.
  return dateFormat(s, true, seconds)
    .formatToParts(d)
    .map((p) => (p.type === 'literal' && /^[,\s\u060C]+$/.test(p.value) ? ' ' : p.value))
    .join('');
}

/** 15:03 in local time (24 h). */
export function formatTime(iso: string | null | undefined, s: LocaleSettings): string {
  const full = formatDateTime(iso, s);
  return full.slice(full.lastIndexOf(' ') + 1);
}

const toEastern = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
