import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

/** Key/value settings of this installation (identity, operator, home organisation). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Append-only audit trail: every write records who, when, which record, before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    operator: text('operator').notNull(),
    /** Four-eyes: the approver who checked this change with their PIN (account id and name); null otherwise. */
    secondOperatorId: text('second_operator_id'),
    secondOperator: text('second_operator'),
    installationId: text('installation_id').notNull(),
    operation: text('operation').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before_json'),
    after: text('after_json'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_at_idx').on(t.at),
    // The audit trail is filtered by operator ("what did this person change tonight?").
    index('audit_operator_idx').on(t.operator, t.at),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
