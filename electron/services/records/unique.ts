import type { ServiceContext } from '../core/context';

/** Above this many rows, one pass over the column beats one query per row. */
const SNAPSHOT_FROM = 32;

/** SQLite's NOCASE folds ASCII letters only; comparing the same way keeps both paths in agreement. */
export const nocaseKey = (v: unknown): string => String(v).replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Returns a function telling which stored row holds a value of a unique column, compared
 * case-insensitively as the unique indexes are (COLLATE NOCASE), so a lookup uses the index.
 * For large batches (not much smaller than the table) the column is read once into a map instead
 * of one query per row.
 */
export function uniqueLookup(
  ctx: ServiceContext,
  /** The table's SQL name, and the column as quoted SQL (RowCodec.sqlColumn). */
  sqlName: string,
  column: string,
  batchSize: number,
): (key: string) => string | undefined {
  // A batch much smaller than the table (an import written in chunks) looks each value up instead.
  const stored = batchSize < SNAPSHOT_FROM ? 0 : (ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${sqlName}"`).get() as { n: number }).n;
  if (batchSize < SNAPSHOT_FROM || stored > batchSize * 4) {
    const stmt = ctx.sqlite.prepare(`SELECT id FROM "${sqlName}" WHERE ${column} = ? COLLATE NOCASE LIMIT 1`);
    return (v) => (stmt.get(v) as { id: string } | undefined)?.id;
  }
  const holders = new Map<string, string>();
  for (const r of ctx.sqlite.prepare(`SELECT id, ${column} AS v FROM "${sqlName}"`).iterate() as Iterable<{ id: string; v: unknown }>) {
    if (r.v != null) holders.set(nocaseKey(r.v), r.id);
  }
  return (v) => holders.get(v);
}
