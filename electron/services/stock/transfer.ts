import type { z } from 'zod';
import { say, sayDay, type MessageKey } from '../../api/i18n';
import type { LedgerCondition } from '../../api/vocabularies';
import type { FieldIssue } from '../../api/result';
import type { receiveTransferInput, StockDocumentDetail } from '../../api/stock';
import type { ServiceContext } from '../core/context';
import { checkVersion } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { dayOf, normaliseOccurredAt } from './dates';
import { insertDoc, insertLine, loadDoc, loadLines } from './document-rows';
import { linkToOriginal } from './documents';
import { refuse } from './errors';
import type { PlannedEntry } from './ledger-write';
import { Lookups } from './lookups';
import { commitPosting } from './post';
import { assertDocumentAction } from './workflow';

/** A receipt's reasons for differences: the line's own, else the receipt's default. */
type Reasons = Pick<z.output<typeof receiveTransferInput>, 'shortReason' | 'damagedReason' | 'overReason'>;

/**
 * The receiving side confirms a transfer: what arrived good, damaged, not at all (short) or
 * beyond what was sent (over), each difference with its reason. The goods leave the
 * destination's in-transit stock and become issuable only now.
 */
export function receiveTransfer(ctx: ServiceContext, input: z.output<typeof receiveTransferInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const transfer = loadDoc(ctx.sqlite, input.transferId);
    assertDocumentAction(ctx.sqlite, transfer, 'receive');
    checkVersion(
      transfer.number ? say('stockCore.transferNamed', { number: transfer.number }) : say('stockCore.thisDocument'),
      transfer.version,
      input.version,
    );
    const look = new Lookups(ctx.sqlite);
    const sent = loadLines(ctx.sqlite, transfer.id);
    const issues: FieldIssue[] = [];
    const given = new Map<string, { good: number; damaged: number; index: number } & Reasons>();
    if (input.lines) {
      input.lines.forEach((l, i) => {
        const line = sent.find((s) => s.id === l.lineId);
        if (!line)
          issues.push({ path: ['lines', i, 'lineId'], message: say('stockCore.notOnTransfer', { number: transfer.number ?? '' }) });
        else if (given.has(l.lineId)) issues.push({ path: ['lines', i, 'lineId'], message: say('stockCore.transferLineTwice') });
        else given.set(l.lineId, { ...l, index: i });
      });
      sent.forEach((s) => {
        if (!given.has(s.id) && !issues.length) {
          const lot = look.lot(s.lotId!)!;
          issues.push({
            path: ['lines'],
            message: say('stockCore.sayWhatArrived', { line: s.lineNo, lot: look.describeLot(lot) }),
          });
        }
      });
    }
    const arrived = sent.map((s) => {
      const got = given.get(s.id) ?? { good: s.quantity, damaged: 0, index: -1 };
      const a = splitArrival(s.quantity, got.good, got.damaged);
      const reason = (which: keyof Reasons, count: number, key: MessageKey) => {
        const r = got[which] ?? input[which] ?? null;
        if (count > 0 && !r)
          issues.push({
            path: ['lines', got.index, which],
            message: say(key, { count, unit: look.item(look.lot(s.lotId!)!.itemId)?.baseUnit ?? '' }),
          });
        return count > 0 ? r : null;
      };
      return {
        ...a,
        shortReason: reason('shortReason', a.short, 'receiptCore.shortNeedsReason'),
        damagedReason: reason('damagedReason', got.damaged, 'receiptCore.damagedNeedsReason'),
        overReason: reason('overReason', a.over, 'receiptCore.overNeedsReason'),
      };
    });
    if (issues.length > 0) throw refuse('invalid_input', issues, say('receiptCore.nothingReceived'));

    const occurredAt = receiptMoment(input.occurredAt, transfer.occurredAt, ctx.now());
    const destination = transfer.otherSiteId!;
    const id = insertDoc(ctx, {
      siteId: destination,
      kind: 'transfer_in',
      occurredAt,
      backdateReason: input.backdateReason ?? '',
      counterpartyOrgId: null,
      otherSiteId: transfer.siteId,
      ownerOrgId: transfer.ownerOrgId,
      toOwnerOrgId: null,
      reasonCode: null,
      reference: transfer.number ?? '',
      notes: input.notes ?? '',
      countCategory: null,
      relatedDocumentId: transfer.id,
      reversesDocumentId: null,
    });
    const entries: PlannedEntry[] = [];
    sent.forEach((s, i) => {
      const a = arrived[i];
      const lineId = insertLine(
        ctx,
        id,
        i + 1,
        {
          ...s,
          quantity: a.good,
          damagedQuantity: a.damaged,
          shortQuantity: a.short,
          sourceLineId: s.id,
          fefoOverrideReason: null,
          notes: '',
        },
        { overQuantity: a.over, shortReason: a.shortReason, damagedReason: a.damagedReason, overReason: a.overReason },
      );
      const lot = look.lot(s.lotId!)!;
      const base = { lineIndex: i, lineId, lotId: lot.id, itemId: lot.itemId, siteId: destination, fefoOverrideReason: null };
      const move = (condition: LedgerCondition, quantity: number, reasonCode: string | null, fromTransit: boolean) => {
        if (quantity <= 0) return;
        if (fromTransit) entries.push({ ...base, condition: 'in_transit', quantity: -quantity, reasonCode });
        entries.push({ ...base, condition, quantity, reasonCode });
      };
      move('good', a.goodFromTransit, null, true);
      move('damaged', a.damagedFromTransit, a.damagedReason, true);
      move('good', a.good - a.goodFromTransit, a.overReason, false);
      move('damaged', a.damaged - a.damagedFromTransit, a.overReason, false);
      if (a.short > 0) entries.push({ ...base, condition: 'in_transit', quantity: -a.short, reasonCode: a.shortReason });
    });
    commitPosting(ctx, look, loadDoc(ctx.sqlite, id), entries, []);
    return linkToOriginal(ctx, id, transfer, 'received_by_document_id');
  });
}

/**
 * How `good` and `damaged` received of `sent` split: what comes out of transit (damaged first,
 * then good), what is short, and what is over (beyond what was sent, counted into good first).
 */
export function splitArrival(sent: number, good: number, damaged: number) {
  const damagedFromTransit = Math.min(damaged, sent);
  const goodFromTransit = Math.min(good, sent - damagedFromTransit);
  return {
    good,
    damaged,
    goodFromTransit,
    damagedFromTransit,
    short: sent - damagedFromTransit - goodFromTransit,
    over: good + damaged - goodFromTransit - damagedFromTransit,
  };
}

/**
 * The receipt's moment. A receipt dated by day on the day the transfer was sent is recorded at
 * the sending moment if noon (a date's time) is before it: the goods cannot arrive before they
 * left, and "today" must not be refused for a transfer sent this afternoon.
 */
function receiptMoment(given: string | undefined, sentAt: string, now: string): string {
  const at = normaliseOccurredAt(given, now);
  if (at >= sentAt) return at;
  if (dayOf(at) === dayOf(sentAt)) return sentAt;
  throw refuse('rule_violation', [
    { path: ['occurredAt'], message: say('receiptCore.beforeSent', { day: sayDay(at), sent: sayDay(sentAt) }) },
  ]);
}
