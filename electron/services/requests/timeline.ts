import type { RequestStatus } from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { insertRecord } from '../core/write';

/** Appends a timeline entry: who (the operator), for which organisation, when, from which state to which, and the comment. */
export function addTimelineEntry(
  ctx: ServiceContext,
  e: { requestId: string; orgId: string; action: string; from: RequestStatus | null; to: RequestStatus; comment?: string; at?: string },
): void {
  insertRecord(ctx, 'request_events', {
    request_id: e.requestId,
    at: e.at ?? ctx.now(),
    operator: ctx.operator() ?? '(setup)',
    org_id: e.orgId,
    action: e.action,
    from_status: e.from,
    to_status: e.to,
    comment: e.comment ?? '',
  });
}
