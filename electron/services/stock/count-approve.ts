import type { z } from 'zod';
import type { approveCountInput, CountApproval } from '../../api/stock';
import { STOCK_REASONS, type StockReasonCode } from '../../api/vocabularies';
import { storeText } from '../core/stored-text';
import { recordAudit } from '../audit/record';
import { fourEyesRules, requireSecondOperator, verifySecondOperator } from '../operators/four-eyes';
import type { ServiceContext } from '../core/context';
import { checkVersion, ruleViolation } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { updateRecord } from '../core/write';
import { countFor } from './count';
import { insertDoc, insertLine, loadDoc } from './document-rows';
import { documentDetail, documentView } from './document-views';
import { auditShape } from './documents';
import type { PlannedEntry } from './ledger-write';
import { Lookups } from './lookups';
import { commitPosting } from './post';
import { say } from '../../api/i18n';
import { all } from './sql';

/** Refuses while any line has no counted quantity (0 is a count: nothing found). */
export function refuseUncounted(lines: readonly { lineNo: number; counted: number | null }[]): void {
  const uncounted = lines.filter((l) => l.counted === null);
  if (uncounted.length === 0) return;
  throw ruleViolation(
    say('stockCore.notCounted', { count: uncounted.length, first: uncounted[0].lineNo }),
    uncounted.slice(0, 200).map((l) => ({ path: ['lines', l.lineNo - 1, 'counted'], message: say('stockCore.notCountedShort') })),
  );
}

/** Who counted a sheet: whoever typed a count on it and whoever submitted it (names as stamped). */
const countersOf = (ctx: ServiceContext, id: string): string[] =>
  all<{ name: string }>(
    ctx.sqlite,
    `SELECT counted_by AS name FROM stock_count_lines WHERE document_id = ? AND counted_by IS NOT NULL
     UNION SELECT submitted_by FROM stock_documents WHERE id = ? AND submitted_by IS NOT NULL`,
    id,
    id,
  ).map((r) => r.name);

/**
 * Approving a count posts one adjustment for every line whose counted quantity differs from the
 * snapshot (each entry with its line's reason, or the sheet's: physical count difference by default), then closes the sheet with its own number. If stock moved
 * since the sheet was made, the snapshot is stale and approval is refused rather than guessed at.
 */
export function approveCount(ctx: ServiceContext, input: z.output<typeof approveCountInput>): CountApproval {
  const rules = fourEyesRules(ctx);
  // Before the transaction: a wrong PIN counts toward the approver's lock even though the approval is refused.
  // With four-eyes on, the one who checks is someone other than whoever counted the sheet.
  if (input.secondOperator) verifySecondOperator(ctx, input.secondOperator, rules.countApproval ? countersOf(ctx, input.id) : []);
  return inTransaction(ctx, () => {
    const doc = countFor(ctx, input.id, 'approve');
    checkVersion(say('stockCore.thisCountSheet'), doc.version, input.version);
    if (rules.countApproval) requireSecondOperator(ctx, 'countApproval');
    const reasonOf = (l: { reasonCode: string | null }) => (l.reasonCode ?? doc.reasonCode ?? 'count_difference') as StockReasonCode;
    const look = new Lookups(ctx.sqlite);
    const lines = all<{
      id: string;
      lineNo: number;
      lotId: string;
      itemId: string;
      condition: 'good' | 'damaged' | 'quarantined';
      expected: number;
      counted: number | null;
      current: number | null;
      reasonCode: string | null;
    }>(
      ctx.sqlite,
      `SELECT c.id, c.line_no AS lineNo, c.lot_id AS lotId, c.item_id AS itemId, c.condition, c.expected, c.counted, b.quantity AS current,
         c.reason_code AS reasonCode
       FROM stock_count_lines c LEFT JOIN stock_balances b ON b.site_id = ? AND b.lot_id = c.lot_id AND b.condition = c.condition
       WHERE c.document_id = ? ORDER BY c.line_no`,
      doc.siteId,
      doc.id,
    );
    refuseUncounted(lines);
    const moved = lines.filter((l) => (l.current ?? 0) !== l.expected);
    if (moved.length > 0) {
      const first = moved[0];
      throw ruleViolation(
        say('stockCore.stockMoved', {
          count: moved.length,
          line: first.lineNo,
          lot: look.describeLot(look.lot(first.lotId)!),
          expected: first.expected,
          now: first.current ?? 0,
        }),
        moved
          .slice(0, 200)
          .map((l) => ({ path: ['lines', l.lineNo - 1, 'expected'], message: say('stockCore.nowShort', { now: l.current ?? 0 }) })),
      );
    }
    const differing = lines.filter((l) => l.counted !== l.expected);
    let adjustment: CountApproval['adjustment'] = null;
    if (differing.length > 0) {
      const adjId = insertDoc(ctx, {
        siteId: doc.siteId,
        kind: 'adjustment',
        occurredAt: doc.occurredAt,
        backdateReason: doc.backdateReason,
        counterpartyOrgId: null,
        otherSiteId: null,
        ownerOrgId: null,
        toOwnerOrgId: null,
        reasonCode: 'count_difference',
        reference: '',
        notes: input.notes ?? '',
        countCategory: null,
        relatedDocumentId: doc.id,
        reversesDocumentId: null,
      });
      const entries: PlannedEntry[] = [];
      differing.forEach((l, i) => {
        const diff = l.counted! - l.expected;
        const lot = look.lot(l.lotId)!;
        const lineId = insertLine(ctx, adjId, i + 1, {
          itemId: lot.itemId,
          lotId: lot.id,
          lotNumber: lot.lotNumber,
          expiryDate: lot.expiryDate,
          ownerOrgId: lot.ownerOrgId,
          donorOrgId: lot.donorOrgId,
          condition: l.condition,
          toCondition: null,
          direction: diff > 0 ? 'increase' : 'decrease',
          quantity: Math.abs(diff),
          packName: null,
          packCount: null,
          writeOff: false,
          damagedQuantity: 0,
          shortQuantity: 0,
          sourceLineId: l.id,
          fefoOverrideReason: null,
          // Worded when read, in each reader's language (the reason by its catalogue key).
          notes: storeText('countNote', {
            line: l.lineNo,
            expected: l.expected,
            counted: l.counted!,
            reason: { word: STOCK_REASONS[reasonOf(l)].label },
          }),
        });
        entries.push({
          lineIndex: i,
          lineId,
          lotId: lot.id,
          itemId: lot.itemId,
          siteId: doc.siteId,
          condition: l.condition,
          quantity: diff,
          reasonCode: reasonOf(l),
          fefoOverrideReason: null,
        });
      });
      commitPosting(ctx, look, loadDoc(ctx.sqlite, adjId), entries, []);
      adjustment = documentDetail(ctx.sqlite, adjId);
    }
    // The sheet itself gets a number and is closed, pointing at its adjustment; it writes no entries of its own.
    if (adjustment) updateRecord(ctx, 'stock_documents', doc.id, { related_document_id: adjustment.document.id });
    commitPosting(ctx, look, doc, [], []);
    const count = documentView(ctx.sqlite, doc.id);
    recordAudit(ctx, [
      { entity: 'stock_document', entityId: doc.id, before: doc, after: { ...count, workflow: undefined } },
      ...(adjustment ? [{ entity: 'stock_document', entityId: adjustment.document.id, before: null, after: auditShape(adjustment) }] : []),
    ]);
    return { count, adjustment };
  });
}
