import type { z } from 'zod';
import { storeText, type StoredParams } from '../core/stored-text';
import type { MessageKey } from '../../api/i18n/en';
import type { RequestRow } from '../../../db/schema';
import type { FieldIssue } from '../../api/result';
import type { actOnRequestInput, commitRequestInput, deliverRequestInput, RequestDetail } from '../../api/requests';
import { FULFILMENT_LINK_KEYS, say } from '../../api/i18n';
import type { FulfilmentLink, RequestAction, RequestStatus } from '../../api/vocabularies';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, invalid, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { insertRecord, updateRecord } from '../core/write';
import { dayOf } from '../stock/dates';
import { all, one } from '../stock/sql';
import { assertAllowed, requirements, word } from '../workflow/engine';
import { REQUEST_ACTION_TARGET, REQUEST_WORKFLOW } from '../workflow/requests';
import { ENTITY } from './edit';
import { factsOf, loadRequest } from './rows';
import { assertSide, type Actor } from './side';
import { addTimelineEntry } from './timeline';
import { requestDetail } from './views';
import { actionTime } from './when';

/**
 * The workflow's actions on a stored request, each one transaction: the state must allow it
 * (else conflict, naming the state), the acting organisation must be on the action's side (else
 * a rule violation naming who may), submitting needs what the rules require, decline, partial
 * approval and cancel need a comment. Every action moves the request's version on and adds a
 * timeline entry. A refusal writes nothing.
 */

export interface LineRow {
  id: string;
  lineNo: number;
  quantity: number;
  unit: string;
  approvedQuantity: number | null;
  committedQuantity: number | null;
  deliveredQuantity: number;
}
export const linesOf = (ctx: ServiceContext, requestId: string) =>
  all<LineRow>(
    ctx.sqlite,
    `SELECT id, line_no AS lineNo, quantity, unit, approved_quantity AS approvedQuantity, committed_quantity AS committedQuantity,
       delivered_quantity AS deliveredQuantity FROM request_lines WHERE request_id = ? ORDER BY line_no`,
    requestId,
  );

/** The request's lines and the one an action names; refused when the request has no such line. */
export function lineNamed(ctx: ServiceContext, stored: RequestRow, lineId: string): { lines: LineRow[]; line: LineRow } {
  const lines = linesOf(ctx, stored.id);
  const line = lines.find((l) => l.id === lineId);
  if (!line)
    throw invalid(say('requestCore.noSuchLine', { number: stored.number }), [
      { path: ['lineId'], message: say('requestCore.noSuchLineShort') },
    ]);
  return { lines, line };
}

/** Loads the request and runs the checks every action shares, in the order a person reads them. */
export function begin(
  ctx: ServiceContext,
  input: { id: string; version: number; actingOrgId?: string | null; comment?: string; occurredAt?: string },
  action: RequestAction,
): { stored: RequestRow; actor: Actor; at: string } {
  const stored = loadRequest(ctx.sqlite, input.id);
  if (!stored) throw notFound(say('requestCore.requestNoun'), input.id);
  checkVersion(say('requestCore.request', { number: stored.number }), stored.version, input.version);
  const facts = factsOf(ctx.sqlite, stored);
  assertAllowed(REQUEST_WORKFLOW, facts, action);
  const actor = assertSide(ctx, stored, input.actingOrgId, action);
  const missing = requirements(REQUEST_WORKFLOW, facts, action);
  if (missing.length > 0)
    throw invalid(say('requestCore.notReady', { number: stored.number, problems: missing.map((m) => m.message).join('; ') }), missing);
  const def = REQUEST_WORKFLOW.actions[action];
  if (def.inputs?.some((i) => i.field === 'comment') && !input.comment)
    throw invalid(say('requestCore.needsComment', { action: word(def.label), input: word(def.inputs[0].label).toLocaleLowerCase() }), [
      { path: ['comment'], message: say('requestCore.commentRequired') },
    ]);
  return { stored, actor, at: actionTime(ctx.sqlite, stored.id, input.occurredAt, ctx.now()) };
}

export function finish(ctx: ServiceContext, stored: RequestRow, before: RequestDetail): RequestDetail {
  const after = requestDetail(ctx.sqlite, stored.id, dayOf(ctx.now()));
  recordAudit(ctx, [
    {
      entity: ENTITY,
      entityId: stored.id,
      before: { ...before.request, lines: before.lines },
      after: { ...after.request, lines: after.lines },
    },
  ]);
  return after;
}

/** When a move stamps the request: submitted, decided, fulfilled, closed. */
function stamps(to: RequestStatus, at: string): Record<string, string> {
  if (to === 'submitted') return { submitted_at: at };
  if (to === 'approved' || to === 'partially_approved' || to === 'declined') return { decided_at: at };
  if (to === 'fulfilled') return { fulfilled_at: at };
  if (to === 'closed' || to === 'cancelled') return { closed_at: at };
  return {};
}

