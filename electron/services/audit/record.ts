import type Database from 'better-sqlite3';
import type { ServiceContext } from '../core/context';
import { newId } from '../core/ids';

export interface AuditChange {
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const COLUMNS =
  '(id, at, operator, second_operator_id, second_operator, installation_id, operation, entity, entity_id, before_json, after_json)';
const ROW = `(${Array(11).fill('?').join(', ')})`;
/** Entries per INSERT statement: one statement call per entry was a good part of a 100,000-row import. */
const PER_STATEMENT = 64;

const statements = new WeakMap<Database.Database, Map<number, Database.Statement>>();
function insertOf(sqlite: Database.Database, rows: number): Database.Statement {
  let byRows = statements.get(sqlite);
  if (!byRows) statements.set(sqlite, (byRows = new Map()));
  let s = byRows.get(rows);
  if (!s) byRows.set(rows, (s = sqlite.prepare(`INSERT INTO audit_log ${COLUMNS} VALUES ${Array(rows).fill(ROW).join(', ')}`)));
  return s;
}

/** Appends audit rows in the caller's transaction: who, when, which record, before and after. */
export function recordAudit(ctx: ServiceContext, changes: AuditChange[]): void {
  if (changes.length === 0) return;
  const at = ctx.now();
  const operator = ctx.operator() ?? '(setup)';
  const second = ctx.secondOperator;
  const values: unknown[] = [];
  const flush = () => {
    if (values.length) insertOf(ctx.sqlite, values.length / 11).run(values);
    values.length = 0;
  };
  for (const c of changes) {
    values.push(
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
    );
    if (values.length === PER_STATEMENT * 11) flush();
  }
  flush();
  ctx.changes.mark('audit_log');
}
