import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/**
 * The change log: one row per insert, update or delete of a mutable record (every table with
 * `recordColumns`), written by SQLite triggers in the same transaction as the change (see
 * db/change-log.ts, which generates them from this schema). `seq` only grows, so "everything after
 * N" is the outbox exchange between installations will read, and what a transaction wrote is the
 * rows after the last seq seen before it. Append-only rows (ledger entries, balances) are not
 * logged one by one: they travel with their posted document. No index besides `seq`: every
 * logged write pays for the log's indexes, and exchange reads it by `seq`.
 */
export const changeLog = sqliteTable('change_log', {
  // A rowid alias without AUTOINCREMENT (no sqlite_sequence write per row): the log is append-only
  // (triggers refuse UPDATE and DELETE), so max + 1 never reuses a number.
  seq: integer('seq').primaryKey(),
  /** The table name of the record, e.g. `items`. */
  recordType: text('record_type').notNull(),
  recordId: text('record_id').notNull(),
  operation: text('operation', { enum: ['insert', 'update', 'delete'] }).notNull(),
  /** The record's version after the change (a delete's tombstone: the last version + 1). */
  version: integer('version').notNull(),
  /** The installation that made the change. */
  installationId: text('installation_id').notNull(),
  at: text('at').notNull(),
});

export type ChangeLogEntry = typeof changeLog.$inferSelect;
