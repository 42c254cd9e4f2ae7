import { halfSql, SPLIT_MIN_ROWS, type SplitKey } from './key';

/*
 * Where the last big exports of each set of rows were cut (their middle row's key). Finding the
 * middle by sampling reads one column of every row (~25 ms of a 100,000-row export on a two-core
 * laptop), while an export reads its rows in order anyway: it keeps the key of every 1,000th row
 * (write-rows.ts), and the next export of the same rows cuts at the middle one. Any cut gives the
 * same file; one gone stale (rows added or removed since) only evens the halves less.
 */

/** How many sets of rows are remembered (the grids an operator exports in a sitting). */
const KEPT = 16;
const recent = new Map<string, number | string>();

/** What identifies a set of rows and its order: the statement and its parameters. */
const rowsKey = (key: SplitKey) => `${halfSql(key, 1)}\n${JSON.stringify(key.query.args ?? null)}`;

/** Remembers the middle of the keys an export read (every 1,000th row's), when it read many rows. */
export function rememberCut(key: SplitKey, keys: unknown[]): void {
  if (keys.length * 1000 < SPLIT_MIN_ROWS) return;
  const middle = keys[keys.length >> 1];
  if (typeof middle !== 'number' && typeof middle !== 'string') return;
  const k = rowsKey(key);
  recent.delete(k);
  recent.set(k, middle);
  if (recent.size > KEPT) recent.delete(recent.keys().next().value!);
}

/** The cut the last big export of these rows suggests, if any. */
export const rememberedCut = (key: SplitKey): number | string | undefined => recent.get(rowsKey(key));
