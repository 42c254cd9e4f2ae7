import type Database from 'better-sqlite3';
import { say } from '../../api/i18n/current';
import { CONDITION_LABELS, type LedgerCondition } from '../../api/vocabularies';

interface Difference {
  siteId: string;
  lotId: string;
  condition: string;
  balance: number | null;
  ledger: number | null;
}

/**
 * Recomputes every (site, lot, condition) sum from the append-only ledger and compares it with the
 * stored balances, both ways: a balance the ledger does not explain, and a ledger sum with no or
 * another balance. The ledger's covering index lets SQLite group without sorting. The dashboard's
 * stock totals per site and category are compared with the balances too.
 */
export function ledgerDifferencesIn(sqlite: Database.Database): { description: string }[] {
  const diffs = sqlite
    .prepare(
      `WITH sums AS (
         SELECT site_id, lot_id, condition, sum(quantity) AS ledger FROM stock_ledger GROUP BY site_id, lot_id, condition
       )
       SELECT s.site_id AS siteId, s.lot_id AS lotId, s.condition, b.quantity AS balance, s.ledger
         FROM sums s LEFT JOIN stock_balances b ON b.site_id = s.site_id AND b.lot_id = s.lot_id AND b.condition = s.condition
         WHERE (b.quantity IS NULL AND s.ledger <> 0) OR b.quantity <> s.ledger
       UNION ALL
       SELECT b.site_id, b.lot_id, b.condition, b.quantity, NULL FROM stock_balances b
         WHERE b.quantity <> 0 AND NOT EXISTS (
           SELECT 1 FROM stock_ledger e WHERE e.site_id = b.site_id AND e.lot_id = b.lot_id AND e.condition = b.condition)`,
    )
    .all() as Difference[];
  const mismatchedItems = sqlite
    .prepare(
      'SELECT b.site_id AS siteId, b.lot_id AS lotId, b.condition FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id WHERE b.item_id <> l.item_id',
    )
    .all() as Difference[];
  // The dashboard's stock by site and category (kept by triggers) against the balances it sums.
  const totals = sqlite
    .prepare(
      `WITH fresh AS (
         SELECT b.site_id, i.category, sum(b.quantity > 0) AS lines, sum(b.quantity * coalesce(i.unit_weight_kg, 0)) AS weight_kg,
           sum(b.quantity * coalesce(i.unit_volume_m3, 0)) AS volume_m3, sum((b.quantity > 0) * (i.unit_weight_kg IS NULL)) AS lines_without_weight
         FROM stock_balances b JOIN items i ON i.id = b.item_id GROUP BY b.site_id, i.category)
       SELECT coalesce(t.site_id, f.site_id) AS siteId, coalesce(t.category, f.category) AS category, t.lines AS kept, f.lines AS fresh
       FROM stock_site_category_totals t FULL JOIN fresh f ON f.site_id = t.site_id AND f.category = t.category
       WHERE coalesce(t.lines, 0) <> coalesce(f.lines, 0) OR coalesce(t.lines_without_weight, 0) <> coalesce(f.lines_without_weight, 0)
         OR abs(coalesce(t.weight_kg, 0) - coalesce(f.weight_kg, 0)) > 0.0005 OR abs(coalesce(t.volume_m3, 0) - coalesce(f.volume_m3, 0)) > 0.00005`,
    )
    .all() as { siteId: string; category: string; kept: number | null; fresh: number | null }[];
  const label = sqlite.prepare(
    `SELECT s.code AS site, i.code AS item, l.lot_number AS lot, o.short_name AS owner
     FROM stock_lots l JOIN items i ON i.id = l.item_id JOIN organisations o ON o.id = l.owner_org_id, sites s
     WHERE l.id = ? AND s.id = ?`,
  );
  const siteCode = { get: (id: string) => sqlite.prepare('SELECT code FROM sites WHERE id = ?').get(id) as { code: string } | undefined };
  const describe = (d: Difference) => {
    const l = label.get(d.lotId, d.siteId) as { site: string; item: string; lot: string; owner: string } | undefined;
    const condition = (CONDITION_LABELS[d.condition as LedgerCondition] ?? d.condition).toLocaleLowerCase();
    return l
      ? say('integrity.diff.where', { site: l.site, item: l.item, lot: l.lot || say('integrity.diff.noLot'), owner: l.owner, condition })
      : say('integrity.diff.whereUnknown', { site: d.siteId, lot: d.lotId, condition });
  };
  return [
    ...diffs.map((d) => ({
      description:
        d.balance == null
          ? say('integrity.diff.noBalance', { where: describe(d), ledger: d.ledger ?? 0 })
          : say('integrity.diff.balance', { where: describe(d), balance: d.balance, ledger: d.ledger ?? 0 }),
    })),
    ...mismatchedItems.map((d) => ({ description: say('integrity.diff.otherItem', { where: describe(d) }) })),
    ...totals.map((d) => ({
      description: say('integrity.diff.totals', {
        site: siteCode.get(d.siteId)?.code ?? d.siteId,
        category: d.category,
        kept: d.kept ?? 0,
        fresh: d.fresh ?? 0,
      }),
    })),
  ];
}
