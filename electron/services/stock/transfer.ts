import type { z } from 'zod';
import type { FieldIssue } from '../../api/result';
import type { receiveTransferInput, StockDocumentDetail } from '../../api/stock';
import type { ServiceContext } from '../core/context';
import { checkVersion } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { normaliseOccurredAt } from './dates';
import { insertDoc, insertLine, loadDoc, loadLines } from './document-rows';
import { linkToOriginal } from './documents';
import { refuse } from './errors';
import type { PlannedEntry } from './ledger-write';
import { Lookups } from './lookups';
import { commitPosting } from './post';
import { assertDocumentAction } from './workflow';

/**
 * The receiving side confirms a transfer: what arrived good, damaged, or not at all (short).
 * The goods leave the destination's in-transit stock and become issuable only now.
 */
export function receiveTransfer(ctx: ServiceContext, input: z.output<typeof receiveTransferInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const transfer = loadDoc(ctx.sqlite, input.transferId);
    assertDocumentAction(ctx.sqlite, transfer, 'receive');
    checkVersion(`Transfer ${transfer.number}`, transfer.version, input.version);
    const look = new Lookups(ctx.sqlite);
    const sent = loadLines(ctx.sqlite, transfer.id);
    const issues: FieldIssue[] = [];
    const given = new Map<string, { good: number; damaged: number; index: number }>();
    if (input.lines) {
      input.lines.forEach((l, i) => {
        const line = sent.find((s) => s.id === l.lineId);
        if (!line) issues.push({ path: ['lines', i, 'lineId'], message: `This line is not on transfer ${transfer.number}` });
        else if (given.has(l.lineId)) issues.push({ path: ['lines', i, 'lineId'], message: 'This transfer line is given twice' });
        else if (l.good + l.damaged > line.quantity) {
          issues.push({
            path: ['lines', i, 'good'],
            message: `Received ${l.good + l.damaged} but only ${line.quantity} were sent; record the extra with a receipt`,
          });
        } else given.set(l.lineId, { good: l.good, damaged: l.damaged, index: i });
      });
      sent.forEach((s) => {
        if (!given.has(s.id) && !issues.length) {
          const lot = look.lot(s.lotId!)!;
          issues.push({
            path: ['lines'],
            message: `Say what arrived of transfer line ${s.lineNo} (${look.describeLot(lot)}); give 0 if nothing did`,
          });
        }
      });
    }
    if (issues.length > 0) throw refuse('invalid_input', issues, 'nothing was received');

    const occurredAt = normaliseOccurredAt(input.occurredAt, ctx.now());
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
      const got = given.get(s.id) ?? { good: s.quantity, damaged: 0 };
      const short = s.quantity - got.good - got.damaged;
      const lineId = insertLine(ctx, id, i + 1, {
        ...s,
        quantity: got.good,
        damagedQuantity: got.damaged,
        shortQuantity: short,
        sourceLineId: s.id,
        fefoOverrideReason: null,
        notes: '',
      });
      const lot = look.lot(s.lotId!)!;
      const base = { lineIndex: i, lineId, lotId: lot.id, itemId: lot.itemId, siteId: destination, fefoOverrideReason: null };
      if (got.good > 0) {
        entries.push({ ...base, condition: 'in_transit', quantity: -got.good, reasonCode: null });
        entries.push({ ...base, condition: 'good', quantity: got.good, reasonCode: null });
      }
      if (got.damaged > 0) {
        entries.push({ ...base, condition: 'in_transit', quantity: -got.damaged, reasonCode: 'handling' });
        entries.push({ ...base, condition: 'damaged', quantity: got.damaged, reasonCode: 'handling' });
      }
      if (short > 0) entries.push({ ...base, condition: 'in_transit', quantity: -short, reasonCode: 'lost_in_transit' });
    });
    commitPosting(ctx, look, loadDoc(ctx.sqlite, id), entries, []);
    return linkToOriginal(ctx, id, transfer, 'received_by_document_id');
  });
}
