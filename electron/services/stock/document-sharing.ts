import type { z } from 'zod';
import type { setDocumentSharingInput, StockDocumentDetail } from '../../api/stock';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion } from '../core/errors';
import { say } from '../../api/i18n';
import { inTransaction } from '../core/transaction';
import { updateRecord } from '../core/write';
import { documentDetail } from './document-views';
import { loadDoc } from './document-rows';
import { one } from './sql';
import { assertMayRelabel } from '../exchange/label-change';

/**
 * Sets a stock document's own sharing label (null = the documents' default), whatever its state.
 * The label says who may receive the document, not what happened: a posted receipt may turn out
 * to be more sensitive than first thought, or a partner may be cleared for it later. So it sits
 * outside the document's workflow, and the freeze trigger of posted documents leaves this one
 * column open (STOCK_DOCUMENT_FREEZE.editable); the ledger entries are never touched. The audit
 * entry keeps the row before and after, its label included.
 */
export function setDocumentSharing(ctx: ServiceContext, input: z.output<typeof setDocumentSharingInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const doc = loadDoc(ctx.sqlite, input.id);
    checkVersion(say('stockCore.thisDocument'), doc.version, input.version);
    const before = one<{ sharing: string | null }>(ctx.sqlite, 'SELECT sharing FROM stock_documents WHERE id = ?', doc.id)!.sharing;
    if (before === input.sharing) return documentDetail(ctx.sqlite, doc.id);
    assertMayRelabel(ctx, 'document', before, input.sharing);
    updateRecord(ctx, 'stock_documents', doc.id, { sharing: input.sharing });
    recordAudit(ctx, [
      {
        entity: 'stock_document',
        entityId: doc.id,
        // Whole rows, as every update's entry (the Audit page diffs them field by field).
        before: { ...doc, sharing: before },
        after: { ...loadDoc(ctx.sqlite, doc.id), sharing: input.sharing },
      },
    ]);
    return documentDetail(ctx.sqlite, doc.id);
  });
}
