import { addMonths } from 'date-fns';
import { invalid } from '../core/errors';

/** A date given without a time is taken as noon UTC, so it stays the same calendar day in every zone. */
export function normaliseOccurredAt(given: string | undefined, now: string, path: (string | number)[] = ['occurredAt']): string {
  if (!given) return now;
  const iso = new Date(given.length === 10 ? `${given}T12:00:00Z` : given).toISOString();
  // A day of slack for time zones; anything later is a typo.
  if (Date.parse(iso) > Date.parse(now) + 36 * 3600 * 1000) {
    throw invalid(`Date ${given} is in the future; stock documents record what has happened`, [{ path, message: 'Date is in the future' }]);
  }
  return iso;
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
