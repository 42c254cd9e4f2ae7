import type { Cell, SheetRow } from './read';
import type { SharedString } from './xlsx-workbook';
import type { XmlHandlers } from './xlsx-xml';

/*
 * A worksheet's rows from its SAX events (xl/worksheets/sheetN.xml): each `<row>` as the cells it
 * holds, each `<c>` placed by its reference (`r="B7"`; sparse rows are normal) or, without one, in
 * the column after the previous cell, and read as exceljs's reader with styles ignored reads it:
 * - `t="s"` an index into the shared strings; `t="inlineStr"` the text of `<is>` (rich runs joined);
 *   `t="str"` a formula's text result; strings trimmed, blank → null;
 * - `t="b"` a boolean → 'yes' / 'no'; `t="e"` the error's text (`#N/A`);
 * - `t="d"` an ISO 8601 date → yyyy-mm-dd (exceljs would read 2024 out of 2024-03-05);
 * - `t="n"` or none: a number (dates among them, as Excel's serial numbers: the import reads those);
 * - a formula is its cached result `<v>`, typed as above (exceljs reads a boolean or error result as a
 *   number), or null without one.
 * A row's cells end at its last cell with a value; rows with nothing in them are not handed on.
 */

/** Columns a sheet can have (A to XFD): a cell past them is a damaged or hostile file. */
export const MAX_COLUMNS = 16_384;

/** A cell past column XFD: its row would be padded with blanks up to it (a few bytes of XML making gigabytes). */
export class CellPastLastColumn extends Error {
  constructor(
    readonly ref: string,
    readonly row: number,
  ) {
    super(`cell ${ref} in row ${row} lies past column XFD`);
  }
}

/** `B7` → 1 (zero-based column), or -1 when the reference has no column letters; at most four letters are read (past XFD either way). */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

const text = (v: string): Cell => {
  const t = v.trim();
  return t === '' ? null : t;
};

/** A cell's value from its type and the text of its `<v>` (or `<is>`); undefined when it has none (exceljs too). */
function valueOf(type: string | undefined, v: string, strings: SharedString[]): Cell | undefined {
  switch (type) {
    case 's':
      return strings[parseInt(v, 10)];
    case 'inlineStr':
    case 'str':
    case 'e':
      return text(v);
    case 'b':
      return parseInt(v, 10) !== 0 ? 'yes' : 'no';
    case 'd': {
      const date = /^\s*(\d{4}-\d{2}-\d{2})/.exec(v);
      return date ? date[1] : text(v);
    }
    default: {
      const n = parseFloat(v);
      return Number.isNaN(n) ? null : n;
    }
  }
}

/** Handlers for readXml that call `row` with each non-empty row of the sheet, in order. */
export function sheetHandlers(strings: SharedString[], row: (r: SheetRow) => void): XmlHandlers {
  let inRow = false;
  let rowNumber = 0;
  let cells: Cell[] = [];
  let any = false;
  let nextCol = 0;
  // The open cell: its column and type, whether it had a value or formula, and the value's text.
  let inCell = false;
  let col = 0;
  let type: string | undefined;
  let hasValue = false;
  let hasFormula = false;
  let capture = false;
  let value = '';
  let phonetic = 0;

  return {
    open(name, attrs) {
      if (inCell) {
        if (name === 'v') {
          hasValue = true;
          capture = true;
          value = '';
        } else if (name === 'is') {
          hasValue = true;
          value = '';
        } else if (name === 't') {
          hasValue = true;
          capture = phonetic === 0;
        } else if (name === 'f') hasFormula = true;
        else if (name === 'rPh') phonetic++;
      } else if (name === 'c') {
        if (!inRow) return;
        inCell = true;
        const ref = attrs.r;
        const at = ref === undefined ? -1 : columnOf(ref);
        col = at < 0 ? nextCol : at;
        if (col >= MAX_COLUMNS) throw new CellPastLastColumn(ref ?? `#${col + 1}`, rowNumber);
        type = attrs.t;
        hasValue = hasFormula = capture = false;
        value = '';
      } else if (name === 'row') {
        inRow = true;
        const r = attrs.r === undefined ? NaN : parseInt(attrs.r, 10);
        rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
        cells = [];
        any = false;
        nextCol = 0;
      }
    },
    close(name) {
      if (inCell) {
        if (name === 'v' || name === 't') capture = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c') {
          inCell = false;
          nextCol = col + 1;
          const cell = hasValue ? valueOf(type, value, strings) : hasFormula ? null : undefined;
          if (cell === undefined) return;
          while (cells.length < col) cells.push(null);
          cells[col] = cell;
          if (cell !== null) any = true;
        }
      } else if (name === 'row' && inRow) {
        inRow = false;
        if (any) row({ n: rowNumber, cells });
      }
    },
    text(t) {
      if (capture) value += t;
    },
  };
}
