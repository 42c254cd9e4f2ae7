import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import type { RecordSpec } from './spec';

export interface ReferringTable {
  table: string;
  columns: string[];
  /** Plural noun for messages, from the table name: "stock lots". */
  label: string;
}

const cache = new WeakMap<Database.Database, Map<string, ReferringTable[]>>();

/**
 * Every table with a foreign key to the spec's table, read from SQLite itself: a hand-kept list
 * goes stale as areas are added (stock lots point at items, documents at sites…), and a missed
 * one turned "remove" into a foreign-key failure instead of archiving.
 */
export function referringTables(sqlite: Database.Database, spec: RecordSpec): ReferringTable[] {
  let bySpec = cache.get(sqlite);
  if (!bySpec) {
    bySpec = new Map();
    cache.set(sqlite, bySpec);
  }
  const target = getTableName(spec.table);
  const hit = bySpec.get(target);
  if (hit) return hit;
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .all() as { name: string }[];
  const found: ReferringTable[] = [];
  for (const { name } of tables) {
    const keys = sqlite.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string; from: string }[];
    const columns = keys.filter((k) => k.table === target).map((k) => k.from);
    if (columns.length === 0) continue;
    found.push({ table: name, columns, label: name.replace(/_/g, ' ') });
  }
  bySpec.set(target, found);
  return found;
}

/** How many rows of each referring table point at `id` (counted up to a cap: the message only needs an idea). */
export function referenceCounts(
  sqlite: Database.Database,
  spec: RecordSpec,
  id: string,
): { table: string; label: string; n: number; capped: boolean }[] {
  const CAP = 1000;
  return referringTables(sqlite, spec)
    .map((r) => {
      const where = r.columns.map((c) => `"${c}" = ?`).join(' OR ');
      const n = (
        sqlite
          .prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM "${r.table}" WHERE ${where} LIMIT ${CAP})`)
          .get(...r.columns.map(() => id)) as {
          n: number;
        }
      ).n;
      return { table: r.table, label: r.label, n, capped: n >= CAP };
    })
    .filter((u) => u.n > 0);
}
