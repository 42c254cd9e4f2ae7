import type { ServiceContext } from '../core/context';

/** Above this many rows, one pass over the column beats one query per row. */
const SNAPSHOT_FROM = 32;

/** SQLite's NOCASE folds ASCII letters only; comparing the same way keeps both paths in agreement. */
export const nocaseKey = (v: unknown): string => String(v).replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Returns a function telling which stored row holds a value of a unique column, compared
 * case-insensitively. The unique indexes are case-sensitive (BINARY), so a NOCASE lookup can't
 * use them and scans the table: fine once, far too slow once per row of a 10,000-row paste.
 * For batches the column is therefore read once into a map.
 */
export function uniqueLookup(
  ctx: ServiceContext,
  /** The table's SQL name, and the column as quoted SQL (RowCodec.sqlColumn). */
  sqlName: string,
  column: string,
  batchSize: number,
): (key: string) => string | undefined {
  if (batchSize < SNAPSHOT_FROM) {
    const stmt = ctx.sqlite.prepare(`SELECT id FROM "${sqlName}" WHERE ${column} = ? COLLATE NOCASE LIMIT 1`);
    return (v) => (stmt.get(v) as { id: string } | undefined)?.id;
  }
  const holders = new Map<string, string>();
  for (const r of ctx.sqlite.prepare(`SELECT id, ${column} AS v FROM "${sqlName}"`).iterate() as Iterable<{ id: string; v: unknown }>) {
    if (r.v != null) holders.set(nocaseKey(r.v), r.id);
  }
  return (v) => holders.get(v);
}
