import { addMonths } from 'date-fns';
import { say, sayDay, sayMoment } from '../../api/i18n/current';
import { invalid } from '../core/errors';
import type { FieldIssue } from '../../api/result';
import type { ServiceContext } from '../core/context';
import { dateRules } from '../system/rules';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * The latest calendar day a document may carry: today where the day is furthest on (UTC+14), so
 * a base east of Greenwich can date a document by its own today before UTC has reached it.
 */
export const latestDay = (now: string): string => new Date(Date.parse(now) + 14 * HOUR).toISOString().slice(0, 10);

/**
 * A document's date: a date given without a time is taken as noon UTC, so it stays the same
 * calendar day in every zone. Not after today (a date-time: not after now, with five minutes for
 * clocks that disagree): stock documents record what has happened.
 */
export function normaliseOccurredAt(given: string | undefined, now: string, path: (string | number)[] = ['occurredAt']): string {
  if (!given) return now;
  const iso = new Date(given.length === 10 ? `${given}T12:00:00Z` : given).toISOString();
  const future = given.length === 10 ? given > latestDay(now) : Date.parse(iso) > Date.parse(now) + 5 * 60 * 1000;
  if (future) {
    throw invalid(say('lineCheck.future', { given: given.length === 10 ? sayDay(given) : sayMoment(iso), today: sayDay(now) }), [
      { path, message: say('lineCheck.futureShort') },
    ]);
  }
  return iso;
}

/** Whole calendar days from `occurredAt`'s day back to `now`'s day (0 for today, negative for tomorrow). */
export const daysBack = (occurredAt: string, now: string): number =>
  Math.round((Date.parse(`${dayOf(now)}T12:00:00Z`) - Date.parse(`${dayOf(occurredAt)}T12:00:00Z`)) / DAY);

/**
 * The backdating rule (DOMAIN.md, Dates): a document dated further back than the installation's
 * limit needs a reason, recorded on the document. Judged when it is saved and again when posted.
 */
export function backdateProblem(occurredAt: string, reason: string | null | undefined, now: string, limitDays: number): string | null {
  const back = daysBack(occurredAt, now);
  if (back <= limitDays || (reason ?? '').trim().length > 0) return null;
  return say('lineCheck.backdate', { day: sayDay(occurredAt), back, limit: limitDays });
}

/** The calendar day (YYYY-MM-DD, UTC) of an ISO timestamp. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** Day thresholds for expiry status: expired before `asOf`, then within 3 and within 9 months. */
export function expiryThresholds(asOf: string): { asOf: string; within3: string; within9: string } {
  const base = new Date(`${asOf}T12:00:00Z`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { asOf, within3: day(addMonths(base, 3)), within9: day(addMonths(base, 9)) };
}

/** SQL CASE giving the expiry status of lot alias `l` against parameters (@asOf, @within3, @within9). */
export const EXPIRY_STATUS_SQL = `CASE
  WHEN l.expiry_date IS NULL THEN 'none'
  WHEN l.expiry_date < @asOf THEN 'expired'
  WHEN l.expiry_date <= @within3 THEN 'within3'
  WHEN l.expiry_date <= @within9 THEN 'within9'
  ELSE 'ok' END`;

export const DAYS_TO_EXPIRY_SQL = `CASE WHEN l.expiry_date IS NULL THEN NULL
  ELSE CAST(julianday(l.expiry_date) - julianday(@asOf) AS INTEGER) END`;

/** The backdating rule as a field issue (path `backdateReason`), with the installation's limit. */
export function backdateIssue(ctx: ServiceContext, occurredAt: string, reason: string | null | undefined): FieldIssue | null {
  const problem = backdateProblem(occurredAt, reason, ctx.now(), dateRules(ctx).backdateLimitDays);
  return problem ? { path: ['backdateReason'], message: problem } : null;
}
