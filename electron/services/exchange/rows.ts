import type Database from 'better-sqlite3';
import type { ExportRequest } from '../../api/exchange';
import { fieldOf, type SheetColumn } from './columns';
import { gridView } from './grid-view';
import type { ExportSource, SourceQuery, SourceRun } from './sources/source';
import { orderedSql } from './sources/source';
import { halfArgs, halfSql, splitKeyOf, type RowsHalf, type SplitKey } from './split/key';

/*
 * How an export reads its rows. A source that is one SQL statement (the record grids: `query`) is
 * read by position — better-sqlite3's raw rows, no object made per row — and each column that shows
 * one stored field takes its cell straight from the row's array. The grid's sort is SQL's ORDER BY
 * when every sorted column is a stored field the grid sorts as stored (AG Grid's default
 * comparator, api/grid-order.ts' gridValueOrder: code-unit order, blanks first, as SQLite's BINARY
 * collation and NULLs-first), so a sorted grid streams like an unsorted one; filters and quick search are applied to each row as
 * it comes (grid-view.ts). Any other source or sort gives rows as objects, as before.
 */

type Row = Record<string, unknown>;

export interface RowStream {
  /**
   * The rows. Read by position, every row is the same view object, its fields read from the row
   * being read: take what you need from it before asking for the next (nothing here keeps rows).
   */
  rows: Iterable<Row>;
  /** How to read a column's value from a row of `rows`. */
  cell(c: SheetColumn<Row>): (r: Row) => unknown;
  /** Where the rows, read by position, can be cut in two halves (split/key.ts); absent when they cannot. */
  split?: SplitKey;
}

/**
 * The grid's sort as ORDER BY terms, or null when SQL cannot sort as the grid does: a column that
 * shows something other than one stored field as it is (a label, pack sizes as text, the row's
 * sharing label), or one the grid sorts by its select's words. Those sorts gather the filtered rows
 * in memory (grid-view.ts), since only the words shown give the grid's order.
 */
function sqlSort(columns: SheetColumn<Row>[], names: string[], sort: ExportRequest['sort']): string[] | null {
  const byId = new Map(columns.map((c) => [c.id, c]));
  // By the result column's position, never its name: a joined table with a column of the same
  // name (a contact's and its organisation's `name`) would make `ORDER BY "name"` ambiguous.
  // The last column of a name is the one a row read by position shows (byPosition's index).
  const position = new Map(names.map((n, i) => [n, i + 1]));
  const terms: string[] = [];
  for (const s of sort ?? []) {
    const col = byId.get(s.colId);
    if (!col) continue; // a column the source lacks is ignored, as in grid-view.ts
    const f = fieldOf(col);
    const at = f && position.get(f.field);
    if (!f || f.map || col.gridSortsByLabel || !at) return null;
    terms.push(`${at} ${s.sort === 'desc' ? 'DESC' : 'ASC'}`);
  }
  return terms;
}

/** Rows read by position through one view object whose fields are the statement's columns. */
function byPosition(statement: Database.Statement, args: SourceQuery['args'], names: string[]): RowStream {
  let current: unknown[] = [];
  const view: Row = {};
  names.forEach((name, i) => Object.defineProperty(view, name, { get: () => current[i], enumerable: true, configurable: true }));
  const index = new Map(names.map((n, i) => [n, i]));
  statement.raw(true);
  // An iterator of its own rather than a generator: one result object for every row, and no
  // generator to resume per row. Stopping early (a break, a throw) resets the statement.
  const rows: Iterable<Row> = {
    [Symbol.iterator]() {
      const it = (args ? statement.iterate(args) : statement.iterate()) as IterableIterator<unknown[]>;
      const step: IteratorResult<Row> = { done: false, value: view };
      return {
        next() {
          const n = it.next();
          if (n.done) return n;
          current = n.value;
          return step;
        },
        return(value?: unknown) {
          it.return?.();
          return { done: true, value };
        },
      };
    },
  };
  return {
    rows,
    cell(c) {
      const f = fieldOf(c);
      const i = f ? index.get(f.field) : undefined;
      if (i === undefined) return c.value;
      const map = f!.map;
      return map ? memoised(map, () => current[i]) : () => current[i];
    },
  };
}