export function actOnRequest(ctx: ServiceContext, input: z.output<typeof actOnRequestInput>): RequestDetail {
  return inTransaction(ctx, () => {
    const { stored, actor, at } = begin(ctx, input, input.action);
    const before = requestDetail(ctx.sqlite, stored.id, dayOf(ctx.now()));
    const to = REQUEST_ACTION_TARGET[input.action]!;
    const lines = linesOf(ctx, stored.id);
    if (input.action === 'approve') {
      for (const l of lines) updateRecord(ctx, 'request_lines', l.id, { approved_quantity: l.quantity });
    } else if (input.action === 'approvePartially') {
      const issues: FieldIssue[] = [];
      const granted = new Map<string, number>();
      (input.lines ?? []).forEach((g, i) => {
        const line = lines.find((l) => l.id === g.lineId);
        if (!line) issues.push({ path: ['lines', i, 'lineId'], message: say('requestCore.noSuchLine', { number: stored.number }) });
        else if (g.approvedQuantity > line.quantity)
          issues.push({
            path: ['lines', i, 'approvedQuantity'],
            message: say('requestCore.approveAtMost', { line: line.lineNo, quantity: line.quantity, unit: line.unit }),
          });
        else granted.set(line.id, g.approvedQuantity);
      });
      if (issues.length > 0)
        throw invalid(say('requestCore.nothingWritten', { problems: issues.map((i) => i.message).join('; ') }), issues);
      const approved = lines.map((l) => granted.get(l.id) ?? l.quantity);
      if (approved.every((q, i) => q === lines[i].quantity))
        throw invalid(say('requestCore.partAllApproved'), [{ path: ['lines'], message: say('requestCore.everyLineFull') }]);
      if (approved.every((q) => q === 0))
        throw invalid(say('requestCore.partNothing'), [{ path: ['lines'], message: say('requestCore.nothingApproved') }]);
      lines.forEach((l, i) => updateRecord(ctx, 'request_lines', l.id, { approved_quantity: approved[i] }));
    }
    updateRecord(ctx, 'requests', stored.id, { status: to, ...stamps(to, at) });
    addTimelineEntry(ctx, {
      requestId: stored.id,
      orgId: actor.orgId,
      action: input.action,
      from: stored.status,
      to,
      comment: input.comment,
      at,
    });
    return finish(ctx, stored, before);
  });
}

/** The provider commits quantities (or capacity) and an availability date per line; an approval moves to in progress. */
/** A delivery's kind as the timeline names it: its catalogue key, worded when the timeline is read. */
const FULFILMENT_LINK_WORDS: Record<FulfilmentLink, MessageKey> = {
  stock_issue: 'vocab.fulfilmentLink.stock_issue',
  convoy: 'vocab.fulfilmentLink.convoy',
  storage: 'vocab.fulfilmentLink.storage',
  other: 'vocab.fulfilmentLink.other',
};

export function commitRequest(ctx: ServiceContext, input: z.output<typeof commitRequestInput>): RequestDetail {
  return inTransaction(ctx, () => {
    const { stored, actor, at } = begin(ctx, input, 'commit');
    const before = requestDetail(ctx.sqlite, stored.id, dayOf(ctx.now()));
    const lines = linesOf(ctx, stored.id);
    const issues: FieldIssue[] = [];
    const committed: StoredParams[] = [];
    input.lines.forEach((c, i) => {
      const line = lines.find((l) => l.id === c.lineId);
      if (!line) return issues.push({ path: ['lines', i, 'lineId'], message: say('requestCore.noSuchLine', { number: stored.number }) });
      const approved = line.approvedQuantity ?? 0;
      if (c.quantity > approved)
        return issues.push({
          path: ['lines', i, 'quantity'],
          message: say('requestCore.commitAtMost', { line: line.lineNo, quantity: approved, unit: line.unit }),
        });
      if (c.quantity < line.deliveredQuantity)
        return issues.push({
          path: ['lines', i, 'quantity'],
          message: say('requestCore.commitAtLeast', { line: line.lineNo, quantity: line.deliveredQuantity, unit: line.unit }),
        });
      updateRecord(ctx, 'request_lines', line.id, { committed_quantity: c.quantity, available_from: c.availableFrom ?? null });
      committed.push({
        line: line.lineNo,
        quantity: c.quantity,
        unit: line.unit,
        from: c.availableFrom ? { day: c.availableFrom } : 'none',
      });
    });
    if (issues.length > 0) throw invalid(say('requestCore.nothingWritten', { problems: issues.map((i) => i.message).join('; ') }), issues);
    const to: RequestStatus = 'in_progress';
    updateRecord(ctx, 'requests', stored.id, stored.status === to ? {} : { status: to });
    // Stored as keys and values: each reader sees it in their language, the days in their date style.
    const [first, ...more] = committed;
    const comment = storeText(
      'committed',
      first,
      more.map((params) => ({ part: 'committedMore' as const, params })),
      input.comment ?? '',
    );
    addTimelineEntry(ctx, { requestId: stored.id, orgId: actor.orgId, action: 'commit', from: stored.status, to, comment, at });
    return finish(ctx, stored, before);
  });
}

