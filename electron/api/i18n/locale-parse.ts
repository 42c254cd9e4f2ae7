import { westernDigits, stripBidiMarks } from './digits';
import type { LocaleSettings } from './locale-format';

/** Day and month order of a written date; null when the reader cannot tell (ISO chosen). */
export function dateOrder(s: LocaleSettings): 'dmy' | 'mdy' | null {
  if (s.dateStyle === 'iso') return null;
  return s.language === 'en' && s.englishRegion === 'US' ? 'mdy' : 'dmy';
}

/**
 * Reading what a person typed or pasted as a number or a calendar date, in their locale (shared:
 * the renderer reads cells with it, the core reads a pasted block of document lines). Typed cells
 * reach the core as plain numbers and ISO dates; anything that could be read two ways is refused
 * with the reason, never guessed.
 */
export type Refusal =
  | { code: 'notNumber'; text: string }
  | { code: 'ambiguousNumber'; text: string; asGrouped: string; asDecimal: string }
  | { code: 'notDate'; text: string; order: 'dmy' | 'mdy' | null }
  | { code: 'ambiguousDate'; text: string; first: string; second: string }
  | { code: 'impossibleDate'; text: string }
  | { code: 'shortYear'; text: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = <T>(refusal: Refusal): Parsed<T> => ({ ok: false, refusal });

/** Spaces a spreadsheet or Intl uses between thousands: space, no-break, narrow no-break, thin, figure. */
const GROUP_SPACES = /[ \u00A0\u202F\u2009\u2007]/g;

/** The decimal separator a language writes. */
export const decimalSeparatorOf = (s: LocaleSettings) => (s.language === 'fr' ? ',' : '.');

/**
 * A number in the locale: `1 234,5` (French, any kind of space), `1,234.5` (English), Eastern
 * Arabic digits and separators (`١٢٫٥`). A separator the locale does not use as decimal is read as
 * one only when no other reading is possible (`12.5` pasted into French). Refused as ambiguous:
 * a lone separator followed by exactly three digits that is the decimal in one convention and
 * the thousands in another (`1,234` or `1.234` in French).
 */
export function parseNumber(input: string, s: LocaleSettings): Parsed<number | null> {
  const raw = input.trim();
  if (raw === '') return { ok: true, value: null };
  // The Arabic decimal separator (٫) is unambiguous: marked as U+FFFE (a noncharacter); the Arabic thousands one (٬) is a group.
  let t = westernDigits(stripBidiMarks(raw))
    .replace(/\u066B/g, '\uFFFE')
    .replace(/\u066C/g, ' ')
    .replace(GROUP_SPACES, "'");
  const arabicDecimal = t.includes('\uFFFE');
  let sign = '';
  const m = /^([-+\u2212]?)(.*)$/.exec(t)!;
  if (m[1]) sign = m[1] === '+' ? '' : '-';
  t = m[1] ? m[2].replace(/^'+/, '') : m[2]; // "- 3" as some sheets write it
  if (!/^[\d.,'\uFFFE]+$/.test(t) || !/\d/.test(t)) return refuse({ code: 'notNumber', text: raw });

  let intPart: string;
  let fraction = '';
  if (arabicDecimal) {
    const [a, b, ...rest] = t.split('\uFFFE');
    if (rest.length || /[.,]/.test(b)) return refuse({ code: 'notNumber', text: raw });
    intPart = a.replace(/[.,]/g, "'");
    fraction = b;
  } else {
    const dots = (t.match(/\./g) ?? []).length;
    const commas = (t.match(/,/g) ?? []).length;
    let decimal: '.' | ',' | null = null;
    if (dots && commas) {
      // Both: the one written last (once) is the decimal separator, as in 1,234.5 and 1.234,5.
      decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      if ((decimal === '.' ? dots : commas) > 1) return refuse({ code: 'notNumber', text: raw });
    } else if (dots + commas === 1) {
      const sep = dots ? '.' : ',';
      const after = t.slice(t.indexOf(sep) + 1);
      const before = t.slice(0, t.indexOf(sep));
      const local = decimalSeparatorOf(s);
      const couldGroup = /^\d{3}$/.test(after) && /^\d{1,3}$/.test(before) && !before.includes("'");
      if (sep === local) {
        // French 1,234: a decimal here, a thousands separator in an English sheet.
        if (couldGroup && sep === ',') return ambiguous(raw, before, after, s);
        decimal = sep;
      } else if (couldGroup) {
        // English 1,234 is a thousand; French 1.234 could be a thousand or one and a bit.
        if (sep === ',') decimal = null;
        else return ambiguous(raw, before, after, s);
      } else {
        decimal = sep; // 12.5 in French, 12,5 in English: no other reading
      }
    } else if (dots > 1 && commas === 0) decimal = null;
    else if (commas > 1 && dots === 0) decimal = null;
    if (decimal) {
      const at = t.lastIndexOf(decimal);
      intPart = t.slice(0, at);
      fraction = t.slice(at + 1);
    } else intPart = t;
    intPart = intPart.replace(/[.,]/g, "'");
  }
  if (/['.,\uFFFE]/.test(fraction)) return refuse({ code: 'notNumber', text: raw });
  if (intPart.includes("'") && !/^\d{1,3}('\d{3})+$/.test(intPart)) return refuse({ code: 'notNumber', text: raw });
  const digits = intPart.replace(/'/g, '');
  if (digits === '' && fraction === '') return refuse({ code: 'notNumber', text: raw });
  const value = Number(`${sign}${digits || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return refuse({ code: 'notNumber', text: raw });
  return { ok: true, value: value === 0 ? 0 : value };
}

function ambiguous(raw: string, before: string, after: string, s: LocaleSettings): Parsed<number | null> {
  const dec = decimalSeparatorOf(s);
  const neg = /^[-\u2212]/.test(raw.trim()) ? '-' : '';
  // The two unambiguous ways to write what might have been meant, in the locale's own style.
  const asGrouped = `${neg}${before}${after}`;
  const asDecimal = `${neg}${before}${dec}${after}0`;
  return refuse({ code: 'ambiguousNumber', text: raw, asGrouped, asDecimal });
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/**
 * A calendar date in the locale: ISO `2026-11-30` always, and `30/11/2026` (or `30.11.2026`,
 * `30-11-2026`) in the locale's day-month order. When the order is unknown (ISO chosen in the
 * settings) a date whose day and month are both 12 or less is refused as ambiguous; one with a day
 * over 12 can only be read one way. Returns ISO YYYY-MM-DD.
 */
export function parseDate(input: string, s: LocaleSettings): Parsed<string | null> {
  const raw = input.trim();
  if (raw === '') return { ok: true, value: null };
  const t = westernDigits(stripBidiMarks(raw)).replace(/\s+/g, '');
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (iso) {
    const v = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return v ? { ok: true, value: v } : refuse({ code: 'impossibleDate', text: raw });
  }
  const written = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(t);
  if (!written) return refuse({ code: 'notDate', text: raw, order: dateOrder(s) });
  if (written[4].length === 2) return refuse({ code: 'shortYear', text: raw });
  const a = Number(written[1]);
  const b = Number(written[3]);
  const y = Number(written[4]);
  let order = dateOrder(s);
  if (!order) {
    if (a > 12 && b <= 12) order = 'dmy';
    else if (b > 12 && a <= 12) order = 'mdy';
    else if (a === b) order = 'dmy';
    else {
      const first = isoOf(y, b, a);
      const second = isoOf(y, a, b);
      if (first && second) return refuse({ code: 'ambiguousDate', text: raw, first, second });
      order = 'dmy';
    }
  }
  const v = order === 'dmy' ? isoOf(y, b, a) : isoOf(y, a, b);
  return v ? { ok: true, value: v } : refuse({ code: 'impossibleDate', text: raw });
}
