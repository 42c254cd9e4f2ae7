/**
 * Lookups by a list of ids of any length. SQLite binds at most 32,766 parameters per statement
 * (999 in builds before 3.32), so a query `… IN (?, ?, …)` over a pasted block or a whole
 * manifest is asked in slices. 400 leaves room for the query's other parameters and keeps the
 * number of distinct statement texts (one per slice length) that the statement cache holds small.
 */
export const IN_SLICE_SIZE = 400;

/** `?,?,?`: the placeholders of an `IN (…)` list of these values. */
export const marks = (values: readonly unknown[]): string => values.map(() => '?').join(',');

/**
 * Runs `lookup` on consecutive slices of at most `size` values and returns all its rows, slice
 * after slice (each slice's rows in the order its query gives them). Raw SQL uses `marks(slice)`
 * in its `IN (…)`; drizzle uses `inArray(column, slice)`.
 */
export function inSlices<V, R>(values: readonly V[], lookup: (slice: V[]) => readonly R[], size = IN_SLICE_SIZE): R[] {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += size) {
    for (const row of lookup(values.slice(i, i + size))) out.push(row);
  }
  return out;
}
