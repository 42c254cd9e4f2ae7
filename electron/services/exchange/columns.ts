import { say } from '../../api/i18n/current';
import type { SensitiveField } from '../../api/vocabularies';

/**
 * The column model shared by spreadsheet export and (later) import: a header people read, an HXL
 * hashtag that stays the same across languages, and a cell type. Values are as a grid shows them
 * (labels, not stored codes), typed so XLSX cells hold numbers and dates, not text.
 */
export type CellType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean';

export interface SheetColumn<R = Record<string, unknown>> {
  /** The grid's column id (its field), so a grid's column state names these. */
  id: string;
  header: string;
  /** HXL hashtag with attributes, e.g. "#item +code"; `#x_` extension tags for quantities and lots. */
  hxl: string;
  type: CellType;
  /** Width in characters (XLSX); the grid's width in pixels wins when it sends one. */
  width?: number;
  value(row: R): unknown;
  /** A field sensitive in itself: a partner's profile may include, coarsen or omit it. */
  sensitive?: SensitiveField;
  /** The coarse form of a place (its administrative area); times are coarsened to their day. */
  coarse?(row: R): unknown;
  /** Header and HXL tag of the coarsened column. */
  coarseHeader?: string;
  coarseHxl?: string;
  /** Columns the grid shows inside this one's cell (a unit, days left): exported right after it when the grid names only this one. */
  companions?: string[];
  /**
   * The grid shows this column as a select and sorts it by the words it shows, in the reader's
   * collation (api/grid-order.ts' gridLabelOrder), not by the stored text: an export sorted on it
   * sorts in memory, never in SQL (rows.ts). Any other column sorts by AG Grid's default comparator.
   */
  gridSortsByLabel?: boolean;
  /**
   * The text the grid shows in this column where it differs from the file's cell (a blank sharing
   * label's words, the file holding the label it resolves to): what the grid's filters, quick
   * search and sort compare (grid-view.ts).
   */
  gridText?(row: R): string;
}

export const text = <R>(id: string, header: string, hxl: string, value: (r: R) => unknown, width = 16): SheetColumn<R> => ({
  id,
  header,
  hxl,
  type: 'text',
  width,
  value,
});

/**
 * The value functions that show one field of the row (its SQL column), as it is or through a
 * fixed map. Known by the function itself, so a column copied with its value kept (a translated
 * header, a sensitive mark) still reads by position, and one whose value was replaced (a
 * coarsened time) no longer does.
 */
const FIELD_VALUES = new WeakMap<object, { field: string; map?: (v: unknown) => unknown }>();

/** A value function showing the row's field `id` (through `map`, a pure function of that field alone, when given). */
export function fieldValue<R extends Record<string, unknown>>(id: string, map?: (v: unknown) => unknown): (r: R) => unknown {
  const value = map ? (r: R) => map(r[id]) : (r: R) => r[id];
  FIELD_VALUES.set(value, { field: id, map });
  return value;
}

/** The field a column shows (and its map), when its value is one field of the row; else undefined. */
export const fieldOf = (c: Pick<SheetColumn<never>, 'value'>) => FIELD_VALUES.get(c.value);

/** A column showing the row's own field `id`; `extra` adds what a column may carry (sensitive, coarse form, companions). */
export const field = <R extends Record<string, unknown>>(
  id: string,
  header: string,
  hxl: string,
  type: CellType = 'text',
  width?: number,
  extra: Partial<SheetColumn<R>> = {},
): SheetColumn<R> => ({ id, header, hxl, type, width, value: fieldValue<R>(id), ...extra });

/** Grid widths are pixels; a spreadsheet column is about 7 pixels per character. */
export const pixelsToChars = (px: number) => Math.max(6, Math.min(80, Math.round(px / 7)));

const DEFAULT_WIDTH: Record<CellType, number> = { text: 18, integer: 12, decimal: 12, date: 12, datetime: 20, boolean: 8 };
export const widthOf = (c: Pick<SheetColumn, 'type' | 'width'>) => c.width ?? DEFAULT_WIDTH[c.type];

/**
 * A value as its cell type: numbers stay numbers, dates become Date (a real spreadsheet date),
 * booleans yes/no in the reader's language, and anything else text. Blank stays null.
 */
export function typedValue(type: CellType, v: unknown): string | number | Date | null {
  if (v === null || v === undefined || v === '') return null;
  switch (type) {
    case 'integer':
    case 'decimal': {
      const n = typeof v === 'number' ? v : Number(v);
      return Number.isFinite(n) ? n : String(v);
    }
    case 'date': {
      const s = String(v);
      const d = /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : new Date(s);
      return Number.isNaN(d.getTime()) ? s : d;
    }
    case 'datetime': {
      const d = new Date(String(v));
      return Number.isNaN(d.getTime()) ? String(v) : d;
    }
    case 'boolean':
      // In the exporting operator's language (oui / نعم); the import reads these words back.
      return v === true || v === 1 ? say('exportCell.yes') : v === false || v === 0 ? say('exportCell.no') : String(v);
    default:
      return typeof v === 'string' ? v : String(v);
  }
}

/**
 * Plain decimals, never exponents or grouping. One formatter for every cell: toLocaleString made
 * a new one per call, which was two thirds of a 100,000-row CSV export's time.
 */
const PLAIN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10, useGrouping: false });

/** The text of a value, as CSV and filters see it: ISO dates, plain decimals. */
export function textOf(type: CellType, v: unknown): string {
  const t = typedValue(type, v);
  if (t === null) return '';
  if (t instanceof Date) return type === 'date' ? t.toISOString().slice(0, 10) : t.toISOString().replace('.000Z', 'Z');
  if (typeof t === 'number') return numberText(t);
  return t;
}

/** A finite number's plain text: no exponent, no grouping, at most 10 decimals. */
export function numberText(t: number): string {
  if (Number.isSafeInteger(t)) return String(t);
  // JavaScript's own shortest form when it has no exponent and at most 10 decimals: the same
  // text the formatter gives, at a fraction of its cost.
  const s = String(t);
  const dot = s.indexOf('.');
  return !s.includes('e') && (dot < 0 || s.length - dot - 1 <= 10) ? s : PLAIN_NUMBER.format(t);
}
