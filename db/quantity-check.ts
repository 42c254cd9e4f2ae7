import type Database from 'better-sqlite3';
import { MAX_QUANTITY } from '../electron/api/vocabularies';

/** Every stored quantity column, and the smallest value it may hold (the largest is MAX_QUANTITY). */
const QUANTITY_COLUMNS = [
  { table: 'stock_ledger', what: 'ledger entry', column: 'quantity', min: -MAX_QUANTITY, nullable: false },
  { table: 'stock_balances', what: 'balance', column: 'quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'document line', column: 'quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'document line', column: 'damaged_quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'document line', column: 'short_quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'document line', column: 'pack_count', min: 1, nullable: true },
  { table: 'stock_count_lines', what: 'count line', column: 'expected', min: 0, nullable: false },
  { table: 'stock_count_lines', what: 'count line', column: 'counted', min: 0, nullable: true },
  { table: 'stock_thresholds', what: 'low-stock threshold', column: 'min_quantity', min: 0, nullable: false },
] as const;

/**
 * Quantities the CHECK constraints keep out, found in a file written before them or edited by
 * another tool: not a whole number (a REAL in an INTEGER column), or outside [min, MAX_QUANTITY].
 * Used by the integrity check and before the migration that adds the constraints. The rowid
 * subquery lets SQLite scan the ledger's covering index instead of the table.
 */
export function quantityProblemsIn(sqlite: Database.Database, limit = 50): { description: string }[] {
  const problems: { description: string }[] = [];
  for (const c of QUANTITY_COLUMNS) {
    if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(c.table)) continue;
    const bad = `NOT (typeof(${c.column}) = 'integer' AND ${c.column} BETWEEN ${c.min} AND ${MAX_QUANTITY})`;
    const rows = sqlite
      .prepare(
        `SELECT rowid AS r, ${c.column} AS v, typeof(${c.column}) AS t FROM ${c.table}
         WHERE rowid IN (SELECT rowid FROM ${c.table} WHERE ${c.nullable ? `${c.column} IS NOT NULL AND ` : ''}${bad} LIMIT ${limit})`,
      )
      .all() as { r: number; v: unknown; t: string }[];
    for (const row of rows) {
      problems.push({
        description:
          `${c.what} (${c.table} row ${row.r}): ${c.column} ${String(row.v)} is ${row.t === 'integer' ? 'out of range' : 'not a whole number'}; ` +
          `stored quantities are whole base units from ${c.min.toLocaleString('en-GB')} to ${MAX_QUANTITY.toLocaleString('en-GB')}`,
      });
    }
  }
  return problems;
}
