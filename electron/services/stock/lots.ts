import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { lotsInput, StockLotView } from '../../api/stock';
import { likePattern } from './document-views';

/** Lots for pickers: by item and owner, or matching a lot number / item code. */
export function listLots(sqlite: Database.Database, q: z.output<typeof lotsInput>): StockLotView[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit };
  if (q.itemId) {
    where.push('l.item_id = @itemId');
    params.itemId = q.itemId;
  }
  if (q.ownerOrgId) {
    where.push('l.owner_org_id = @ownerOrgId');
    params.ownerOrgId = q.ownerOrgId;
  }
  if (q.search) {
    where.push("(l.lot_number LIKE @search ESCAPE '\\' OR i.code LIKE @search ESCAPE '\\' OR i.name LIKE @search ESCAPE '\\')");
    params.search = likePattern(q.search);
  }
  return sqlite
    .prepare(
      `SELECT l.id, l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.base_unit AS baseUnit, l.lot_number AS lotNumber,
         l.expiry_date AS expiryDate, l.owner_org_id AS ownerOrgId, o.short_name AS ownerShortName, l.donor_org_id AS donorOrgId,
         dn.short_name AS donorShortName
       FROM stock_lots l JOIN items i ON i.id = l.item_id JOIN organisations o ON o.id = l.owner_org_id
       LEFT JOIN organisations dn ON dn.id = l.donor_org_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY i.code, coalesce(l.expiry_date, '9999-12-31'), l.lot_number, o.short_name LIMIT @limit`,
    )
    .all(params) as StockLotView[];
}
