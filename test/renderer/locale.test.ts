import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEditable, formatNumber } from '../../renderer/src/locale/format';
import { refusalText } from '../../renderer/src/locale/messages';
import { parseDate, parseNumber } from '../../renderer/src/locale/parse';
import { DEFAULT_LOCALE, type LocaleSettings } from '../../renderer/src/locale/settings';

const fr: LocaleSettings = { ...DEFAULT_LOCALE, language: 'fr' };
const gb: LocaleSettings = { ...DEFAULT_LOCALE, language: 'en', englishRegion: 'GB' };
const us: LocaleSettings = { ...DEFAULT_LOCALE, language: 'en', englishRegion: 'US' };
const ar: LocaleSettings = { ...DEFAULT_LOCALE, language: 'ar' };
const arEastern: LocaleSettings = { ...ar, arabicDigits: 'arab' };
const iso = (s: LocaleSettings): LocaleSettings => ({ ...s, dateStyle: 'iso' });

const num = (text: string, s: LocaleSettings) => {
  const r = parseNumber(text, s);
  return r.ok ? r.value : r.refusal.code;
};
const day = (text: string, s: LocaleSettings) => {
  const r = parseDate(text, s);
  return r.ok ? r.value : r.refusal.code;
};

describe('numbers by locale', () => {
  it('French: decimal comma, any kind of space between thousands', () => {
    expect(num('12,5', fr)).toBe(12.5);
    expect(num('0,35', fr)).toBe(0.35);
    expect(num('1 234,5', fr)).toBe(1234.5);
    expect(num('1\u00A0234,5', fr)).toBe(1234.5); // no-break space (Excel, LibreOffice)
    expect(num('1\u202F234,5', fr)).toBe(1234.5); // narrow no-break space (Intl's French output)
    expect(num('1\u2009234 567,25', fr)).toBe(1234567.25); // thin space
    expect(num('-3,5', fr)).toBe(-3.5);
    expect(num('\u22123,5', fr)).toBe(-3.5);
    expect(num('12.5', fr)).toBe(12.5); // pasted from an English sheet: no other reading
    expect(num('1 234.5', fr)).toBe(1234.5);
    expect(num('1.234,5', fr)).toBe(1234.5);
    expect(num('', fr)).toBe(null);
  });

  it('French refuses a lone separator followed by three digits, saying both readings', () => {
    expect(num('1,234', fr)).toBe('ambiguousNumber');
    expect(num('1.234', fr)).toBe('ambiguousNumber');
    const r = parseNumber('1,234', fr);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(refusalText(r.refusal)).toBe('"1,234" can be read two ways: type 1234 for the whole number or 1,2340 for the decimal');
    expect(num('1,2340', fr)).toBe(1.234);
    expect(num('1 234', fr)).toBe(1234);
  });

  it('English (GB and US): decimal point, comma thousands', () => {
    for (const s of [gb, us]) {
      expect(num('1,234.5', s)).toBe(1234.5);
      expect(num('1,234', s)).toBe(1234);
      expect(num('1.234', s)).toBe(1.234);
      expect(num('1,234,567', s)).toBe(1234567);
      expect(num('12,5', s)).toBe(12.5); // a European sheet's decimal: no other reading
      expect(num('0.35', s)).toBe(0.35);
    }
  });

  it('Arabic: Western digits by default, Eastern Arabic digits and separators read too', () => {
    expect(num('1,234.5', ar)).toBe(1234.5);
    expect(num('١٢٫٥', ar)).toBe(12.5);
    expect(num('١٬٢٣٤٫٥', arEastern)).toBe(1234.5);
    expect(num('۱۲', ar)).toBe(12); // Persian digits
    expect(num('\u200F12.5', ar)).toBe(12.5); // a right-to-left mark copied along
  });

  it('refuses what is not a number', () => {
    for (const s of [fr, gb, ar]) {
      expect(num('abc', s)).toBe('notNumber');
      expect(num('12 5', s)).toBe('notNumber');
      expect(num('1,2,3.4.5', s)).toBe('notNumber');
      expect(num('1e5', s)).toBe('notNumber');
      expect(num('12kg', s)).toBe('notNumber');
      expect(num('-', s)).toBe('notNumber');
    }
    const r = parseNumber('abc', fr);
    if (!r.ok) expect(refusalText(r.refusal)).toBe('"abc" is not a number');
  });

  it('formats and reads back its own output', () => {
    expect(formatNumber(1234.5, fr)).toBe('1\u202F234,5');
    expect(formatNumber(1234.5, gb)).toBe('1,234.5');
    expect(formatNumber(1234.5, ar)).toBe('1,234.5');
    expect(formatNumber(1234.5, arEastern)).toBe('١٬٢٣٤٫٥');
    expect(formatEditable(0.35, fr)).toBe('0,35');
    expect(formatEditable(0.0000007, gb)).toBe('0.0000007');
    expect(formatEditable(1234.5, fr)).toBe('1234,5');
    for (const s of [fr, gb, us, ar, arEastern])
      for (const n of [0, 0.35, 12.5, 1234.5, -40, 1000000, 0.0000007]) {
        expect(num(formatNumber(n, s), s)).toBe(n);
        expect(num(formatEditable(n, s), s)).toBe(n);
      }
  });
});

