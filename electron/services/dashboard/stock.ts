import type Database from 'better-sqlite3';
import type { StockFigure } from '../../api/dashboard';
import { stmt } from '../stock/sql';

/**
 * Stock by site and category: the on-hand grid's lines (a site × lot × condition with a
 * quantity) counted, with their weight and volume from the items' unit weight and volume. Lines
 * are counted rather than quantities added, since sachets and soap bars do not add up.
 * The lines are first summed per site and item from the covering index on the balances (no
 * table reads), then joined to the items once per site and item. One site: its own index range.
 */
const stockSql = (oneSite: boolean) => `
  SELECT x.site_id AS siteId, s.code AS siteCode, i.category AS category, sum(x.lines) AS lines,
    coalesce(sum(x.quantity * i.unit_weight_kg), 0) AS weightKg, coalesce(sum(x.quantity * i.unit_volume_m3), 0) AS volumeM3,
    sum(CASE WHEN i.unit_weight_kg IS NULL THEN x.lines ELSE 0 END) AS linesWithoutWeight
  FROM (SELECT site_id, item_id, count(*) AS lines, sum(quantity) AS quantity FROM stock_balances
        WHERE quantity > 0 ${oneSite ? 'AND site_id = @siteId' : ''} GROUP BY site_id, item_id) x
    JOIN items i ON i.id = x.item_id JOIN sites s ON s.id = x.site_id
  GROUP BY x.site_id, i.category
  ORDER BY s.code, i.category`;
const ONE_SITE = stockSql(true);
const ALL_SITES = stockSql(false);

export function stockFigures(sqlite: Database.Database, siteId: string | null): StockFigure[] {
  return ((siteId ? stmt(sqlite, ONE_SITE).all({ siteId }) : stmt(sqlite, ALL_SITES).all()) as StockFigure[]).map((r) => ({
    ...r,
    weightKg: Math.round(r.weightKg * 1000) / 1000,
    volumeM3: Math.round(r.volumeM3 * 1000) / 1000,
  }));
}
