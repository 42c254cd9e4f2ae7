import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../electron/api/permissions';
import { recordColumns } from './common';
import { organisations } from './partners';

/**
 * Operator accounts of this installation (issue 10): who may sign in, with which role. The PIN
 * or passphrase is stored only as a salted scrypt hash with its parameters
 * (`scrypt$N$r$p$salt$hash`, see electron/services/operators/pin.ts); failed attempts and the
 * lock are kept per account so a restart does not reset them.
 */
export const operators = sqliteTable(
  'operators',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    /** Rank or title, shown before the name ("Capt.", "Warehouse manager"). */
    title: text('title'),
    organisationId: text('organisation_id').references(() => organisations.id),
    role: text('role', { enum: ROLES }).notNull(),
    pinHash: text('pin_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    /** The operator's language for the window and the core's messages (null: the installation's). */
    language: text('language'),
  },
  (t) => [
    uniqueIndex('operators_name_idx').on(sql`${t.name} COLLATE NOCASE`),
    check('operators_role_check', sql`${sql.identifier(t.role.name)} IN ('viewer', 'storekeeper', 'approver', 'administrator')`),
  ],
);

export type OperatorRow = typeof operators.$inferSelect;