describe('dates by locale', () => {
  it('one date style: dd/mm/yyyy in French, British English and Arabic, mm/dd/yyyy in US English, ISO when chosen', () => {
    expect(formatDate('2026-11-30', fr)).toBe('30/11/2026');
    expect(formatDate('2026-11-30', gb)).toBe('30/11/2026');
    expect(formatDate('2026-11-30', us)).toBe('11/30/2026');
    expect(formatDate('2026-11-30', ar).replace(/\u200F/g, '')).toBe('30/11/2026');
    expect(formatDate('2026-11-30', arEastern).replace(/\u200F/g, '')).toBe('٣٠/١١/٢٠٢٦');
    expect(formatDate('2026-11-30', iso(fr))).toBe('2026-11-30');
    expect(formatDate('2026-11-30T23:30:00.000Z', fr)).toBe('30/11/2026'); // the stored day, not shifted
  });

  it('times in 24 h, no comma', () => {
    const at = new Date(2026, 10, 30, 15, 3, 4).toISOString();
    expect(formatDateTime(at, fr)).toBe('30/11/2026 15:03');
    expect(formatDateTime(at, us, true)).toBe('11/30/2026 15:03:04');
    expect(formatDateTime(at, iso(gb))).toBe('2026-11-30 15:03');
  });

  it('reads the locale order and ISO', () => {
    expect(day('30/11/2026', fr)).toBe('2026-11-30');
    expect(day('03/04/2026', fr)).toBe('2026-04-03');
    expect(day('3.4.2026', gb)).toBe('2026-04-03');
    expect(day('03/04/2026', us)).toBe('2026-03-04');
    expect(day('٣٠/١١/٢٠٢٦', ar)).toBe('2026-11-30');
    expect(day('\u200F30\u200F/11\u200F/2026', ar)).toBe('2026-11-30');
    for (const s of [fr, gb, us, ar, iso(fr)]) {
      expect(day('2026-11-30', s)).toBe('2026-11-30');
      expect(day(formatDate('2026-01-02', s), s)).toBe('2026-01-02');
      expect(day('', s)).toBe(null);
    }
  });

  it('refuses an ambiguous day/month when the order is unknown, and what is not a date', () => {
    expect(day('03/04/2026', iso(fr))).toBe('ambiguousDate');
    const r = parseDate('03/04/2026', iso(gb));
    if (!r.ok) expect(refusalText(r.refusal)).toBe('"03/04/2026" can be read as 2026-04-03 or 2026-03-04: write it YYYY-MM-DD');
    expect(day('30/11/2026', iso(gb))).toBe('2026-11-30'); // 30 can only be a day
    expect(day('11/30/2026', iso(gb))).toBe('2026-11-30');
    expect(day('31/02/2026', fr)).toBe('impossibleDate');
    expect(day('2026-02-30', fr)).toBe('impossibleDate');
    expect(day('30/11/26', fr)).toBe('shortYear');
    expect(day('tomorrow', fr)).toBe('notDate');
    const n = parseDate('tomorrow', fr);
    if (!n.ok) expect(refusalText(n.refusal)).toBe('"tomorrow" is not a date: write it dd/mm/yyyy');
  });
});