/** Values a column's map is worked out once for (a category's few codes); past that, each is mapped as it comes. */
const MEMO_LIMIT = 256;

/**
 * A field's map, worked out once per distinct stored value: a map is a pure function of its field
 * (columns.ts) and the export's language is fixed while it runs, so a category's label is looked up
 * in the catalogue once per code rather than once per row (that lookup was ~10 % of a 100,000-item
 * CSV export's time).
 */
function memoised(map: (v: unknown) => unknown, read: () => unknown): () => unknown {
  const seen = new Map<unknown, unknown>();
  return () => {
    const v = read();
    const hit = seen.get(v);
    if (hit !== undefined || seen.has(v)) return hit;
    const out = map(v);
    if (seen.size < MEMO_LIMIT && (typeof v !== 'string' || v.length <= 64)) seen.set(v, out);
    return out;
  };
}

/**
 * Each row with its own sharing label (`effectiveSharing`, what a Sharing column shows) and the
 * words the grid's Sharing cell shows (`sharingShown`, where the source words them) before the
 * grid's filters and sort look at it: a row read by position is the one view object, which would
 * otherwise still show the label of the row before.
 */
function* labelled(rows: Iterable<Row>, source: ExportSource<Row, unknown>, run: SourceRun): Generator<Row> {
  const shown = source.sharingShown;
  for (const r of rows) {
    r.effectiveSharing = source.label(r, run.defaults);
    if (shown) r.sharingShown = shown(r, run.defaults);
    yield r;
  }
}

/** Whether the grid's view filters or searches rows (then each row needs its label first). */
const filters = (req: Pick<ExportRequest, 'filterModel' | 'quickFilter'>) =>
  Object.keys(req.filterModel ?? {}).length > 0 || !!req.quickFilter?.trim();

/** Asked for half of rows that cannot be cut (a caller's mistake: only a stream's `split` says they can). */
const notInHalves = (source: ExportSource<Row, unknown>) => new Error(`the ${source.stem} rows cannot be read in halves`);

/** A source's rows for an export as the grid shows them (filters, quick search, sort). */
export function exportRows(
  source: ExportSource<Row, unknown>,
  run: SourceRun,
  params: unknown,
  req: Pick<ExportRequest, 'filterModel' | 'sort' | 'quickFilter'>,
  /** The columns the grid's filters, quick search and sort may look at (a partner's profile leaves out the fields it withholds). */
  viewed: SheetColumn<Row>[] = source.columns,
  /** Only one half of the rows (split/halves.ts): for a stream whose `split` was given. */
  half?: RowsHalf,
): RowStream {
  const q = source.query?.(run, params);
  if (q) {
    const names = run.sqlite
      .prepare(orderedSql(q))
      .columns()
      .map((c) => c.name);
    const order = source.gridFilters ? sqlSort(viewed, names, req.sort) : [];
    if (order) {
      const key = splitKeyOf(q, names, order) ?? undefined;
      if (half && !key) throw notInHalves(source);
      const stream = half
        ? byPosition(run.sqlite.prepare(halfSql(key!, half.half)), halfArgs(key!, half.value), names)
        : byPosition(run.sqlite.prepare(orderedSql(q, order)), q.args, names);
      const rows =
        source.gridFilters && filters(req) ? gridView(labelled(stream.rows, source, run), viewed, { ...req, sort: [] }) : stream.rows;
      return { rows, cell: stream.cell, split: half ? undefined : key };
    }
  }
  if (half) throw notInHalves(source);
  const rows = source.rows(run, params);
  if (!source.gridFilters) return { rows, cell: (c) => c.value };
  const sorted = (req.sort ?? []).length > 0;
  return { rows: gridView(filters(req) || sorted ? labelled(rows, source, run) : rows, viewed, req), cell: (c) => c.value };
}
