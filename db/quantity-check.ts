import type Database from 'better-sqlite3';
import { say } from '../electron/api/i18n/current';
import { MAX_QUANTITY } from '../electron/api/vocabularies';

/** Every stored quantity column, and the smallest value it may hold (the largest is MAX_QUANTITY). */
const QUANTITY_COLUMNS = [
  { table: 'stock_ledger', what: 'integrity.what.ledger', column: 'quantity', min: -MAX_QUANTITY, nullable: false },
  { table: 'stock_balances', what: 'integrity.what.balance', column: 'quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'integrity.what.documentLine', column: 'quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'integrity.what.documentLine', column: 'damaged_quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'integrity.what.documentLine', column: 'short_quantity', min: 0, nullable: false },
  { table: 'stock_document_lines', what: 'integrity.what.documentLine', column: 'pack_count', min: 1, nullable: true },
  { table: 'stock_count_lines', what: 'integrity.what.countLine', column: 'expected', min: 0, nullable: false },
  { table: 'stock_count_lines', what: 'integrity.what.countLine', column: 'counted', min: 0, nullable: true },
  { table: 'stock_thresholds', what: 'integrity.what.threshold', column: 'min_quantity', min: 0, nullable: false },
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
        description: say('integrity.quantity', {
          what: say(c.what),
          table: c.table,
          row: row.r,
          column: c.column,
          value: String(row.v),
          problem: row.t === 'integer' ? 'range' : 'fraction',
          min: c.min,
          max: MAX_QUANTITY,
        }),
      });
    }
  }
  return problems;
}
