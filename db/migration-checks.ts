import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { quantityProblemsIn } from './quantity-check';

/**
 * Checks run before a migration whose SQL would fail half-way on the data it finds (a unique index
 * over clashing values, a CHECK over values outside it). Run while the file is untouched, they turn
 * a bare "UNIQUE constraint failed" into a list of what to correct, and nothing is written.
 * Keyed by the migration's name (its tag without the number, which a rebase may change).
 */
const CHECKS: Record<string, (sqlite: Database.Database) => string[]> = {
  quantity_checks_nocase_codes: (sqlite) => [...codeClashes(sqlite), ...quantityProblemsIn(sqlite, 20).map((p) => p.description)],
};

/** Codes that differ only in case: the unique indexes become case-insensitive (COLLATE NOCASE). */
const UNIQUE_CODES = [
  { table: 'items', column: 'code', what: 'item codes' },
  { table: 'sites', column: 'code', what: 'site codes' },
  { table: 'organisations', column: 'short_name', what: 'organisation short names' },
];

function codeClashes(sqlite: Database.Database): string[] {
  return UNIQUE_CODES.flatMap(({ table, column, what }) => {
    if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)) return [];
    const groups = sqlite
      .prepare(`SELECT json_group_array(${column}) AS codes FROM ${table} GROUP BY ${column} COLLATE NOCASE HAVING count(*) > 1`)
      .all() as { codes: string }[];
    return groups.map(
      (g) => `${what} ${(JSON.parse(g.codes) as string[]).map((c) => `"${c}"`).join(' and ')} (table ${table}) differ only in case`,
    );
  });
}

/** Problems that would stop the pending migrations, found without writing anything. */
export function preMigrationProblems(sqlite: Database.Database, migrationsFolder: string, applied: number): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.slice(applied).flatMap((e) => CHECKS[e.tag.replace(/^\d+_/, '')]?.(sqlite) ?? []);
}
