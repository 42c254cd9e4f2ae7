import { say } from '../../../api/i18n/current';
import { neutraliseFormula } from '../../../api/spreadsheet-cells';
import { numberText, textOf, type CellType } from '../columns';

/*
 * Each column's cell writer, worked out once per export rather than once per cell: the yes/no
 * words looked up once (a catalogue lookup per boolean cell was a third of a 100,000-row export's
 * time), the cell's style and type chosen once. The values and their text are the same as
 * typedValue/textOf give (columns.ts).
 */

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const yesNo = () => ({ yes: say('exportCell.yes'), no: say('exportCell.no') });

/** A CSV field from a raw value: blank, a number's plain text, an ISO date, or text with formula prefixes neutralised. */
export function csvCellGeneral(type: CellType, { yes, no } = yesNo()): (v: unknown) => string {
  return (v) => {
    if (v === null || v === undefined || v === '') return '';
    let t: string;
    if (type === 'text') t = typeof v === 'string' ? v : String(v);
    else if (type === 'boolean') t = v === true || v === 1 ? yes : v === false || v === 0 ? no : String(v);
    else t = textOf(type, v);
    return csvField(typeof v === 'number' || typeof v === 'boolean' ? t : neutraliseFormula(t));
  };
}

const QUOTE_NEEDED = /[",\r\n]/;
/** `=` `+` `-` `@` tab CR: FORMULA_PREFIXES as character codes, tested without making a one-letter string. */
const startsLikeFormula = (t: string) => {
  const c = t.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
};

/** Distinct numbers whose text a CSV number column keeps (0 and -0 are one key: both are written "0"). */
const NUMBER_TEXTS_KEPT = 4096;

/**
 * A column's CSV cell writer, worked out once per export: the common cells (a string in a text
 * column, a finite number in a number column, a stored 0/1 in a yes/no column) written without the
 * general path's steps; anything else through it (csvCellGeneral). Same text either way.
 */
export function csvCellOf(type: CellType): (v: unknown) => string {
  const { yes, no } = yesNo();
  const any = csvCellGeneral(type, { yes, no });
  switch (type) {
    case 'text':
      return (v) => {
        if (typeof v !== 'string') return v == null ? '' : any(v);
        if (v === '') return '';
        const t = startsLikeFormula(v) ? `'${v}` : v;
        return QUOTE_NEEDED.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
      };
    case 'integer':
    case 'decimal': {
      // A column's numbers repeat (a catalogue's unit weights, a report's quantities): each one's
      // text is worked out once, up to NUMBER_TEXTS_KEPT of them; a lookup costs a fraction of it.
      const texts = new Map<number, string>();
      return (v) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return v == null ? '' : any(v);
        let t = texts.get(v);
        if (t === undefined) {
          t = numberText(v);
          if (texts.size < NUMBER_TEXTS_KEPT) texts.set(v, t);
        }
        return t;
      };
    }
    case 'boolean': {
      const yesCell = csvField(yes);
      const noCell = csvField(no);
      return (v) => (v === 1 || v === true ? yesCell : v === 0 || v === false ? noCell : any(v));
    }
    default:
      return any;
  }
}

/** Characters XML 1.0 does not allow at all (dropped), and the ones it wants escaped. */
const XML_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex
const XML_SPECIAL = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex

export function xmlText(s: string): string {
  if (!XML_SPECIAL.test(s)) return s;
  return s.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value (quotes escaped as well). */
export const xmlAttr = (s: string) => xmlText(s).replace(/"/g, '&quot;');

/** An inline text cell; spaces at either end kept. */
export function textCell(ref: string, text: string, style?: number): string {
  const s = style ? ` s="${style}"` : '';
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

const DAY_MS = 86_400_000;
/** Excel's serial date: days since 1899-12-30 (UTC), as exceljs writes it. */
const serial = (ms: number) => 25569 + ms / DAY_MS;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Style ids of the data cells (the order of cellXfs in xlsx-parts.ts). */
export interface DataStyles {
  date: number;
  datetime: number;
  integer: number;
  decimal: number;
}

/** An XLSX cell (XML) from a raw value, or '' for a blank one: typed numbers and real dates, text neutralised. */
export function xlsxCellOf(type: CellType, styles: DataStyles): (ref: string, v: unknown) => string {
  const { yes, no } = yesNo();
  const text = (ref: string, v: unknown) => textCell(ref, neutraliseFormula(typeof v === 'string' ? v : String(v)));
  switch (type) {
    case 'integer':
    case 'decimal': {
      const s = styles[type];
      return (ref, v) => {
        if (v === null || v === undefined || v === '') return '';
        const n = typeof v === 'number' ? v : Number(v);
        return Number.isFinite(n) ? `<c r="${ref}" s="${s}"><v>${n}</v></c>` : text(ref, v);
      };
    }
    case 'date':
    case 'datetime': {
      const s = styles[type];
      return (ref, v) => {
        if (v === null || v === undefined || v === '') return '';
        const str = String(v);
        const day = type === 'date' ? ISO_DAY.exec(str) : null;
        const ms = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(str).getTime();
        return Number.isNaN(ms) ? text(ref, str) : `<c r="${ref}" s="${s}"><v>${serial(ms)}</v></c>`;
      };
    }
    case 'boolean':
      return (ref, v) =>
        v === null || v === undefined || v === ''
          ? ''
          : textCell(ref, v === true || v === 1 ? yes : v === false || v === 0 ? no : neutraliseFormula(String(v)));
    default:
      return (ref, v) => (v === null || v === undefined || v === '' ? '' : text(ref, v));
  }
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
