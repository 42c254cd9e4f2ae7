import type { ColDef, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { date, editableNum, pinnedStart, readDate, readNumber } from '../locale/current';
import { refusalText } from '../locale/messages';
import { invalidCell, type CellErrorLookup } from './cellErrors';
import { currentLanguage, t } from '../i18n';
import { gridLabelOrder } from '../../../electron/api/grid-order';

export interface Choice {
  value: string;
  label: string;
}

/**
 * One column of an EntityGrid, described in domain terms. The same description drives display,
 * editing, filtering, CSV export and the parsing of pasted spreadsheet text, so a value looks
 * and reads back the same way everywhere.
 */
export interface GridColumn {
  /** Row field, also the AG Grid column id (`[col-id="…"]`) and the key of server issues. */
  field: string;
  header: string;
  type?: 'text' | 'number' | 'boolean' | 'choice' | 'longText' | 'date';
  /** For `choice`: stored value and the label shown (enum values or referenced records). */
  choices?: Choice[];
  /**
   * For `choice`: the column may be empty; shown with this label in the cell and the list (a
   * sharing label's blank names the type default it falls back to). Pasting the label empties the cell.
   */
  blankLabel?: string;
  /** For `choice`: which values the cell's list offers for this row (all when absent); a paste is still checked by the core. */
  offered?: (row: Record<string, unknown> | undefined) => (value: string | null) => boolean;
  editable?: boolean;
  width?: number;
  pinned?: 'left';
  hide?: boolean;
  /** Digits and spaces read left to right inside right-to-left text (a phone number: +381 60 411 2210). */
  ltr?: boolean;
  /** Header tooltip: the expected format, e.g. "NNNN-NN-NNN-NNNN". */
  hint?: string;
  /** Text form of a structured value (pack sizes); the row schema parses the text back. */
  format?: (value: unknown) => string;
  /**
   * A word about a row's value that the text alone does not say (a contact's own label that its
   * organisation's stricter one overrides): the cell is marked and the note is its tooltip
   * (a problem with the cell, when there is one, comes first). Null: nothing to say.
   */
  note?: (row: Record<string, unknown> | undefined) => string | null;
}

export const isEditable = (c: GridColumn) => c.editable !== false;

/** The text a user sees (and copies, exports, searches) for a value. */
export function cellText(col: GridColumn, value: unknown): string {
  if (value == null) return '';
  if (col.format && typeof value !== 'string') return col.format(value);
  if (col.type === 'boolean') return value === true ? 'yes' : value === false ? 'no' : String(value);
  if (col.type === 'choice') return col.choices?.find((c) => c.value === value)?.label ?? String(value);
  // In the locale (0,35 in French), plain decimals, never exponents, no thousands separator: the
  // text is what is copied and typed back.
  if (col.type === 'number' && typeof value === 'number') return editableNum(value);
  if (col.type === 'date' && typeof value === 'string') return date(value);
  return String(value);
}

/**
 * The text a cell shows: cellText, or a choice column's blank label for an empty cell. What the
 * grid's filters, quick search and sort look at, so they match the words on screen.
 */
export const shownText = (col: GridColumn, value: unknown): string =>
  value == null && col.type === 'choice' && col.blankLabel ? col.blankLabel : cellText(col, value);

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/**
 * Turns pasted text into the value the row schema expects: a choice label or value becomes the
 * stored value; anything unrecognised is passed on as typed so the schema names the problem.
 */
export function parseCellText(col: GridColumn, text: string): unknown {
  const t = text.trim();
  if (col.type === 'choice') {
    if (t === '') return col.blankLabel !== undefined ? null : '';
    const n = norm(t);
    // The blank's own words ("Type default (TLP:AMBER)", as copied from the grid) empty the cell too.
    if (col.blankLabel && norm(col.blankLabel) === n) return null;
    const hit = col.choices?.find((c) => norm(c.label) === n || norm(c.value) === n);
    return hit ? hit.value : t;
  }
  if (col.type === 'number' || col.type === 'date') {
    const r = col.type === 'number' ? readNumber(t) : readDate(t);
    // Not readable: passed on as typed, and localeProblem names what is wrong with it.
    return r.ok ? r.value : t;
  }
  return t;
}

/**
 * The message for a number or date cell holding text that cannot be read in the locale (or is
 * ambiguous): "\"1,234\" can be read two ways: …". Null when the cell is fine.
 */
export function localeProblem(col: GridColumn, value: unknown): string | null {
  if ((col.type !== 'number' && col.type !== 'date') || typeof value !== 'string' || value.trim() === '') return null;
  if (col.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return null; // stored form
  const r = col.type === 'number' ? readNumber(value) : readDate(value);
  return r.ok ? null : refusalText(r.refusal);
}

/** A typed cell's text to its value (for AG Grid's valueParser): the number or ISO date, or the text when unreadable. */
export const parseTyped = (col: GridColumn, text: unknown): unknown => (typeof text === 'string' ? parseCellText(col, text) : text);

/** The message for a choice that was not recognised (e.g. an unknown organisation short name). */
export function choiceProblem(col: GridColumn, parsed: unknown): string | null {
  if (col.type !== 'choice' || parsed == null || parsed === '') return null;
  if (col.choices?.some((c) => c.value === parsed)) return null;
  const shown =
    col.choices
      ?.slice(0, 8)
      .map((c) => c.label)
      .join(', ') ?? '';
  const more = (col.choices?.length ?? 0) > 8 ? ', …' : '';
  // A blank that means something (a type default) is one of the choices too.
  const blank = col.blankLabel ? t('grid.orBlank', { blank: col.blankLabel }) : '';
  return t('grid.notAChoice', { value: String(parsed), column: col.header.toLowerCase(), choices: `${shown}${more}${blank}` });
}

/** AG Grid column definitions for a list of GridColumns. */
export function toColDefs(columns: GridColumn[], errors: CellErrorLookup, canEdit: boolean): ColDef[] {
  return columns.map((col) => {
    const def: ColDef = {
      colId: col.field,
      field: col.field,
      headerName: col.header,
      headerTooltip: col.hint ? `${col.header}: ${col.hint}` : undefined,
      width: col.width ?? 140,
      pinned: col.pinned ? pinnedStart() : undefined,
      hide: col.hide,
      editable: canEdit && isEditable(col) ? (p) => !p.data?.archived : false,
      ...invalidCell(errors, col.field),
      cellClass: [!canEdit || !isEditable(col) ? 'cell-readonly' : '', col.ltr ? 'ltr' : ''].filter(Boolean).join(' ') || undefined,
      getQuickFilterText: (p) => shownText(col, p.value),
      filterValueGetter: (p: ValueGetterParams) => shownText(col, p.getValue(col.field)),
      filter: col.type === 'number' ? 'agNumberColumnFilter' : 'agTextColumnFilter',
      cellEditor: 'agTextCellEditor',
    };
    if (col.note) {
      const note = col.note;
      const problem = def.tooltipValueGetter!;
      def.tooltipValueGetter = (p) => problem(p) ?? note(p.data);
      def.cellClassRules = { ...def.cellClassRules, 'cell-noted': (p) => note(p.data) !== null };
    }
    if (col.type === 'number' || col.type === 'date') {
      // The editor starts from the text shown (0,35; 30/11/2026) and what is typed is read in the locale.
      def.cellEditorParams = { useFormatter: true };
      def.valueParser = (p) => parseTyped(col, p.newValue);
      def.valueFormatter = (p: ValueFormatterParams) => cellText(col, p.value);
    }
    if (col.type === 'number') {
      def.filterValueGetter = (p: ValueGetterParams) => {
        const v = p.data?.[col.field];
        return v == null || v === '' ? null : Number(v);
      };
      def.type = 'rightAligned';
    }
    if (col.type === 'boolean') {
      def.cellDataType = 'boolean';
      def.cellRenderer = 'agCheckboxCellRenderer';
      def.cellEditor = 'agCheckboxCellEditor';
      def.width = col.width ?? 110;
    }
    if (col.type === 'choice') {
      const values = [...(col.blankLabel !== undefined ? [null] : []), ...(col.choices ?? []).map((c) => c.value)];
      def.cellEditor = 'agSelectCellEditor';
      const offered = col.offered;
      def.cellEditorParams = offered ? (p: { data?: Record<string, unknown> }) => ({ values: values.filter(offered(p.data)) }) : { values };
      def.valueFormatter = (p: ValueFormatterParams) => shownText(col, p.value);
      // By the words shown, in the reader's language: the order an export of this grid uses too.
      def.comparator = (a, b) => gridLabelOrder(shownText(col, a), shownText(col, b), currentLanguage());
    }
    if (col.type === 'longText') {
      def.cellEditor = 'agLargeTextCellEditor';
      def.cellEditorPopup = true;
      def.cellEditorParams = { maxLength: 2000, rows: 6, cols: 50 };
    }
    if (col.format) {
      // The row holds the structured value once saved and the typed text while editing.
      def.valueGetter = (p: ValueGetterParams) => cellText(col, p.data?.[col.field]);
      def.valueSetter = (p: ValueSetterParams) => {
        p.data[col.field] = p.newValue ?? '';
        return true;
      };
    }
    return def;
  });
}
