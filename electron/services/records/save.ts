import { eq } from 'drizzle-orm';
import type { FieldIssue } from '../../api/result';
import { recordAudit, type AuditChange } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { invalid } from '../core/errors';
import { newId } from '../core/ids';
import { inTransaction } from '../core/transaction';
import type { RecordSpec } from './spec';

type Row = Record<string, unknown> & { id?: string; version?: number };

/* eslint-disable @typescript-eslint/no-explicit-any -- drizzle's generic table types can't be expressed for an arbitrary spec */

/**
 * Creates or updates a batch of rows all-or-nothing. Every problem in the batch is collected
 * (with its row index and field) before anything is refused, so a pasted block reports all its
 * bad cells at once. Returns the rows exactly as stored.
 */
export function saveRecords<T>(ctx: ServiceContext, spec: RecordSpec, rows: Row[]): T[] {
  return inTransaction(ctx, [spec.area], () => {
    const table = spec.table as any;
    const issues: FieldIssue[] = [];
    const changes: AuditChange[] = [];
    const saved: T[] = [];
    const now = ctx.now();
    const seen = spec.unique.map(() => new Map<string, number>());
    const uniqueStmts = spec.unique.map((u) =>
      ctx.sqlite.prepare(`SELECT id FROM ${spec.sqlName} WHERE ${u.column} = ? COLLATE NOCASE AND id <> ? LIMIT 1`),
    );
    const refStmts = spec.refs.map((r) => ctx.sqlite.prepare(`SELECT archived FROM ${r.table} WHERE id = ?`));

    rows.forEach((row, i) => {
      const { id, version, ...given } = row;
      // An absent field means "leave as it is" (or the column default for a new row).
      const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      const existing = id ? (ctx.db.select().from(table).where(eq(table.id, id)).get() as any) : undefined;
      if (id && !existing) {
        issues.push({ path: ['rows', i, 'id'], message: `${spec.label} ${id} no longer exists; reload the list` });
        return;
      }
      if (existing && version !== undefined && existing.version !== version) {
        issues.push({
          path: ['rows', i, 'version'],
          message: `${spec.label} ${spec.describe(existing)} was changed by someone else since you loaded it; reload and edit again`,
        });
        return;
      }
      spec.unique.forEach((u, k) => {
        const value = fields[u.field];
        if (value == null || value === '') return;
        const key = String(value).toLowerCase();
        const earlier = seen[k].get(key);
        if (earlier !== undefined) {
          issues.push({ path: ['rows', i, u.field], message: `${u.label} "${value}" appears twice in what you are saving (also row ${earlier + 1})` });
          return;
        }
        seen[k].set(key, i);
        const clash = uniqueStmts[k].get(String(value), id ?? '') as { id: string } | undefined;
        // A clash with a row that this same batch also changes is resolved by that row's own check.
        if (clash && !rows.some((r) => r.id === clash.id && String(r[u.field] ?? '').toLowerCase() !== key)) {
          issues.push({ path: ['rows', i, u.field], message: `${u.label} "${value}" is already used by another ${spec.label.toLowerCase()}` });
        }
      });
      spec.refs.forEach((r, k) => {
        const value = fields[r.field];
        if (value == null) return;
        const target = refStmts[k].get(value) as { archived: number } | undefined;
        if (!target) issues.push({ path: ['rows', i, r.field], message: `${r.label} does not exist; choose one from the list` });
        else if (target.archived && (!existing || existing[r.field] !== value)) {
          issues.push({ path: ['rows', i, r.field], message: `${r.label} is archived; restore it first or choose another` });
        }
      });
      if (issues.length > 0) return; // keep checking other rows, but write nothing once anything is wrong

      if (existing) {
        const changed = Object.keys(fields).some((f) => JSON.stringify(existing[f]) !== JSON.stringify(fields[f]));
        if (!changed) {
          saved.push(existing);
          return;
        }
        const after = ctx.db
          .update(table)
          .set({ ...fields, version: existing.version + 1, updatedAt: now, updatedByInstallation: ctx.installationId })
          .where(eq(table.id, id))
          .returning()
          .get();
        changes.push({ entity: spec.entity, entityId: id!, before: existing, after });
        saved.push(after as T);
      } else {
        const after = ctx.db
          .insert(table)
          .values({
            ...fields,
            id: newId(),
            createdAt: now,
            createdByInstallation: ctx.installationId,
            updatedAt: now,
            updatedByInstallation: ctx.installationId,
            version: 1,
          })
          .returning()
          .get() as any;
        changes.push({ entity: spec.entity, entityId: after.id, before: null, after });
        saved.push(after as T);
      }
    });

    if (issues.length > 0) {
      const first = issues[0];
      const rowNo = typeof first.path[1] === 'number' ? ` (row ${first.path[1] + 1})` : '';
      throw invalid(
        issues.length === 1 ? `${first.message}${rowNo}` : `${issues.length} problems; nothing was saved. First: ${first.message}${rowNo}`,
        issues,
      );
    }
    recordAudit(ctx, changes);
    return saved;
  });
}
