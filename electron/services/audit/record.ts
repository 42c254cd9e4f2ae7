import { auditLog } from '../../../db/schema';
import type { ServiceContext } from '../core/context';
import { newId } from '../core/ids';

export interface AuditChange {
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Appends audit rows in the caller's transaction: who, when, which record, before and after. */
export function recordAudit(ctx: ServiceContext, changes: AuditChange[]): void {
  if (changes.length === 0) return;
  const at = ctx.now();
  const operator = ctx.operator() ?? '(setup)';
  const rows = changes.map((c) => ({
    id: newId(),
    at,
    operator,
    installationId: ctx.installationId,
    operation: ctx.operation,
    entity: c.entity,
    entityId: c.entityId,
    before: c.before == null ? null : JSON.stringify(c.before),
    after: c.after == null ? null : JSON.stringify(c.after),
  }));
  // Chunked so a 20,000-row paste stays under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) ctx.db.insert(auditLog).values(rows.slice(i, i + 500)).run();
  ctx.touched.add('audit');
}
