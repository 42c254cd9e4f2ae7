import type { ServiceContext } from '../core/context';
import { batchInsert } from '../core/batch-insert';
import { newId } from '../core/ids';

export interface AuditChange {
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** One audit row: written a hundred to a statement (core/batch-insert.ts). */
const SHAPE = {
  head: 'INSERT INTO audit_log (id, at, operator, second_operator_id, second_operator, installation_id, operation, entity, entity_id, before_json, after_json) VALUES ',
  row: `(${Array(11).fill('?').join(', ')})`,
  width: 11,
};

/** Appends audit rows in the caller's transaction: who, when, which record, before and after. */
export function recordAudit(ctx: ServiceContext, changes: AuditChange[]): void {
  if (changes.length === 0) return;
  const at = ctx.now();
  const operator = ctx.operator() ?? '(setup)';
  const second = ctx.secondOperator;
  const insert = batchInsert(ctx.sqlite, SHAPE);
  for (const c of changes) {
    insert.add([
      newId(),
      at,
      operator,
      second?.id ?? null,
      second?.displayName ?? null,
      ctx.installationId,
      ctx.operation,
      c.entity,
      c.entityId,
      c.before == null ? null : JSON.stringify(c.before),
      c.after == null ? null : JSON.stringify(c.after),
    ]);
  }
  insert.flush();
  ctx.changes.mark('audit_log');
}
