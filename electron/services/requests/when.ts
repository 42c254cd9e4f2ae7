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
    throw invalid(`When: ${given} is in the future (it is now ${now.slice(0, 16).replace('T', ' ')} UTC); record what has happened`, [
      { path: ['occurredAt'], message: 'In the future' },
    ]);
  const last = requestId
    ? one<{ at: string }>(sqlite, 'SELECT max(at) AS at FROM request_events WHERE request_id = ?', requestId)?.at
    : null;
  if (last && iso < last)
    throw invalid(`When: ${given} is before the request's last timeline entry (${last.slice(0, 16).replace('T', ' ')} UTC)`, [
      { path: ['occurredAt'], message: 'Before the last timeline entry' },
    ]);
  return iso;
}
