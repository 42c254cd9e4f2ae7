import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { lotsInput, StockLotView } from '../../api/stock';
import { Filters } from './filters';

/** Lots for pickers: by item and owner, or matching a lot number / item code. */
export function listLots(sqlite: Database.Database, q: z.output<typeof lotsInput>): StockLotView[] {
  const f = new Filters({ limit: q.limit });
  f.add(q.itemId, 'l.item_id = @itemId', 'itemId');
  f.add(q.ownerOrgId, 'l.owner_org_id = @ownerOrgId', 'ownerOrgId');
  f.searchItems(q.search, 'l.item_id', ['l.lot_number']);
  return sqlite
    .prepare(
      `SELECT l.id, l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.base_unit AS baseUnit, l.lot_number AS lotNumber,
         l.expiry_date AS expiryDate, l.owner_org_id AS ownerOrgId, o.short_name AS ownerShortName, l.donor_org_id AS donorOrgId,
         dn.short_name AS donorShortName
       FROM stock_lots l JOIN items i ON i.id = l.item_id JOIN organisations o ON o.id = l.owner_org_id
       LEFT JOIN organisations dn ON dn.id = l.donor_org_id
       ${f.sql()}
       ORDER BY i.code, coalesce(l.expiry_date, '9999-12-31'), l.lot_number, o.short_name LIMIT @limit`,
    )
    .all(f.params) as StockLotView[];
}
