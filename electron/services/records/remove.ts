import { eq, getTableName } from 'drizzle-orm';
import { recordNoun } from './words';
import type { RecordType } from '../../api/events';
import type { RemoveOutcome } from '../../api/records';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { deleteRecords, updateRecord } from '../core/write';
import { referenceCounts } from './referrers';
import type { RecordSpec } from './spec';
import { messageLanguage, say } from '../../api/i18n/current';
import { TABLE_USES_KEYS } from './uses-words';

/* eslint-disable @typescript-eslint/no-explicit-any -- generic over drizzle tables */

/** The record as stored, if it is still at the version the caller saw (else refused: gone, or changed since). */
function storedAt(ctx: ServiceContext, spec: RecordSpec, id: string, version: number): any {
  const table = spec.table as any;
  const existing = ctx.db.select().from(table).where(eq(table.id, id)).get() as any;
  if (!existing) throw notFound(recordNoun(spec), id);
  checkVersion(`${recordNoun(spec)} ${spec.describe(existing)}`, existing.version, version);
  return existing;
}

/** Deletes a record nothing refers to; archives one that is referenced (nothing referenced is deleted). */
export function removeRecord(ctx: ServiceContext, spec: RecordSpec, { id, version }: { id: string; version: number }): RemoveOutcome {
  return inTransaction(ctx, () => {
    const type = getTableName(spec.table) as RecordType;
    const existing = storedAt(ctx, spec, id, version);
    const uses = referenceCounts(ctx.sqlite, spec, id);
    if (uses.length === 0) {
      deleteRecords(ctx, type, 'id', id);
      recordAudit(ctx, [{ entity: spec.entity, entityId: id, before: existing, after: null }]);
      return { id, outcome: 'deleted' };
    }
    const reason = usedBy(uses);
    if (existing.archived) return { id, outcome: 'archived', reason };
    const after = { ...existing, archived: true, ...updateRecord(ctx, type, id, { archived: 1 }) };
    recordAudit(ctx, [{ entity: spec.entity, entityId: id, before: existing, after }]);
    return { id, outcome: 'archived', reason };
  });
}

/** "used by 3 contacts, at least 1,000 ledger entries" in the caller's language, each table with its plural. */
function usedBy(uses: { table: string; n: number; capped: boolean }[]): string {
  const parts = uses.map((u) => {
    const key = Object.hasOwn(TABLE_USES_KEYS, u.table) ? TABLE_USES_KEYS[u.table] : null;
    const what = key ? say(key, { count: u.n }) : say('uses.other', { count: u.n });
    return u.capped ? say('uses.atLeast', { what }) : what;
  });
  return say('uses.usedBy', { uses: parts.join(messageLanguage() === 'ar' ? '، ' : ', ') });
}

export function restoreRecord<T>(ctx: ServiceContext, spec: RecordSpec, { id, version }: { id: string; version: number }): T {
  return inTransaction(ctx, () => {
    const type = getTableName(spec.table) as RecordType;
    const existing = storedAt(ctx, spec, id, version);
    if (!existing.archived) return existing as T;
    const after = { ...existing, archived: false, ...updateRecord(ctx, type, id, { archived: 0 }) };
    recordAudit(ctx, [{ entity: spec.entity, entityId: id, before: existing, after }]);
    return after as T;
  });
}

/** Natural order for names and codes (FD-2 before FD-10), case-insensitive; one collator, not localeCompare per pair. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Lists a table's rows, archived ones only when asked. */
export function listRecords<T>(ctx: ServiceContext, spec: RecordSpec, includeArchived = false, orderBy = 'name'): T[] {
  const table = spec.table as any;
  const q = ctx.db.select().from(table);
  const rows = (includeArchived ? q : q.where(eq(table.archived, false))).all() as any[];
  return rows.sort((a, b) => collator.compare(String(a[orderBy] ?? ''), String(b[orderBy] ?? ''))) as T[];
}
