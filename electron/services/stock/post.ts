import { say, sayDay } from '../../api/i18n';
import { DOCUMENT_PREFIXES, FEFO_DOCUMENT_KINDS } from '../../api/vocabularies';
import type { FieldIssue } from '../../api/result';
import { fourEyesRulesOf, largestLine, requireSecondOperator } from '../operators/four-eyes';
import type { ServiceContext } from '../core/context';
import { updateRecord } from '../core/write';
import { loadDoc, loadLines, type DocRow, type LineRow } from './document-rows';
import { backdateIssue, dayOf } from './dates';
import { checkHistory, postingMoment } from './history';
import { refuse } from './errors';
import { checkFefo, type PickLine } from './fefo';
import { checkHeaderRefs } from './header';
import { allocateNumber, checkAvailability, findOrCreateLot, writeEntries, type PlannedEntry } from './ledger-write';
import type { Lookups } from './lookups';
import { assertDocumentAction, workflowOf } from './workflow';
import { requirements } from '../workflow/engine';

/**
 * The lot a line without one brings in: receipts (and adjustments bringing in a batch) name the
 * lot by its identity, and posting finds or creates it. A document created and posted in one call
 * resolves these before its lines are inserted (documents.ts), saving an update per line.
 */
export function lotOfNewBatch(
  ctx: ServiceContext,
  look: Lookups,
  doc: Pick<DocRow, 'kind' | 'counterpartyOrgId'>,
  line: Pick<LineRow, 'itemId' | 'lotNumber' | 'expiryDate' | 'ownerOrgId' | 'donorOrgId'>,
): string {
  return findOrCreateLot(ctx, look, {
    itemId: line.itemId!,
    lotNumber: line.lotNumber,
    expiryDate: line.expiryDate,
    ownerOrgId: line.ownerOrgId!,
    donorOrgId: line.donorOrgId ?? (doc.kind === 'receipt' ? doc.counterpartyOrgId : null),
  }).id;
}

/** Turns each line of a draft into its signed ledger entries, resolving (or creating) lots. */
function planEntries(ctx: ServiceContext, look: Lookups, doc: DocRow, lines: LineRow[], issues: FieldIssue[]): PlannedEntry[] {
  const entries: PlannedEntry[] = [];
  const reason = doc.reasonCode;
  lines.forEach((line, i) => {
    let lotId = line.lotId;
    if (!lotId) {
      lotId = lotOfNewBatch(ctx, look, doc, line);
      line.lotId = lotId;
      updateRecord(ctx, 'stock_document_lines', line.id, { lot_id: lotId });
    }
    const lot = look.lot(lotId)!;
    const base = {
      lineIndex: i,
      lineId: line.id,
      lotId,
      itemId: lot.itemId,
      reasonCode: reason,
      fefoOverrideReason: line.fefoOverrideReason,
    };
    const q = line.quantity;
    const at = (siteId: string, condition: PlannedEntry['condition'], quantity: number) =>
      entries.push({ ...base, siteId, condition, quantity });
    switch (doc.kind) {
      case 'receipt':
        at(doc.siteId, line.condition, q);
        break;
      case 'issue':
        at(doc.siteId, 'good', -q);
        break;
      case 'transfer_out':
        at(doc.siteId, 'good', -q);
        at(doc.otherSiteId!, 'in_transit', q);
        break;
      case 'adjustment':
        at(doc.siteId, line.condition, line.direction === 'decrease' ? -q : q);
        break;
      case 'loss':
        at(doc.siteId, line.condition, -q);
        break;
      case 'damage':
        at(doc.siteId, line.condition, -q);
        if (!line.writeOff) at(doc.siteId, 'damaged', q);
        break;
      case 'condition_change':
        at(doc.siteId, line.condition, -q);
        at(doc.siteId, line.toCondition!, q);
        break;
      case 'ownership_transfer': {
        if (!doc.toOwnerOrgId) break;
        const target = findOrCreateLot(ctx, look, {
          itemId: lot.itemId,
          lotNumber: lot.lotNumber,
          expiryDate: lot.expiryDate,
          ownerOrgId: doc.toOwnerOrgId,
          donorOrgId: lot.donorOrgId,
        });
        at(doc.siteId, line.condition, -q);
        entries.push({ ...base, lotId: target.id, siteId: doc.siteId, condition: line.condition, quantity: q });
        break;
      }
      default:
        issues.push({ path: ['kind'], message: say('stock.postedByOwnOperation', { kind: doc.kind }) });
    }
  });
  return entries;
}

