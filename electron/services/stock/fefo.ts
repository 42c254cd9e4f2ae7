import type Database from 'better-sqlite3';
import { say, sayDay } from '../../api/i18n/current';
import type { FefoPick, FefoSuggestion } from '../../api/stock';
import type { FieldIssue } from '../../api/result';
import type { Lookups } from './lookups';
import { all } from './sql';

interface Candidate {
  lotId: string;
  lotNumber: string;
  expiryDate: string | null;
  available: number;
}

/** Good stock of one item and owner at a site, earliest expiry first (lots without expiry last). */
function candidates(sqlite: Database.Database, siteId: string, itemId: string, ownerOrgId: string): Candidate[] {
  return all<Candidate>(
    sqlite,
    `SELECT l.id AS lotId, l.lot_number AS lotNumber, l.expiry_date AS expiryDate, b.quantity AS available
     FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id
     WHERE b.site_id = ? AND b.item_id = ? AND b.condition = 'good' AND b.quantity > 0 AND l.owner_org_id = ?
     ORDER BY l.expiry_date IS NULL, l.expiry_date, l.lot_number, l.id`,
    siteId,
    itemId,
    ownerOrgId,
  );
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

/** FEFO: which lots to pick for a quantity, earliest expiry first, skipping expired lots. */
export function suggestFefo(
  sqlite: Database.Database,
  q: { siteId: string; itemId: string; ownerOrgId: string; quantity: number; asOf: string },
): FefoSuggestion {
  const picks: FefoPick[] = [];
  const skippedExpired: FefoPick[] = [];
  let remaining = q.quantity;
  for (const c of candidates(sqlite, q.siteId, q.itemId, q.ownerOrgId)) {
    const base = { ...c, daysToExpiry: c.expiryDate ? daysBetween(q.asOf, c.expiryDate) : null };
    if (c.expiryDate && c.expiryDate < q.asOf) {
      skippedExpired.push({ ...base, quantity: 0 });
      continue;
    }
    if (remaining <= 0) continue;
    const take = Math.min(remaining, c.available);
    picks.push({ ...base, quantity: take });
    remaining -= take;
  }
  return { siteId: q.siteId, itemId: q.itemId, ownerOrgId: q.ownerOrgId, requested: q.quantity, picks, shortBy: remaining, skippedExpired };
}

export interface PickLine {
  index: number;
  lotId: string;
  itemId: string;
  ownerOrgId: string;
  quantity: number;
  fefoOverrideReason: string | null;
}

/**
 * A pick follows FEFO when no lot of the same item and owner that expires earlier (and is not
 * expired) would still have stock left after this document. Otherwise the line needs a reason.
 */
export function checkFefo(
  sqlite: Database.Database,
  look: Lookups,
  siteId: string,
  day: string,
  lines: PickLine[],
  linesPath: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const groups = new Map<string, PickLine[]>();
  for (const l of lines) {
    const key = `${l.itemId}|${l.ownerOrgId}`;
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  const expiryKey = (d: string | null) => d ?? '9999-12-31';
  for (const group of groups.values()) {
    const cands = candidates(sqlite, siteId, group[0].itemId, group[0].ownerOrgId).filter((c) => !c.expiryDate || c.expiryDate >= day);
    const taken = new Map<string, number>();
    for (const l of group) taken.set(l.lotId, (taken.get(l.lotId) ?? 0) + l.quantity);
    for (const l of group) {
      if (l.fefoOverrideReason) continue;
      const lot = look.lot(l.lotId)!;
      const earlier = cands.find(
        (c) => c.lotId !== l.lotId && expiryKey(c.expiryDate) < expiryKey(lot.expiryDate) && c.available - (taken.get(c.lotId) ?? 0) > 0,
      );
      if (earlier) {
        const left = earlier.available - (taken.get(earlier.lotId) ?? 0);
        issues.push({
          path: [linesPath, l.index, 'fefoOverrideReason'],
          message: say('lineCheck.fefo', {
            earlier: earlier.lotNumber || say('lineCheck.noLotShort'),
            expiry: sayDay(earlier.expiryDate),
            left,
            lot: lot.lotNumber || say('lineCheck.noLotShort'),
            lotExpiry: lot.expiryDate ? sayDay(lot.expiryDate) : 'none',
          }),
        });
      }
    }
  }
  return issues;
}
