import type Database from 'better-sqlite3';
import type { StockFigure } from '../../api/dashboard';
import { stmt } from '../stock/sql';

/**
 * Stock by site and category: the on-hand grid's lines (a site × lot × condition with a
 * quantity) counted, with their weight and volume from the items' unit weight and volume. Lines
 * are counted rather than quantities added, since sachets and soap bars do not add up.
 * One pass over the balances (the site's rows only, through their primary key, for one site).
 */
const STOCK_SQL = `
  SELECT b.site_id AS siteId, s.code AS siteCode, i.category AS category, count(*) AS lines,
    coalesce(sum(b.quantity * i.unit_weight_kg), 0) AS weightKg, coalesce(sum(b.quantity * i.unit_volume_m3), 0) AS volumeM3,
    sum(i.unit_weight_kg IS NULL) AS linesWithoutWeight
  FROM stock_balances b JOIN items i ON i.id = b.item_id JOIN sites s ON s.id = b.site_id
  WHERE b.quantity > 0 AND (@siteId IS NULL OR b.site_id = @siteId)
  GROUP BY b.site_id, i.category
  ORDER BY s.code, i.category`;

export function stockFigures(sqlite: Database.Database, siteId: string | null): StockFigure[] {
  return (stmt(sqlite, STOCK_SQL).all({ siteId }) as StockFigure[]).map((r) => ({
    ...r,
    weightKg: Math.round(r.weightKg * 1000) / 1000,
    volumeM3: Math.round(r.volumeM3 * 1000) / 1000,
  }));
}
