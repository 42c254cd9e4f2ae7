import type Database from 'better-sqlite3';
import type { LowStockFigures } from '../../api/dashboard';
import { stmt } from '../stock/sql';

/**
 * Items whose good stock at a site is under the threshold set for them (as the alerts page and
 * the on-hand grid's "low stock only" judge it): how many, and the five furthest below.
 */
const belowSql = (oneSite: boolean) => `
  SELECT * FROM (
    SELECT t.site_id AS siteId, s.code AS siteCode, t.item_id AS itemId, i.code AS itemCode, i.name AS itemName,
      i.base_unit AS baseUnit, t.min_quantity AS minQuantity,
      (SELECT coalesce(sum(g.quantity), 0) FROM stock_balances g
        WHERE g.site_id = t.site_id AND g.item_id = t.item_id AND g.condition = 'good') AS goodQuantity
    FROM stock_thresholds t JOIN sites s ON s.id = t.site_id JOIN items i ON i.id = t.item_id
    WHERE t.archived = 0 ${oneSite ? 'AND t.site_id = @siteId' : ''}
  ) WHERE goodQuantity < minQuantity
  ORDER BY CAST(goodQuantity AS REAL) / minQuantity, siteCode, itemCode`;
const ONE_SITE = belowSql(true);
const ALL_SITES = belowSql(false);

export function lowStockFigures(sqlite: Database.Database, siteId: string | null): LowStockFigures {
  const below = (siteId ? stmt(sqlite, ONE_SITE).all({ siteId }) : stmt(sqlite, ALL_SITES).all()) as LowStockFigures['worst'];
  return { items: below.length, worst: below.slice(0, 5) };
}
