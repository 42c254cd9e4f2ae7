import type { DateOrder, ImportValueWord } from '../../../api/imports';
import { say } from '../../../api/i18n';
import { normalise, type ImportField } from './fields';
import type { Cell } from './read';

/*
 * Reading a partner's cell as our value: numbers with a decimal comma or point (and spaces or the
 * other mark between thousands), dates as ISO, dd/mm/yyyy, mm/dd/yyyy or Excel serial numbers,
 * and list values through the value mapping (the partner's word → ours).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parseNumber(cell: Cell, decimalComma: boolean): Parsed<number> {
  if (typeof cell === 'number') return { ok: true, value: cell };
  let s = String(cell)
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '');
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (comma >= 0) s = decimalComma || !/^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(',', '.') : s.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return { ok: false, reason: say('importCore.notNumber') };
  return { ok: true, value: Number(s) };
}

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const ISO_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Excel's day 1 is 1900-01-01, counting the 29 February 1900 that never was. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** What the slashed dates of a file say about their order: only one reading fits, both do, or none. */
export function detectDateOrder(cells: Iterable<Cell>): { order: DateOrder | null; ambiguous: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let slashed = false;
  for (const c of cells) {
    if (typeof c !== 'string') continue;
    const m = SLASHED.exec(c.trim());
    if (!m) continue;
    slashed = true;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  if (!slashed) return { order: null, ambiguous: false };
  if (dayFirst && !monthFirst) return { order: 'dmy', ambiguous: false };
  if (monthFirst && !dayFirst) return { order: 'mdy', ambiguous: false };
  return { order: null, ambiguous: true };
}

export function parseDate(cell: Cell, order: DateOrder | null): Parsed<string> {
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? { ok: true, value: iso } : { ok: false, reason: say('importCore.notDateNorExcel') };
  }
  const s = String(cell).trim();
  let m = ISO.exec(s) ?? ISO_SLASH.exec(s);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { ok: true, value: iso } : { ok: false, reason: say('importCore.notRealDate') };
  }
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3]);
    if (!order) {
      if (a > 12 && b <= 12) order = 'dmy';
      else if (b > 12 && a <= 12) order = 'mdy';
      else return { ok: false, reason: say('importCore.dateEitherWay') };
    }
    const iso = order === 'mdy' ? isoDate(y, a, b) : isoDate(y, b, a);
    return iso
      ? { ok: true, value: iso }
      : { ok: false, reason: say(order === 'mdy' ? 'importCore.notRealDateMdy' : 'importCore.notRealDateDmy') };
  }
  if (/^\d{5}$/.test(s)) return parseDate(Number(s), order);
  return { ok: false, reason: say('importCore.notDate') };
}

/** Suggests our value for a partner's word: our value itself, its label, or a word partners use for it. */
export function suggestValue(field: ImportField, word: string): string | null {
  const w = normalise(word);
  if (!w) return '';
  for (const v of field.choices ?? []) {
    if (normalise(v) === w) return v;
    if ((field.words?.[v] ?? []).some((x) => normalise(x) === w)) return v;
  }
  return null;
}

/** The value mapping of one list field over a file: every distinct word, how many rows use it, and what it maps to. */
export function mapWords(
  field: ImportField,
  counts: Map<string, number>,
  chosen: Record<string, string> | undefined,
  remembered: Record<string, string> | undefined,
): ImportValueWord[] {
  const choices = new Set(field.choices ?? []);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word, rows]) => {
      const pick = chosen?.[word];
      if (pick !== undefined && (pick === '' || choices.has(pick))) return { word, rows, to: pick, how: 'chosen' as const };
      const mem = remembered?.[word];
      if (mem !== undefined && (mem === '' || choices.has(mem))) return { word, rows, to: mem, how: 'remembered' as const };
      const s = suggestValue(field, word);
      if (s === null) return { word, rows, to: null, how: 'none' as const };
      return { word, rows, to: s, how: normalise(s) === normalise(word) ? ('same' as const) : ('suggested' as const) };
    });
}
