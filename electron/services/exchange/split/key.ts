import type Database from 'better-sqlite3';
import type { SourceQuery } from '../sources/source';

/*
 * A big CSV export is read in two halves, each by a thread of its own (halves.ts): on a two-core
 * laptop, SQLite's sort and the making of the lines take most of its time, and each half sorts and
 * writes half the rows. The halves are cut at a value of the rows' first sort key: the first holds
 * the rows ordered before it, the second the rest, so the file is the first half then the second,
 * byte for byte what one thread writes.
 */

/** Of an ordered statement's rows: those ordered before `value` (1) or from it on (2). */
export interface RowsHalf {
  half: 1 | 2;
  value: unknown;
}

/** How an ordered statement's rows can be cut in two: by the value of the result column it sorts by first. */
export interface SplitKey {
  query: SourceQuery;
  /** The result column the rows are first ordered by. */
  column: string;
  desc: boolean;
  /** The whole ORDER BY, by result position (the grid's sort, then the source's own order). */
  terms: string[];
}

/** Export sizes below this are written by one thread: a second one would not pay for its start. */
export const SPLIT_MIN_ROWS = 20_000;
/** One row in this many (at random) is looked at to find the middle value. */
const SAMPLE_EVERY = 64;
/** A result column's name as it can be written in the halves' WHERE without quoting trouble. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The parameter the cut value is bound to (a name the sources' own parameters never take). */
const CUT = 'corridorCut';

/**
 * The key a positional read (`order`: the grid's sort as `position ASC|DESC` terms, see rows.ts)
 * can be cut on, or null: a source whose own order is not one named column, or a first sort key
 * whose result name is not unique (a subquery would rename it).
 */
export function splitKeyOf(query: SourceQuery, names: string[], order: string[]): SplitKey | null {
  const position = (name: string) => (names.indexOf(name) === names.lastIndexOf(name) ? names.indexOf(name) + 1 : 0);
  const own = query.orderColumn ? position(query.orderColumn) : 0;
  if (!own) return null;
  let column = query.orderColumn!;
  let desc = false;
  if (order.length > 0) {
    const [at, direction] = order[0].split(' ');
    column = names[Number(at) - 1];
    desc = direction === 'DESC';
    if (!column || !position(column)) return null;
  }
  if (!PLAIN_NAME.test(column)) return null;
  return { query, column, desc, terms: [...order, `${own} ASC`] };
}

const keyOf = (key: SplitKey) => `corridor_half."${key.column}"`;
const from = (key: SplitKey) => `FROM (${key.query.sql}) AS corridor_half`;

/**
 * One half's statement. SQL orders NULL first and ascending, so ascending the NULLs go to the first
 * half and descending to the second; a row whose key equals the cut value is in the second half
 * either way. The comparison and the ORDER BY both use the column's own collation and SQLite's
 * order of types, so every row falls in exactly one half, in the place one ordered read gives it.
 */
export function halfSql(key: SplitKey, half: 1 | 2): string {
  const k = keyOf(key);
  const before = key.desc ? `${k} > @${CUT}` : `(${k} IS NULL OR ${k} < @${CUT})`;
  const after = key.desc ? `(${k} IS NULL OR ${k} <= @${CUT})` : `${k} >= @${CUT}`;
  return `SELECT * ${from(key)} WHERE ${half === 1 ? before : after} ORDER BY ${key.terms.join(', ')}`;
}

/** The parameters of a half's statement: the source's own, and the cut value. */
export const halfArgs = (key: SplitKey, value: unknown): Record<string, unknown> => ({ ...key.query.args, [CUT]: value });

/** SQLite's order of the values a key can hold: numbers, then text (the blobs a sample skips). */
const sqlOrder = (a: number | string, b: number | string) =>
  typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1;

/**
 * The value to cut the rows at: the middle of a random sample of their keys (any value gives the
 * same file; the middle one gives the threads even halves), or null when there are too few rows
 * for two threads to be worth it (counted from the sample, blanks included). Reads one column of
 * every row, without sorting them.
 */
export function cutValue(sqlite: Database.Database, key: SplitKey): number | string | null {
  const statement = sqlite.prepare(`SELECT ${keyOf(key)} ${from(key)} WHERE abs(random() % ${SAMPLE_EVERY}) = 0`).pluck();
  const sample = (key.query.args ? statement.all(key.query.args) : statement.all()) as unknown[];
  if (sample.length * SAMPLE_EVERY < SPLIT_MIN_ROWS) return null;
  // A blank key is no value to cut at (the blanks go to one end); a blob is not one either.
  const values = sample.filter((v): v is number | string => typeof v === 'number' || typeof v === 'string');
  if (values.length === 0) return null;
  values.sort(sqlOrder);
  return values[values.length >> 1];
}
