import { say, sayDay, sayMoment } from '../../api/i18n';
import { invalid } from '../core/errors';
import { one } from '../stock/sql';
import type Database from 'better-sqlite3';

/**
 * When a request's action happened: now, or an earlier moment the operator gives (a paper request
 * entered later). Never in the future, never before the request's last timeline entry, so the
 * timeline and the measures stay in order.
 */
export function actionTime(sqlite: Database.Database, requestId: string | null, given: string | undefined, now: string): string {
  if (!given) return now;
  const iso = new Date(given.length === 10 ? `${given}T12:00:00Z` : given).toISOString();
  if (Date.parse(iso) > Date.parse(now) + 5 * 60 * 1000)
    throw invalid(say('requestCore.whenFuture', { given: givenWords(given, iso), now: sayMoment(now) }), [
      { path: ['occurredAt'], message: say('requestCore.inFuture') },
    ]);
  const last = requestId
    ? one<{ at: string }>(sqlite, 'SELECT max(at) AS at FROM request_events WHERE request_id = ?', requestId)?.at
    : null;
  if (last && iso < last)
    throw invalid(say('requestCore.whenBeforeLast', { given: givenWords(given, iso), last: sayMoment(last) }), [
      { path: ['occurredAt'], message: say('requestCore.beforeLastEntry') },
    ]);
  return iso;
}

/** The moment the operator gave, as their screens write it: a day as a day, a time with its time. */
const givenWords = (given: string, iso: string) => (given.length === 10 ? sayDay(given) : sayMoment(iso));
