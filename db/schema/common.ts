import { integer, text } from 'drizzle-orm/sqlite-core';

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

/** Traffic Light Protocol 2.0 labels, least to most restrictive. */
export const TLP_LABELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLabel = (typeof TLP_LABELS)[number];
