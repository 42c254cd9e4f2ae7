import { say } from '../../api/i18n';
import type { FieldIssue } from '../../api/result';
import type { StockDocumentKind } from '../../api/stock';
import { dayOf } from './dates';

/**
 * A plain transfer's expected arrival, set by the sender (issue 11 point 3): only a transfer out
 * has one, and it is not before the day the transfer is sent. `given` undefined keeps `current`;
 * null (an emptied field) clears it.
 */
export function expectedArrivalOf(
  kind: StockDocumentKind,
  occurredAt: string,
  given: string | null | undefined,
  current: string | null,
  issues: FieldIssue[],
): string | null {
  const day = given === undefined ? current : given;
  if (!day) return null;
  if (kind !== 'transfer_out') {
    issues.push({ path: ['expectedArrival'], message: say('expectedArrival.onlyTransfer') });
    return null;
  }
  if (day < dayOf(occurredAt)) {
    issues.push({ path: ['expectedArrival'], message: say('expectedArrival.beforeSent', { day, sent: dayOf(occurredAt) }) });
  }
  return day;
}
