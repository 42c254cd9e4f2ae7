import type { FieldIssue } from '../../api/result';
import { say, sayDay } from '../../api/i18n/current';
import { conditionWord, unitWord } from '../../api/i18n/vocabulary-words';
import type { ServiceContext } from '../core/context';
import { dayOf } from './dates';
import { storedBalance, type PlannedEntry } from './ledger-write';
import type { Lookups } from './lookups';
import { all, one } from './sql';

/**
 * A backdated document must fit the history it is slotted into (DOMAIN.md, Dates): it cannot take
 * stock of a lot before the lot was received at that site, and the running balance of every lot,
 * site and condition (the stock card) never dips below zero on any date. The current balance is
 * checked by checkAvailability; this checks the dates between the document's and now, and costs a
 * query only when the ledger holds entries dated after the document (a backdated one).
 */
export function checkHistory(
  ctx: ServiceContext,
  look: Lookups,
  occurredAt: string,
  entries: PlannedEntry[],
  linesPath: string,
): FieldIssue[] {
  const net = new Map<string, { e: PlannedEntry; change: number }>();
  for (const e of entries) {
    const key = `${e.siteId}|${e.lotId}|${e.condition}`;
    const seen = net.get(key);
    if (seen) seen.change += e.quantity;
    else net.set(key, { e, change: e.quantity });
  }
  const issues: FieldIssue[] = [];
  for (const { e, change } of net.values()) {
    if (change >= 0) continue;
    const later = all<{ occurredAt: string; quantity: number }>(
      ctx.sqlite,
      `SELECT occurred_at AS occurredAt, quantity FROM stock_ledger WHERE site_id = ? AND lot_id = ? AND condition = ? AND occurred_at > ?
       ORDER BY occurred_at, recorded_at, id`,
      e.siteId,
      e.lotId,
      e.condition,
      occurredAt,
    );
    if (later.length === 0) continue;
    const lot = look.lot(e.lotId)!;
    const site = look.site(e.siteId)?.code ?? '?';
    const unit = look.item(lot.itemId)?.baseUnit ?? '';
    const day = dayOf(occurredAt);
    const path = [linesPath, e.lineIndex, 'quantity'];
    const firstIn = one<{ at: string | null }>(
      ctx.sqlite,
      'SELECT min(occurred_at) AS at FROM stock_ledger WHERE site_id = ? AND lot_id = ? AND quantity > 0',
      e.siteId,
      e.lotId,
    )?.at;
    if (!firstIn || firstIn > occurredAt) {
      issues.push({
        path,
        message: say('lineCheck.beforeArrival', {
          day: sayDay(day),
          lot: look.describeLot(lot),
          site,
          on: firstIn ? say('lineCheck.arrivedOn', { day: sayDay(firstIn) }) : '',
        }),
      });
      continue;
    }
    const stored = storedBalance(ctx.sqlite, e.siteId, e.lotId, e.condition);
    // The running balance on the document's date, then after each later entry, with this document's change applied.
    let running = stored - later.reduce((s, l) => s + l.quantity, 0);
    let worst = { balance: running, day };
    for (const l of later) {
      running += l.quantity;
      if (running < worst.balance) worst = { balance: running, day: dayOf(l.occurredAt) };
    }
    if (worst.balance + change < 0) {
      issues.push({
        path,
        message: say('lineCheck.cardNegative', {
          day: sayDay(day),
          lot: look.describeLot(lot),
          site,
          worst: sayDay(worst.day),
          balance: worst.balance,
          unit: unitWord(unit),
          condition: conditionWord(e.condition),
          takes: -change,
        }),
      });
    }
  }
  return issues;
}

/**
 * The moment a posting is recorded at. A document dated today whose moment is still before the
 * posting (a date alone is noon; a draft keeps the moment it was made) is recorded at the posting
 * moment when the ledger already holds later entries of a lot it moves: "today" must not be
 * refused against stock received this afternoon, nor slotted before it. Documents dated on an
 * earlier day keep their moment (the backdating rules judge them).
 */
export function postingMoment(ctx: ServiceContext, occurredAt: string, entries: PlannedEntry[], postedAt: string): string {
  if (dayOf(occurredAt) !== dayOf(postedAt) || occurredAt >= postedAt) return occurredAt;
  const later = entries.some(
    (e) =>
      one<{ x: number }>(
        ctx.sqlite,
        'SELECT 1 AS x FROM stock_ledger WHERE site_id = ? AND lot_id = ? AND occurred_at > ? LIMIT 1',
        e.siteId,
        e.lotId,
        occurredAt,
      ) !== undefined,
  );
  return later ? postedAt : occurredAt;
}
