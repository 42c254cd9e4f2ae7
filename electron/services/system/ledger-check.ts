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
 * another balance. The ledger's covering index lets SQLite group without sorting.
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
  const label = sqlite.prepare(
    `SELECT s.code AS site, i.code AS item, l.lot_number AS lot, o.short_name AS owner
     FROM stock_lots l JOIN items i ON i.id = l.item_id JOIN organisations o ON o.id = l.owner_org_id, sites s
     WHERE l.id = ? AND s.id = ?`,
  );
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
  ];
}
