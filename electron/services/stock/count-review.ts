import type { z } from 'zod';
import type { CountLineView, CountSheet, setCountReasonInput, submitCountInput } from '../../api/stock';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, notFound } from '../core/errors';
import { say } from '../../api/i18n';
import { inTransaction } from '../core/transaction';
import { updateRecord } from '../core/write';
import { countFor, countLine, countSheet } from './count';
import { refuseUncounted } from './count-approve';
import { loadDoc } from './document-rows';
import { all, one } from './sql';

/**
 * The counter hands the sheet over for approval: every line must be counted; counting closes;
 * a blind count shows its expected quantities and differences from now on, to the approver and
 * to the counter alike (the count can no longer be changed to match them).
 */
export function submitCount(ctx: ServiceContext, input: z.output<typeof submitCountInput>): CountSheet {
  inTransaction(ctx, () => {
    const doc = countFor(ctx, input.id, 'submit');
    checkVersion(say('stockCore.thisCountSheet'), doc.version, input.version);
    refuseUncounted(
      all<{ lineNo: number; counted: number | null }>(
        ctx.sqlite,
        'SELECT line_no AS lineNo, counted FROM stock_count_lines WHERE document_id = ? ORDER BY line_no',
        doc.id,
      ),
    );
    const now = ctx.now();
    updateRecord(ctx, 'stock_documents', doc.id, { submitted_at: now, submitted_by: ctx.operator() });
    recordAudit(ctx, [
      { entity: 'stock_document', entityId: doc.id, before: doc, after: { ...loadDoc(ctx.sqlite, doc.id), submittedAt: now } },
    ]);
  });
  return countSheet(ctx, { id: input.id, onlyDifferences: false, onlyUncounted: false, offset: 0, limit: 20_000 });
}

/**
 * Why one line's count differs (null: the sheet's reason). Given once the differences are known:
 * on an open sheet, or a blind one after it was submitted (the approval's rules say when).
 */
export function setCountReason(ctx: ServiceContext, input: z.output<typeof setCountReasonInput>): CountLineView {
  return inTransaction(ctx, () => {
    const row = one<{ documentId: string; version: number; lineNo: number; reasonCode: string | null }>(
      ctx.sqlite,
      'SELECT document_id AS documentId, version, line_no AS lineNo, reason_code AS reasonCode FROM stock_count_lines WHERE id = ?',
      input.lineId,
    );
    if (!row) throw notFound(say('stockCore.noun.countLine'), input.lineId);
    const doc = countFor(ctx, row.documentId, 'approve');
    checkVersion(say('stockCore.countLineNamed', { line: row.lineNo }), row.version, input.version);
    updateRecord(ctx, 'stock_count_lines', input.lineId, { reason_code: input.reasonCode });
    recordAudit(ctx, [
      {
        entity: 'stock_count_line',
        entityId: input.lineId,
        before: { reasonCode: row.reasonCode },
        after: { reasonCode: input.reasonCode },
      },
    ]);
    return countLine(ctx, input.lineId, doc);
  });
}
