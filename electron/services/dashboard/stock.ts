import type Database from 'better-sqlite3';
import type { StockFigure } from '../../api/dashboard';
import { stmt } from '../stock/sql';

/**
 * Stock by site and category: the on-hand grid's lines (a site × lot × condition with a
 * quantity) counted, with their weight and volume from the items' unit weight and volume. Lines
 * are counted rather than quantities added, since sachets and soap bars do not add up.
 * Read from stock_site_category_totals, which triggers keep in the same transaction as every
 * balance write and item edit (db/migrations/0026): a few hundred rows, whatever the stock.
 */
const stockSql = (oneSite: boolean) => `
  SELECT t.site_id AS siteId, s.code AS siteCode, t.category AS category, t.lines AS lines,
    t.weight_kg AS weightKg, t.volume_m3 AS volumeM3, t.lines_without_weight AS linesWithoutWeight
  FROM stock_site_category_totals t JOIN sites s ON s.id = t.site_id
  WHERE t.lines > 0 ${oneSite ? 'AND t.site_id = @siteId' : ''}
  ORDER BY s.code, t.category`;
const ONE_SITE = stockSql(true);
const ALL_SITES = stockSql(false);

export function stockFigures(sqlite: Database.Database, siteId: string | null): StockFigure[] {
  return ((siteId ? stmt(sqlite, ONE_SITE).all({ siteId }) : stmt(sqlite, ALL_SITES).all()) as StockFigure[]).map((r) => ({
    ...r,
    weightKg: Math.round(r.weightKg * 1000) / 1000,
    volumeM3: Math.round(r.volumeM3 * 1000) / 1000,
  }));
}
