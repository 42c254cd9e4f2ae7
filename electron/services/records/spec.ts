import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Area } from '../../api/events';

/**
 * A reference from another table: rows pointing here prevent deletion (they archive instead).
 * Referring tables are found from the database's foreign keys; listing one here only names it.
 */
export interface Referrer {
  table: string;
  column: string;
  /** Plural noun for messages, e.g. "sites". */
  label: string;
}

/** How the generic record writer treats one mutable table. */
export interface RecordSpec {
  table: SQLiteTable;
  /** SQL table name, for the few raw statements. */
  sqlName: string;
  /** Audit entity name, e.g. "organisation". */
  entity: string;
  /** For messages: "Organisation". */
  label: string;
  area: Area;
  /** Fields that must be unique (case-insensitive), with their column names. */
  unique: { field: string; column: string; label: string }[];
  /** Fields that point at other records, which must exist. */
  refs: { field: string; table: string; label: string }[];
  referrers: Referrer[];
  /**
   * Fields whose meaning other records depend on once they exist (the ledger counts in an item's
   * base unit; document numbers carry a site's code). `inUse` returns why the stored value must
   * stay, or null while nothing depends on it yet.
   */
  frozenOnceUsed?: { field: string; inUse(sqlite: Database.Database, row: Record<string, unknown>): string | null }[];
  /** A short description of a row for messages, e.g. its code. */
  describe(row: Record<string, unknown>): string;
}
