import type { z } from 'zod';
import type { LedgerCondition } from '../../api/vocabularies';
import type { reverseDocumentInput, StockDocumentDetail } from '../../api/stock';
import { fourEyesRules, requireSecondOperator, verifySecondOperator } from '../operators/four-eyes';
import type { ServiceContext } from '../core/context';
import { checkVersion } from '../core/errors';
import { say } from '../../api/i18n';
import { inTransaction } from '../core/transaction';
import { normaliseOccurredAt } from './dates';
import { insertDoc, insertLine, loadDoc, loadLines } from './document-rows';
import { linkToOriginal } from './documents';
import type { PlannedEntry } from './ledger-write';
import { commitPosting } from './post';
import { Lookups } from './lookups';
import { all } from './sql';
import { assertDocumentAction } from './workflow';

/**
 * Reverses a posted document with a new document carrying the opposite entries; the original is
 * only marked as reversed, never edited. The reversal obeys the same non-negativity rule.
 */
export function reverseDocument(ctx: ServiceContext, input: z.output<typeof reverseDocumentInput>): StockDocumentDetail {
  // Before the transaction: a wrong PIN counts toward the approver's lock even though the reversal is refused.
  if (input.secondOperator) verifySecondOperator(ctx, input.secondOperator);
  return inTransaction(ctx, () => {
    const orig = loadDoc(ctx.sqlite, input.id);
    assertDocumentAction(ctx.sqlite, orig, 'reverse');
    checkVersion(
      orig.number ? say('stockCore.documentNamed', { number: orig.number }) : say('stockCore.thisDocument'),
      orig.version,
      input.version,
    );
    if (fourEyesRules(ctx).reversals) requireSecondOperator(ctx, 'reversals');
    const look = new Lookups(ctx.sqlite);
    const occurredAt = normaliseOccurredAt(input.occurredAt, ctx.now());
    const id = insertDoc(ctx, {
      siteId: orig.siteId,
      kind: 'reversal',
      occurredAt,
      backdateReason: input.backdateReason ?? '',
      counterpartyOrgId: orig.counterpartyOrgId,
      otherSiteId: orig.otherSiteId,
      ownerOrgId: orig.ownerOrgId,
      toOwnerOrgId: orig.toOwnerOrgId,
      reasonCode: null,
      reference: orig.number ?? '',
      notes: input.reason,
      countCategory: null,
      relatedDocumentId: orig.id,
      reversesDocumentId: orig.id,
    });
    const lineIndex = new Map<string, { id: string; index: number }>();
    loadLines(ctx.sqlite, orig.id).forEach((l, i) => {
      const newLine = insertLine(ctx, id, i + 1, { ...l, sourceLineId: l.id, fefoOverrideReason: null });
      lineIndex.set(l.id, { id: newLine, index: i });
    });
    const original = all<{
      lineId: string | null;
      lotId: string;
      itemId: string;
      siteId: string;
      condition: LedgerCondition;
      quantity: number;
    }>(
      ctx.sqlite,
      'SELECT line_id AS lineId, lot_id AS lotId, item_id AS itemId, site_id AS siteId, condition, quantity FROM stock_ledger WHERE document_id = ? ORDER BY id',
      orig.id,
    );
    const entries: PlannedEntry[] = original.map((e) => {
      const line = e.lineId ? lineIndex.get(e.lineId) : undefined;
      return {
        lineIndex: line?.index ?? 0,
        lineId: line?.id ?? null,
        lotId: e.lotId,
        itemId: e.itemId,
        siteId: e.siteId,
        condition: e.condition,
        quantity: -e.quantity,
        reasonCode: null,
        fefoOverrideReason: null,
      };
    });
    const rev = loadDoc(ctx.sqlite, id);
    commitPosting(ctx, look, rev, entries, []);
    return linkToOriginal(ctx, id, orig, 'reversed_by_document_id');
  });
}
