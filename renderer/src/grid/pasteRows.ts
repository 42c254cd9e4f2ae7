import Papa from 'papaparse';
import type { GridColumn } from './columns';
import type { PasteProblem } from './paste';

/**
 * What to do with a block pasted as new rows (or onto a grid): add it, or — when its first line
 * names columns, or it is wider than the grid — offer the import wizard, which maps a partner's
 * columns by their headers, instead of refusing every cell.
 */
export type RowsPasteDecision =
  | { kind: 'rows'; block: string[][] }
  /** The first line names columns. `rest` is the block without it when its names follow the grid's order (else null). */
  | { kind: 'header'; names: string[]; rest: string[][] | null }
  | { kind: 'tooWide'; width: number; count: number };

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.()/]+/g, ' ')
    .trim();

/** What recognising a header line needs of a column: its header and field. */
export type NamedColumn = Pick<GridColumn, 'header' | 'field'>;

const words = (s: string) =>
  norm(s)
    .split(' ')
    .filter((w) => w.length >= 3);

/**
 * Whether a cell of the first line names one of the grid's columns: its header or field (any
 * case and accent), or — for a cell without digits, as a partner's own header is written — a
 * word of one ("Item name" for Name, "Weight" for Unit weight (kg)).
 */
function namesColumn(cell: string, columns: NamedColumn[]): boolean {
  const c = norm(cell);
  if (c === '') return false;
  if (columns.some((col) => norm(col.header) === c || norm(col.field) === c)) return true;
  if (/\d/.test(c)) return false;
  const mine = words(c);
  return columns.some((col) => words(col.header).some((w) => mine.includes(w)));
}

/**
 * A first line is a header when at least half of its filled cells (and at least one; two when
 * the line has more than two) name a column of the grid. Data rarely does: a code or a name is
 * not "Code" or "Name".
 */
export function headerNames(first: string[] | undefined, columns: NamedColumn[]): string[] | null {
  if (!first) return null;
  const filled = first.filter((c) => c.trim() !== '');
  if (filled.length === 0) return null;
  const hits = filled.filter((c) => namesColumn(c, columns)).length;
  const needed = Math.max(filled.length > 2 ? 2 : 1, Math.ceil(filled.length / 2));
  return hits >= needed ? filled : null;
}

/**
 * The column each cell of a header line names, in its order (null for an empty cell: that column
 * of the block is left out): the column whose header or field it is, else the one column sharing a
 * word with it ("Item" for Item code). `unknown` lists the cells naming no column or several.
 */
export function columnsNamed<C extends NamedColumn>(first: string[], columns: C[]): { columns: (C | null)[]; unknown: string[] } {
  const unknown: string[] = [];
  const used = new Set<C>();
  const named = first.map((cell) => {
    const c = norm(cell);
    if (c === '') return null;
    const mine = words(c);
    const near = columns.filter((col) => words(col.header).some((w) => mine.includes(w)));
    const col = columns.find((x) => norm(x.header) === c || norm(x.field) === c) ?? (near.length === 1 ? near[0] : undefined);
    if (col && !used.has(col)) {
      used.add(col);
      return col;
    }
    unknown.push(cell.trim());
    return null;
  });
  return { columns: named, unknown };
}

/**
 * Decides what a block pasted into `columns` (the columns it fills, in order) does. `allColumns`
 * are every column of the grid, for recognising a header row.
 */
export function decideRowsPaste(block: string[][], columns: GridColumn[], allColumns: GridColumn[] = columns): RowsPasteDecision {
  const names = headerNames(block[0], allColumns);
  if (names) {
    const inOrder = block[0].every((cell, j) => cell.trim() === '' || (columns[j] !== undefined && norm(columns[j].header) === norm(cell)));
    return { kind: 'header', names, rest: inOrder && block.length > 1 ? block.slice(1) : null };
  }
  const width = block[0]?.length ?? 0;
  if (width > columns.length) return { kind: 'tooWide', width, count: columns.length };
  return { kind: 'rows', block };
}

/** The block back as the tab-separated text a spreadsheet copies (for the import wizard). */
export function blockText(block: string[][]): string {
  return Papa.unparse(block, { delimiter: '\t', newline: '\n', quoteChar: '"' });
}

/** Every problem of a refused paste as tab-separated lines with a header, to paste into a spreadsheet or a message. */
export function problemsText(
  problems: PasteProblem[],
  headers: { line: string; target: string; column: string; value: string; problem: string },
): string {
  const rows = [
    [headers.line, headers.target, headers.column, headers.value, headers.problem],
    ...problems.map((p) => [String(p.line), p.target, p.column, p.value, p.message]),
  ];
  return blockText(rows);
}
