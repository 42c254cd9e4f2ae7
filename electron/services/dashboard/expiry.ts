import type Database from 'better-sqlite3';
import type { ExpiryFigures } from '../../api/dashboard';
import { expiryThresholds } from '../stock/dates';
import { stmt } from '../stock/sql';

/**
 * Stock lines expired, expiring within 3 and within 9 months (expired included), counted as the
 * on-hand grid's expiry filter counts them (any condition, quantity above zero), so the figure
 * and the grid it opens show the same number. For one site: its balances (primary-key range),
 * each with its lot. For all sites: the lots expiring within 9 months (their expiry index),
 * each with its balances, rather than every balance.
 */
const ONE_SITE = `
  SELECT coalesce(sum(l.expiry_date < @asOf), 0) AS expired,
    coalesce(sum(l.expiry_date <= @within3), 0) AS within3,
    coalesce(sum(l.expiry_date <= @within9), 0) AS within9
  FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id
  WHERE b.site_id = @siteId AND b.quantity > 0 AND l.expiry_date IS NOT NULL`;
const ALL_SITES = `
  SELECT coalesce(sum(l.expiry_date < @asOf), 0) AS expired,
    coalesce(sum(l.expiry_date <= @within3), 0) AS within3,
    count(*) AS within9
  FROM stock_lots l INDEXED BY stock_lots_expiry_idx JOIN stock_balances b ON b.lot_id = l.id
  WHERE l.expiry_date <= @within9 AND b.quantity > 0`;

export function expiryFigures(sqlite: Database.Database, siteId: string | null, today: string): ExpiryFigures {
  const t = expiryThresholds(today);
  const n = (siteId ? stmt(sqlite, ONE_SITE).get({ ...t, siteId }) : stmt(sqlite, ALL_SITES).get(t)) as {
    expired: number;
    within3: number;
    within9: number;
  };
  return { ...n, asOf: t.asOf, within3Until: t.within3, within9Until: t.within9 };
}
