import { sql, type SQL } from 'drizzle-orm';
import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { MAX_QUANTITY } from '../../electron/api/vocabularies';

/** CHECK: a whole number (SQLite stores 1.5 or 1e20 in an INTEGER column as a REAL) within [min, MAX_QUANTITY]. */
export const wholeQuantity = (column: AnySQLiteColumn, min: number, nullable = false): SQL => {
  // The bare column name: drizzle would write "table"."column", which names the temporary table
  // of a migration's rebuild and stops matching once it is renamed.
  const c = sql.identifier(column.name);
  const inRange = sql`(typeof(${c}) = 'integer' AND ${c} BETWEEN ${sql.raw(String(min))} AND ${sql.raw(String(MAX_QUANTITY))})`;
  return nullable ? sql`(${c} IS NULL OR ${inRange})` : inRange;
};

/**
 * Columns every mutable record carries so that several installations can later exchange rows
 * without collisions: UUIDv7 ids, who created/last changed the row, an optimistic-lock version,
 * and archive/merge markers instead of hard deletes.
 * A function (not a shared object) because drizzle needs fresh column builders per table.
 */
export const recordColumns = () => ({
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  createdByInstallation: text('created_by_installation').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedByInstallation: text('updated_by_installation').notNull(),
  version: integer('version').notNull().default(1),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  replacedBy: text('replaced_by'),
});
