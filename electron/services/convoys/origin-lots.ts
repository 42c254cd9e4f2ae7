import type Database from 'better-sqlite3';
import type { OriginLot } from '../../api/convoys';
import type { PackSize } from '../../api/vocabularies';
import { all } from '../stock/sql';
import { inSlices, marks } from '../core/in-slices';
import { loadConvoy } from './views';

/*
 * The manifest's lot picker and paste: the origin's good, unexpired lots matching what was typed
 * (a few at a time, never the site's whole stock list: a large site holds tens of thousands of
 * lots), or every lot of the item codes a pasted block names. Each lot says whether it is the
 * first to pick of its item and owner (FEFO) among all the origin holds, not only among those found.
 */

/*
 * Items first, in code order (the code index), then each item's lots at the site (the balances'
 * (site, item) index): the first lots found end the scan, where starting from the site's balances
 * sorted all of them (28,000 at the scale seed's largest site) before the first could be given.
 * CROSS JOIN keeps SQLite to that order.
 */
const LOT_SELECT = `SELECT b.lot_id AS lotId, l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.base_unit AS baseUnit,
  l.lot_number AS lotNumber, l.expiry_date AS expiryDate, l.owner_org_id AS ownerOrgId, o.short_name AS ownerShortName,
  b.quantity AS available, i.pack_sizes AS packSizes
  FROM items i CROSS JOIN stock_balances b CROSS JOIN stock_lots l JOIN organisations o ON o.id = l.owner_org_id
  WHERE b.site_id = ? AND b.item_id = i.id AND b.condition = 'good' AND b.quantity > 0 AND l.id = b.lot_id
    AND (l.expiry_date IS NULL OR l.expiry_date >= ?)`;
const LOT_ORDER = `ORDER BY i.code COLLATE NOCASE, o.short_name, coalesce(l.expiry_date, '9999-12-31'), l.lot_number`;

type Found = Omit<OriginLot, 'fefoFirst' | 'packSizes'> & { packSizes: string | null };

/** `%word%` for LIKE, with LIKE's own wildcards in the word taken literally. */
const like = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function originLots(
  sqlite: Database.Database,
  convoyId: string,
  day: string,
  want: { search?: string | null; itemCodes?: string[]; limit: number },
): OriginLot[] {
  const convoy = loadConvoy(sqlite, convoyId);
  let found: Found[];
  if (want.itemCodes && want.itemCodes.length > 0) {
    const codes = [...new Set(want.itemCodes.map((c) => c.trim()).filter(Boolean))];
    found = inSlices(codes, (slice) =>
      all<Found>(sqlite, `${LOT_SELECT} AND i.code COLLATE NOCASE IN (${marks(slice)}) ${LOT_ORDER}`, convoy.originSiteId, day, ...slice),
    );
  } else {
    // Every word typed must be in the item's code or name, or the lot number.
    const words = (want.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 6);
    const where = words.map(() => ` AND (i.code LIKE ? ESCAPE '\\' OR i.name LIKE ? ESCAPE '\\' OR l.lot_number LIKE ? ESCAPE '\\')`);
    found = all<Found>(
      sqlite,
      `${LOT_SELECT}${where.join('')} ${LOT_ORDER} LIMIT ?`,
      convoy.originSiteId,
      day,
      ...words.flatMap((w) => [like(w), like(w), like(w)]),
      want.limit,
    );
  }
  const firsts = fefoFirstLots(sqlite, convoy.originSiteId, day, [...new Set(found.map((l) => l.itemId))]);
  return found.map((l) => ({ ...l, packSizes: JSON.parse(l.packSizes || '[]') as PackSize[], fefoFirst: firsts.has(l.lotId) }));
}

/** Per item and owner at the site, the lot to pick first (earliest expiry, then lot number): the FEFO suggestion. */
function fefoFirstLots(sqlite: Database.Database, siteId: string, day: string, itemIds: string[]): Set<string> {
  const rows = inSlices(itemIds, (slice) =>
    all<{ lotId: string }>(
      sqlite,
      `SELECT lotId FROM (
         SELECT b.lot_id AS lotId, row_number() OVER (
           PARTITION BY l.item_id, l.owner_org_id ORDER BY coalesce(l.expiry_date, '9999-12-31'), l.lot_number) AS n
         FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id
         WHERE b.site_id = ? AND b.item_id IN (${marks(slice)}) AND b.condition = 'good' AND b.quantity > 0
           AND (l.expiry_date IS NULL OR l.expiry_date >= ?))
       WHERE n = 1`,
      siteId,
      ...slice,
      day,
    ),
  );
  return new Set(rows.map((r) => r.lotId));
}
