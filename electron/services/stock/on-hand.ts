import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { alertsInput, ExpiryAlert, LowStockAlert, OnHandRow, onHandInput, Page } from '../../api/stock';
import { DAYS_TO_EXPIRY_SQL, EXPIRY_STATUS_SQL, expiryThresholds } from './dates';
import { Filters } from './filters';
import { stmt } from './sql';

type OnHandQuery = z.output<typeof onHandInput>;

const SORT_SQL: Record<string, string> = {
  siteCode: 's.code',
  itemCode: 'i.code',
  itemName: 'i.name',
  category: 'i.category',
  lotNumber: 'l.lot_number',
  expiryDate: "coalesce(l.expiry_date, '9999-12-31')",
  ownerShortName: 'o.short_name',
  condition: 'b.condition',
  quantity: 'b.quantity',
};

const ITEM_SITE_GOOD_SQL = `(SELECT coalesce(sum(g.quantity), 0) FROM stock_balances g
  WHERE g.site_id = b.site_id AND g.item_id = b.item_id AND g.condition = 'good')`;

/**
 * Stock on hand per (site, lot, condition), filtered, sorted and paged in SQL so a grid over a
 * million ledger entries asks only for the rows it shows. The total comes with the page.
 */
export function stockOnHand(sqlite: Database.Database, q: OnHandQuery, today: string): Page<OnHandRow> {
  const { countSql, rowsSql, params } = onHandSql(q, today);
  const total = (sqlite.prepare(countSql).get(params) as { n: number }).n;
  const rows = sqlite.prepare(`${rowsSql} LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as Omit<
    OnHandRow,
    'lowStock' | 'itemSiteGood'
  >[];
  const withGood = itemSiteGood(sqlite);
  return { total, offset: q.offset, limit: q.limit, rows: rows.map(withGood) };
}

/**
 * The item's good total at the row's site, remembered per (site, item): computed for the rows
 * asked for only (a covering-index sum), not for every sorted row.
 */
export function itemSiteGood(sqlite: Database.Database) {
  const totals = new Map<string, number>();
  const totalStmt = stmt(sqlite, ITEM_SITE_GOOD_BY_KEY);
  return <R extends { siteId: string; itemId: string; minQuantity: number | null }>(
    r: R,
  ): R & { itemSiteGood: number; lowStock: boolean } => {
    const k = `${r.siteId}|${r.itemId}`;
    let good = totals.get(k);
    if (good === undefined) {
      good = (totalStmt.get(r.siteId, r.itemId) as { n: number }).n;
      if (totals.size > 50_000) totals.clear();
      totals.set(k, good);
    }
    return { ...r, itemSiteGood: good, lowStock: r.minQuantity !== null && good < r.minQuantity };
  };
}

/**
 * The on-hand query as SQL, unpaged: the grid adds LIMIT/OFFSET, an export iterates every row.
 * `extra` adds columns to the select (an export's sharing labels and site places).
 */
export function onHandSql(q: Omit<OnHandQuery, 'offset' | 'limit'>, today: string, extra = '') {
  const t = expiryThresholds(q.asOf ?? today);
  const f = new Filters({ ...t });
  f.where.push(q.includeZero ? 'b.quantity >= 0' : 'b.quantity > 0');
  // Joins the filters need; the count uses only these, the page adds the ones for display and sorting.
  const needs = new Set<'l' | 'i' | 't'>();
  const eq = (col: string, name: string, value: unknown) => {
    if (!f.add(value, `${col} = @${name}`, name)) return;
    if (col.startsWith('l.')) needs.add('l');
    if (col.startsWith('i.')) needs.add('i');
  };
  eq('b.site_id', 'siteId', q.siteId);
  eq('b.item_id', 'itemId', q.itemId);
  eq('b.lot_id', 'lotId', q.lotId);
  eq('l.owner_org_id', 'ownerOrgId', q.ownerOrgId);
  eq('b.condition', 'condition', q.condition);
  eq('i.category', 'category', q.category);
  if (f.searchItems(q.search, 'b.item_id', ['l.lot_number'])) needs.add('l');
  if (q.expiry) needs.add('l');
  if (q.expiry === 'expired') f.where.push('l.expiry_date < @asOf');
  if (q.expiry === 'within3') f.where.push('l.expiry_date <= @within3');
  if (q.expiry === 'within9') f.where.push('l.expiry_date <= @within9');
  if (q.expiry === 'none') f.where.push('l.expiry_date IS NULL');
  if (q.lowStockOnly) {
    f.where.push(`t.min_quantity IS NOT NULL AND ${ITEM_SITE_GOOD_SQL} < t.min_quantity`);
    needs.add('t');
  }
  const joins = {
    l: 'JOIN stock_lots l ON l.id = b.lot_id',
    i: 'JOIN items i ON i.id = b.item_id',
    t: 'LEFT JOIN stock_thresholds t ON t.site_id = b.site_id AND t.item_id = b.item_id AND t.archived = 0',
  };
  const whereSql = f.sql();
  const countSql = `SELECT count(*) AS n FROM stock_balances b ${[...needs].map((k) => joins[k]).join(' ')} ${whereSql}`;
  const order = q.sort.map((s) => `${SORT_SQL[s.colId]} ${s.sort === 'desc' ? 'DESC' : 'ASC'}`);
  order.push('s.code', 'i.code', "coalesce(l.expiry_date, '9999-12-31')", 'l.lot_number', 'o.short_name', 'b.condition', 'b.lot_id');
  const rowsSql = `SELECT b.site_id || ':' || b.lot_id || ':' || b.condition AS key, b.site_id AS siteId, s.code AS siteCode, s.name AS siteName,
         b.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.category, i.base_unit AS baseUnit, b.lot_id AS lotId,
         l.lot_number AS lotNumber, l.expiry_date AS expiryDate, ${EXPIRY_STATUS_SQL} AS expiryStatus, ${DAYS_TO_EXPIRY_SQL} AS daysToExpiry,
         l.owner_org_id AS ownerOrgId, o.short_name AS ownerShortName, dn.short_name AS donorShortName, b.condition, b.quantity,
         t.min_quantity AS minQuantity${extra ? `, ${extra}` : ''}
       FROM stock_balances b ${joins.l} ${joins.i} JOIN sites s ON s.id = b.site_id JOIN organisations o ON o.id = l.owner_org_id
         LEFT JOIN organisations dn ON dn.id = l.donor_org_id ${joins.t}
       ${whereSql} ORDER BY ${order.join(', ')}`;
  return { countSql, rowsSql, params: f.params };
}

const ITEM_SITE_GOOD_BY_KEY = `SELECT coalesce(sum(quantity), 0) AS n FROM stock_balances WHERE site_id = ? AND item_id = ? AND condition = 'good'`;

/** Good stock expiring within 3 or 9 months (expired included), soonest first. */
export function expiryAlerts(sqlite: Database.Database, q: z.output<typeof alertsInput>, today: string): ExpiryAlert[] {
  return stockOnHand(
    sqlite,
    {
      siteId: q.siteId,
      condition: 'good',
      expiry: q.withinMonths === 3 ? 'within3' : 'within9',
      asOf: q.asOf,
      lowStockOnly: false,
      includeZero: false,
      sort: [{ colId: 'expiryDate', sort: 'asc' }],
      offset: 0,
      limit: q.limit,
    },
    today,
  ).rows;
}

/** Items whose good stock at a site is below the threshold set for it. */
export function lowStockAlerts(sqlite: Database.Database, q: z.output<typeof alertsInput>): LowStockAlert[] {
  return sqlite
    .prepare(
      `SELECT * FROM (
         SELECT t.site_id AS siteId, s.code AS siteCode, t.item_id AS itemId, i.code AS itemCode, i.name AS itemName,
           i.base_unit AS baseUnit, t.min_quantity AS minQuantity,
           (SELECT coalesce(sum(g.quantity), 0) FROM stock_balances g WHERE g.site_id = t.site_id AND g.item_id = t.item_id AND g.condition = 'good') AS goodQuantity
         FROM stock_thresholds t JOIN sites s ON s.id = t.site_id JOIN items i ON i.id = t.item_id
         WHERE t.archived = 0 AND (@siteId IS NULL OR t.site_id = @siteId)
       ) WHERE goodQuantity < minQuantity
       ORDER BY CAST(goodQuantity AS REAL) / minQuantity, siteCode, itemCode LIMIT @limit`,
    )
    .all({ siteId: q.siteId ?? null, limit: q.limit })
    .map((r) => {
      const row = r as Omit<LowStockAlert, 'shortBy'>;
      return { ...row, shortBy: row.minQuantity - row.goodQuantity };
    });
}
