import { say } from '../../api/i18n';
import { assertMayRelabel } from '../exchange/label-change';
import type { z } from 'zod';
import type { FieldIssue } from '../../api/result';
import type { RequestRow } from '../../../db/schema';
import type { createRequestInput, RequestDetail, requestLineInput, updateRequestInput } from '../../api/requests';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, invalid, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { deleteRecords, insertRecord, updateRecord } from '../core/write';
import { dayOf } from '../stock/dates';
import { one } from '../stock/sql';
import { assertAllowed, changesOnly } from '../workflow/engine';
import { REQUEST_LABEL_FIELDS, REQUEST_WORKFLOW } from '../workflow/requests';
import { columns, factsOf, loadRequest, nextRequestNumber } from './rows';
import { assertSide } from './side';
import { addTimelineEntry } from './timeline';
import { requestDetail } from './views';
import { actionTime } from './when';

/** Drafting a request: create it with its lines, and change a draft's header or lines. */

export const ENTITY = 'request';
type Line = z.output<typeof requestLineInput>;

function checkLines(ctx: ServiceContext, lines: Line[], issues: FieldIssue[]): void {
  lines.forEach((l, i) => {
    if (l.kind === 'item') {
      if (!l.itemId) issues.push({ path: ['lines', i, 'itemId'], message: say('requestCore.chooseItem') });
      else if (!one(ctx.sqlite, 'SELECT 1 FROM items WHERE id = ?', l.itemId))
        issues.push({ path: ['lines', i, 'itemId'], message: say('requestCore.noSuchItem') });
    } else {
      if (!l.description) issues.push({ path: ['lines', i, 'description'], message: say('requestCore.sayCapacity') });
      if (l.itemId) issues.push({ path: ['lines', i, 'itemId'], message: say('requestCore.capacityNoItem') });
    }
  });
}

function checkParties(ctx: ServiceContext, requesterOrgId: string, providerOrgId: string, issues: FieldIssue[]): void {
  for (const [field, id] of [
    ['requesterOrgId', requesterOrgId],
    ['providerOrgId', providerOrgId],
  ] as const)
    if (!one(ctx.sqlite, 'SELECT 1 FROM organisations WHERE id = ?', id))
      issues.push({ path: [field], message: say('requestCore.noSuchOrg') });
  if (requesterOrgId === providerOrgId) issues.push({ path: ['providerOrgId'], message: say('requestCore.sameOrg') });
}

function insertLines(ctx: ServiceContext, requestId: string, lines: Line[]): void {
  lines.forEach((l, i) =>
    insertRecord(ctx, 'request_lines', {
      request_id: requestId,
      line_no: i + 1,
      kind: l.kind,
      item_id: l.kind === 'item' ? (l.itemId ?? null) : null,
      description: l.description ?? '',
      quantity: l.quantity,
      unit: l.unit,
      duration_days: l.durationDays ?? null,
    }),
  );
}

const fail = (issues: FieldIssue[]) =>
  invalid(say('requestCore.nothingWritten', { problems: issues.map((i) => i.message).join('; ') }), issues);

/** Creates a draft request (the requesting side drafts). */
export function createRequest(ctx: ServiceContext, input: z.output<typeof createRequestInput>): RequestDetail {
  return inTransaction(ctx, () => {
    const issues: FieldIssue[] = [];
    checkParties(ctx, input.requesterOrgId, input.providerOrgId, issues);
    checkLines(ctx, input.lines, issues);
    if (issues.length > 0) throw fail(issues);
    const number = nextRequestNumber(ctx);
    const actor = assertSide(
      ctx,
      { number: '(new)', requesterOrgId: input.requesterOrgId, providerOrgId: input.providerOrgId },
      input.actingOrgId,
      'edit',
    );
    const at = actionTime(ctx.sqlite, null, input.occurredAt, ctx.now());
    const { lines, actingOrgId: _a, occurredAt: _o, ...header } = input;
    assertMayRelabel(ctx, 'request', undefined, header.sharing);
    const { id } = insertRecord(ctx, 'requests', columns({ ...header, number, status: 'draft', sharing: header.sharing ?? null }));
    insertLines(ctx, id, lines);
    addTimelineEntry(ctx, { requestId: id, orgId: actor.orgId, action: 'create', from: null, to: 'draft', at });
    const detail = requestDetail(ctx.sqlite, id, dayOf(ctx.now()));
    recordAudit(ctx, [{ entity: ENTITY, entityId: id, before: null, after: { ...detail.request, lines: detail.lines } }]);
    return detail;
  });
}

/** Changes a request's sharing label alone, in any state, for either party; audited like any change. */
function relabel(
  ctx: ServiceContext,
  stored: RequestRow,
  actingOrgId: string | null | undefined,
  sharing: string | null | undefined,
): RequestDetail {
  const id = stored.id;
  assertSide(ctx, stored, actingOrgId, null);
  assertMayRelabel(ctx, 'request', stored.sharing, sharing ?? null);
  const before = requestDetail(ctx.sqlite, id, dayOf(ctx.now()));
  updateRecord(ctx, 'requests', id, { sharing: sharing ?? null });
  const after = requestDetail(ctx.sqlite, id, dayOf(ctx.now()));
  recordAudit(ctx, [
    { entity: ENTITY, entityId: id, before: { ...before.request, lines: before.lines }, after: { ...after.request, lines: after.lines } },
  ]);
  return after;
}

/** Changes a draft: its header (absent fields stay) and, when given, all its lines. */
export function updateRequest(ctx: ServiceContext, input: z.output<typeof updateRequestInput>): RequestDetail {
  return inTransaction(ctx, () => {
    const stored = loadRequest(ctx.sqlite, input.id);
    if (!stored) throw notFound(say('requestCore.requestNoun'), input.id);
    checkVersion(say('requestCore.request', { number: stored.number }), stored.version, input.version);
    const { id, version: _v, lines, actingOrgId, ...header } = input;
    // A label-only change passes in every state, for either party (REQUEST_LABEL_FIELDS).
    if (lines === undefined && changesOnly(header, REQUEST_LABEL_FIELDS)) return relabel(ctx, stored, actingOrgId, header.sharing);
    assertAllowed(REQUEST_WORKFLOW, factsOf(ctx.sqlite, stored), 'edit');
    const requesterOrgId = header.requesterOrgId ?? stored.requesterOrgId;
    const providerOrgId = header.providerOrgId ?? stored.providerOrgId;
    // The side is checked against the request as it will be: a draft cannot be handed to another requester by someone else.
    assertSide(ctx, stored, actingOrgId, 'edit');
    const issues: FieldIssue[] = [];
    checkParties(ctx, requesterOrgId, providerOrgId, issues);
    if (lines) checkLines(ctx, lines, issues);
    if (issues.length > 0) throw fail(issues);
    assertMayRelabel(ctx, 'request', stored.sharing, header.sharing);
    const before = requestDetail(ctx.sqlite, id, dayOf(ctx.now()));
    updateRecord(ctx, 'requests', id, columns({ ...header, requesterOrgId, providerOrgId }));
    if (lines) {
      deleteRecords(ctx, 'request_lines', 'request_id', id);
      insertLines(ctx, id, lines);
    }
    const after = requestDetail(ctx.sqlite, id, dayOf(ctx.now()));
    recordAudit(ctx, [
      { entity: ENTITY, entityId: id, before: { ...before.request, lines: before.lines }, after: { ...after.request, lines: after.lines } },
    ]);
    return after;
  });
}