/** Stock rules that depend on the lot: whose stock it is and whether it has expired. */
function checkLotRules(look: Lookups, doc: DocRow, lines: LineRow[], issues: FieldIssue[], postingDay: string): void {
  const day = dayOf(doc.occurredAt);
  lines.forEach((line, i) => {
    const lot = look.lot(line.lotId!)!;
    const owner = look.org(lot.ownerOrgId)?.shortName ?? '?';
    if (
      (doc.kind === 'issue' || doc.kind === 'ownership_transfer' || doc.kind === 'transfer_out') &&
      doc.ownerOrgId &&
      lot.ownerOrgId !== doc.ownerOrgId
    ) {
      const wanted = look.org(doc.ownerOrgId)?.shortName ?? '?';
      issues.push({
        path: ['lines', i, 'lotId'],
        message: say('stock.otherOwner', { lot: look.describeLot(lot), owner, wanted }),
      });
    }
    // Judged at the document's date and at the posting date: a backdated issue does not revive an expired lot.
    if ((doc.kind === 'issue' || doc.kind === 'transfer_out') && lot.expiryDate && (lot.expiryDate < day || lot.expiryDate < postingDay)) {
      const when = lot.expiryDate < day ? '' : say('stock.expiredWhen', { today: sayDay(postingDay) });
      issues.push({
        path: ['lines', i, 'lotId'],
        message: say(doc.kind === 'issue' ? 'stock.expiredIssue' : 'stock.expiredDispatch', {
          lot: look.describeLot(lot),
          expiry: sayDay(lot.expiryDate),
          when,
        }),
      });
    }
  });
  if (FEFO_DOCUMENT_KINDS.includes(doc.kind)) {
    const picks: PickLine[] = lines.map((l, i) => {
      const lot = look.lot(l.lotId!)!;
      return {
        index: i,
        lotId: lot.id,
        itemId: lot.itemId,
        ownerOrgId: lot.ownerOrgId,
        quantity: l.quantity,
        fefoOverrideReason: l.fefoOverrideReason,
      };
    });
    issues.push(...checkFefo(look.sqlite, look, doc.siteId, day, picks, 'lines'));
  }
}

/**
 * Writes a planned document to the ledger: every stock rule is checked first, then the number is
 * allocated, entries and balances written and the document marked posted, all in the caller's
 * transaction (so a refusal leaves no entry, no balance change and no used number).
 */
export function commitPosting(
  ctx: ServiceContext,
  look: Lookups,
  given: DocRow,
  entries: PlannedEntry[],
  ruleIssues: FieldIssue[],
): string {
  const postedAt = ctx.now();
  const doc = { ...given, occurredAt: postingMoment(ctx, given.occurredAt, entries, postedAt) };
  const availability = checkAvailability(ctx, look, entries, 'lines');
  const issues = [...ruleIssues, ...availability];
  const backdated = backdateIssue(ctx, doc.occurredAt, doc.backdateReason);
  if (backdated) issues.unshift(backdated);
  // Dates between the document's and now: only worth reading when today's balances suffice.
  if (availability.length === 0) issues.push(...checkHistory(ctx, look, doc.occurredAt, entries, 'lines'));
  if (issues.length > 0) throw refuse('rule_violation', issues, 'nothing was posted');
  const site = look.site(doc.siteId)!;
  const number = allocateNumber(ctx, doc.siteId, site.code, DOCUMENT_PREFIXES[doc.kind], postedAt);
  writeEntries(ctx, doc.id, doc.kind, doc.occurredAt, entries);
  updateRecord(ctx, 'stock_documents', doc.id, {
    status: 'posted',
    ...(doc.occurredAt !== given.occurredAt ? { occurred_at: doc.occurredAt } : {}),
    number,
    posted_at: postedAt,
    posted_by: ctx.operator() ?? '(setup)',
    // Four-eyes: the approver who checked this posting with their PIN ("Checked by" on the forms).
    ...(ctx.secondOperator ? { second_operator_id: ctx.secondOperator.id, second_operator: ctx.secondOperator.displayName } : {}),
  });
  return number;
}

/** Posts a user-made draft (receipt, issue, transfer out, adjustment, loss, damage, condition change, ownership transfer). */
export function postDraft(ctx: ServiceContext, look: Lookups, docId: string): { before: DocRow; lines: LineRow[] } {
  const doc = loadDoc(ctx.sqlite, docId);
  assertDocumentAction(ctx.sqlite, doc, 'post');
  if (doc.kind === 'adjustment') {
    const rules = fourEyesRulesOf(ctx.sqlite);
    if (rules.adjustments && largestLine(ctx.sqlite, doc.id) > rules.adjustmentQuantity) requireSecondOperator(ctx, 'adjustments');
  }
  const lines = loadLines(ctx.sqlite, docId);
  const issues: FieldIssue[] = [];
  checkHeaderRefs(look, doc.kind, doc, issues);
  // What the kind's workflow requires before posting (a destination, a consignee, a reason…).
  issues.push(...requirements(workflowOf(doc), doc, 'post'));
  if (lines.length === 0) issues.push({ path: ['lines'], message: say('stock.addLine') });
  lines.forEach((l, i) => {
    if (l.quantity <= 0) issues.push({ path: ['lines', i, 'quantity'], message: say('stock.quantityAtLeast1') });
    if (l.itemId && !l.lotId) {
      // Checked again here, not only when the line was saved: the item may have changed since.
      const item = look.item(l.itemId);
      if (item?.archived) issues.push({ path: ['lines', i, 'itemId'], message: say('stock.itemArchived', { code: item.code }) });
      if (item?.needsLotExpiry && !l.lotNumber)
        issues.push({ path: ['lines', i, 'lotNumber'], message: say('stock.needsLot', { code: item.code }) });
      if (item?.needsLotExpiry && !l.expiryDate) {
        issues.push({ path: ['lines', i, 'expiryDate'], message: say('stock.needsExpiry', { code: item.code }) });
      }
    }
  });
  if (issues.length > 0) throw refuse('invalid_input', issues, 'nothing was posted');
  const entries = planEntries(ctx, look, doc, lines, issues);
  checkLotRules(look, doc, lines, issues, dayOf(ctx.now()));
  commitPosting(ctx, look, doc, entries, issues);
  return { before: doc, lines };
}