/** Records what delivered part of a line; when every approved quantity is delivered the request is fulfilled. */
export function deliverRequest(ctx: ServiceContext, input: z.output<typeof deliverRequestInput>): RequestDetail {
  return inTransaction(ctx, () => {
    const { stored, actor, at } = begin(ctx, input, 'deliver');
    const before = requestDetail(ctx.sqlite, stored.id, dayOf(ctx.now()));
    const { lines, line } = lineNamed(ctx, stored, input.lineId);
    const remaining = (line.approvedQuantity ?? 0) - line.deliveredQuantity;
    if (input.quantity > remaining)
      throw invalid(say('requestCore.deliverRemaining', { line: line.lineNo, remaining, unit: line.unit }), [
        { path: ['quantity'], message: say('requestCore.atMost', { max: remaining }) },
      ]);
    if (input.link === 'convoy')
      throw invalid(say('requestCore.convoyDeliversOnArrival'), [{ path: ['link'], message: say('requestCore.convoyDeliversOnArrival') }]);
    if (input.link === 'stock_issue') {
      // Named by id (a picker) or by its number typed as the reference (FOB-N-ISS-2026-00012).
      const doc = one<{ id: string; kind: string; status: string }>(
        ctx.sqlite,
        'SELECT id, kind, status FROM stock_documents WHERE id = ? OR (? IS NULL AND number = ?)',
        input.stockDocumentId ?? null,
        input.stockDocumentId ?? null,
        input.reference ?? '',
      );
      if (!doc || doc.kind !== 'issue' || doc.status !== 'posted')
        throw invalid(say('requestCore.nameIssue'), [
          { path: [input.stockDocumentId ? 'stockDocumentId' : 'reference'], message: say('requestCore.aPostedIssue') },
        ]);
      input.stockDocumentId = doc.id;
    } else if (!input.reference)
      throw invalid(say('requestCore.giveReference', { link: say(FULFILMENT_LINK_KEYS[input.link]).toLocaleLowerCase() }), [
        { path: ['reference'], message: say('requestCore.requiredShort') },
      ]);
    const deliveredOn = input.deliveredOn ?? dayOf(at);
    if (deliveredOn > dayOf(ctx.now()))
      throw invalid(say('requestCore.deliveredFuture'), [{ path: ['deliveredOn'], message: say('requestCore.inFuture') }]);
    recordDelivery(ctx, stored, lines, line, {
      quantity: input.quantity,
      deliveredOn,
      link: input.link,
      stockDocumentId: input.link === 'stock_issue' ? (input.stockDocumentId ?? null) : null,
      reference: input.reference ?? '',
      note: input.note ?? '',
      orgId: actor.orgId,
      at,
    });
    return finish(ctx, stored, before);
  });
}

/**
 * Writes one delivery of a line (its fulfilment, the line's delivered quantity, the timeline
 * entry) and fulfils the request when every approved quantity is delivered. The checks are the
 * caller's (a person's delivery, or a linked convoy's arrival). Returns the fulfilment's id.
 */
export function recordDelivery(
  ctx: ServiceContext,
  stored: RequestRow,
  lines: LineRow[],
  line: LineRow,
  d: {
    quantity: number;
    deliveredOn: string;
    link: FulfilmentLink;
    stockDocumentId: string | null;
    reference: string;
    note: string;
    orgId: string;
    at: string;
  },
): string {
  const { id } = insertRecord(ctx, 'request_fulfilments', {
    request_id: stored.id,
    line_id: line.id,
    quantity: d.quantity,
    delivered_on: d.deliveredOn,
    link: d.link,
    stock_document_id: d.stockDocumentId,
    reference: d.reference,
    note: d.note,
  });
  updateRecord(ctx, 'request_lines', line.id, { delivered_quantity: line.deliveredQuantity + d.quantity });
  const done = lines.every((l) => l.deliveredQuantity + (l.id === line.id ? d.quantity : 0) >= (l.approvedQuantity ?? 0));
  const to: RequestStatus = done ? 'fulfilled' : stored.status;
  updateRecord(ctx, 'requests', stored.id, done ? { status: to, ...stamps(to, d.at) } : {});
  addTimelineEntry(ctx, {
    requestId: stored.id,
    orgId: d.orgId,
    action: 'deliver',
    from: stored.status,
    to,
    comment: storeText(
      'delivered',
      { line: line.lineNo, quantity: d.quantity, unit: line.unit, link: { word: FULFILMENT_LINK_WORDS[d.link] } },
      [],
      d.note,
    ),
    at: d.at,
  });
  return id;
}
