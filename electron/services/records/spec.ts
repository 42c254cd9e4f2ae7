import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * How the generic record writer treats one mutable table. SQL names come from the drizzle table;
 * tables referring to this one come from SQLite's foreign keys (see referrers.ts).
 */
export interface RecordSpec {
  table: SQLiteTable;
  /** Audit entity name, e.g. "organisation". */
  entity: string;
  /** For messages: "Organisation". */
  label: string;
  /** Fields that must be unique (case-insensitive). */
  unique: { field: string; label: string }[];
  /** Fields that point at other records, which must exist. */
  refs: { field: string; table: string; label: string }[];
  /**
   * Fields whose meaning other records depend on once they exist (the ledger counts in an item's
   * base unit; document numbers carry a site's code). `inUse` returns why the stored value must
   * stay, or null while nothing depends on it yet.
   */
  frozenOnceUsed?: { field: string; inUse(sqlite: Database.Database, row: Record<string, unknown>): string | null }[];
  /** Keeps data derived from the rows (e.g. the item search text) in step, in the same transaction. */
  afterWrite?(sqlite: Database.Database, rows: Record<string, unknown>[]): void;
  /** A short description of a row for messages, e.g. its code. */
  describe(row: Record<string, unknown>): string;
}
