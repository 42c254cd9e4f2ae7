import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { StockCard, StockCardRow, stockCardInput } from '../../api/stock';
import { notFound } from '../core/errors';
import { say } from '../../api/i18n';
import { one } from './sql';

/**
 * The stock card: every ledger entry of one item (or one lot) at one site with the running
 * balance, computed by a window over the whole history so a page from the middle is still right.
 */
export function stockCard(sqlite: Database.Database, q: z.output<typeof stockCardInput>): StockCard {
  const lot = q.lotId ? one<{ itemId: string }>(sqlite, 'SELECT item_id AS itemId FROM stock_lots WHERE id = ?', q.lotId) : undefined;
  if (q.lotId && !lot) throw notFound(say('stockCore.noun.lot'), q.lotId);
  const itemId = q.itemId ?? lot!.itemId;
  const item = one<{ code: string; name: string; baseUnit: string }>(
    sqlite,
    'SELECT code, name, base_unit AS baseUnit FROM items WHERE id = ?',
    itemId,
  );
  if (!item) throw notFound(say('stockCore.noun.item'), itemId);
  const params = {
    siteId: q.siteId,
    itemId,
    lotId: q.lotId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    limit: q.limit,
    offset: q.offset,
  };
  // The lot case filters by (site, lot) and the item case by (site, item): each uses its own index.
  const scope = q.lotId ? 'e.site_id = @siteId AND e.lot_id = @lotId' : 'e.site_id = @siteId AND e.item_id = @itemId';
  const history = `WITH h AS (
      SELECT e.*, sum(CASE WHEN e.condition = 'in_transit' THEN 0 ELSE e.quantity END)
               OVER (ORDER BY e.occurred_at, e.recorded_at, e.id ROWS UNBOUNDED PRECEDING) AS balance,
             sum(CASE WHEN e.condition = 'in_transit' THEN e.quantity ELSE 0 END)
               OVER (ORDER BY e.occurred_at, e.recorded_at, e.id ROWS UNBOUNDED PRECEDING) AS inTransit
      FROM stock_ledger e WHERE ${scope})`;
  const upTo = "(@to IS NULL OR h.occurred_at < date(@to, '+1 day'))";
  const period = `(@from IS NULL OR h.occurred_at >= @from) AND ${upTo}`;
  const last = (col: string, cond: string) =>
    `coalesce((SELECT ${col} FROM h WHERE ${cond} ORDER BY h.occurred_at DESC, h.recorded_at DESC, h.id DESC LIMIT 1), 0)`;
  const summary = sqlite
    .prepare(
      `${history}
       SELECT (SELECT count(*) FROM h WHERE ${period}) AS total,
         ${last('h.balance', '@from IS NOT NULL AND h.occurred_at < @from')} AS opening,
         ${last('h.balance', upTo)} AS closing,
         ${last('h.inTransit', upTo)} AS closingInTransit`,
    )
    .get(params) as { total: number; opening: number; closing: number; closingInTransit: number };
  const rows = sqlite
    .prepare(
      `${history}
       SELECT h.id AS entryId, h.occurred_at AS occurredAt, h.recorded_at AS recordedAt, h.recorded_by AS recordedBy,
         h.document_id AS documentId, d.number AS documentNumber, d.kind AS documentKind, cp.short_name AS counterpartyShortName,
         os.code AS otherSiteCode, h.lot_id AS lotId, l.lot_number AS lotNumber, l.expiry_date AS expiryDate,
         o.short_name AS ownerShortName, h.condition, h.quantity, h.balance, h.inTransit, h.reason_code AS reasonCode,
         h.fefo_override_reason AS fefoOverrideReason
       FROM h JOIN stock_documents d ON d.id = h.document_id JOIN stock_lots l ON l.id = h.lot_id
         JOIN organisations o ON o.id = l.owner_org_id
         LEFT JOIN organisations cp ON cp.id = d.counterparty_org_id LEFT JOIN sites os ON os.id = d.other_site_id
       WHERE ${period}
       ORDER BY h.occurred_at, h.recorded_at, h.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as StockCardRow[];
  return {
    siteId: q.siteId,
    itemId,
    lotId: q.lotId ?? null,
    itemCode: item.code,
    itemName: item.name,
    baseUnit: item.baseUnit,
    opening: summary.opening,
    closing: summary.closing,
    closingInTransit: summary.closingInTransit,
    total: summary.total,
    offset: q.offset,
    limit: q.limit,
    rows,
  };
}
