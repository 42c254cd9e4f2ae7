import type { z } from 'zod';
import type { FieldIssue } from '../../api/result';
import type { StockThresholdView, thresholdRow } from '../../api/stock';
import { recordAudit, type AuditChange } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, conflict, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { deleteRecords, insertRecord, updateRecord } from '../core/write';
import { refuse } from './errors';
import { Lookups } from './lookups';
import { say } from '../../api/i18n';
import { all, one } from './sql';

const SELECT = `SELECT t.id, t.version, t.site_id AS siteId, s.code AS siteCode, t.item_id AS itemId, i.code AS itemCode, i.name AS itemName,
  t.min_quantity AS minQuantity FROM stock_thresholds t JOIN sites s ON s.id = t.site_id JOIN items i ON i.id = t.item_id`;

export function listThresholds(ctx: ServiceContext, siteId: string | null | undefined): StockThresholdView[] {
  return all<StockThresholdView>(
    ctx.sqlite,
    `${SELECT} WHERE t.archived = 0 AND (? IS NULL OR t.site_id = ?) ORDER BY s.code, i.code`,
    siteId ?? null,
    siteId ?? null,
  );
}

/** Sets low-stock thresholds, one per (site, item); all or nothing. */
export function saveThresholds(ctx: ServiceContext, rows: z.output<typeof thresholdRow>[]): StockThresholdView[] {
  return inTransaction(ctx, () => {
    const look = new Lookups(ctx.sqlite);
    const issues: FieldIssue[] = [];
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      if (!look.site(r.siteId)) issues.push({ path: ['rows', i, 'siteId'], message: say('stockCore.siteMissing') });
      if (!look.item(r.itemId)) issues.push({ path: ['rows', i, 'itemId'], message: say('stockCore.itemMissing') });
      const key = `${r.siteId}|${r.itemId}`;
      if (seen.has(key)) issues.push({ path: ['rows', i, 'itemId'], message: say('stockCore.pairTwice', { row: seen.get(key)! + 1 }) });
      seen.set(key, i);
    });
    if (issues.length > 0) throw refuse('invalid_input', issues);
    const changes: AuditChange[] = [];
    const ids = rows.map((r, i) => {
      const existing = one<{ id: string; version: number; minQuantity: number; archived: number }>(
        ctx.sqlite,
        'SELECT id, version, min_quantity AS minQuantity, archived FROM stock_thresholds WHERE site_id = ? AND item_id = ?',
        r.siteId,
        r.itemId,
      );
      if (existing) {
        // An archived threshold is a removed one: setting it anew needs no version.
        if (!existing.archived) {
          if (r.version === undefined) {
            throw conflict(
              say('stockCore.thresholdSetElsewhere', {
                item: look.item(r.itemId)?.code ?? r.itemId,
                site: look.site(r.siteId)?.code ?? r.siteId,
              }),
              [{ path: ['rows', i, 'minQuantity'], message: say('stockCore.thresholdSetElsewhereShort') }],
            );
          }
          checkVersion(say('stockCore.thresholdOf', { item: look.item(r.itemId)?.code ?? r.itemId }), existing.version, r.version, [
            'rows',
            i,
            'version',
          ]);
        }
        if (existing.minQuantity !== r.minQuantity || existing.archived) {
          updateRecord(ctx, 'stock_thresholds', existing.id, { min_quantity: r.minQuantity, archived: 0 });
          const { version: _v, ...after } = r;
          changes.push({ entity: 'stock_threshold', entityId: existing.id, before: existing, after });
        }
        return existing.id;
      }
      const { id } = insertRecord(ctx, 'stock_thresholds', { site_id: r.siteId, item_id: r.itemId, min_quantity: r.minQuantity });
      changes.push({ entity: 'stock_threshold', entityId: id, before: null, after: r });
      return id;
    });
    recordAudit(ctx, changes);
    return ids.map((id) => one<StockThresholdView>(ctx.sqlite, `${SELECT} WHERE t.id = ?`, id)!);
  });
}

/** A threshold is a setting nothing refers to: removing it deletes it (the audit keeps the old value). */
export function removeThreshold(ctx: ServiceContext, { id, version }: { id: string; version: number }): { id: string } {
  return inTransaction(ctx, () => {
    const existing = one<StockThresholdView>(ctx.sqlite, `${SELECT} WHERE t.id = ?`, id);
    if (!existing) throw notFound(say('stockCore.noun.threshold'), id);
    checkVersion(say('stockCore.thresholdAt', { item: existing.itemCode, site: existing.siteCode }), existing.version, version);
    deleteRecords(ctx, 'stock_thresholds', 'id', id);
    recordAudit(ctx, [{ entity: 'stock_threshold', entityId: id, before: existing, after: null }]);
    return { id };
  });
}
