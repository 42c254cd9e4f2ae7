import { verifySecondOperator } from '../operators/four-eyes';
import type { OpName } from '../../api/contract';
import type { AreaHandlers } from '../core/handlers';
import { stockCard } from './card';
import { countSheet, createCount, setCountLine, setCountLines } from './count';
import { addCountLine } from './count-found';
import { pasteFound } from './paste-found';
import { pasteLines } from './paste-lines';
import { approveCount } from './count-approve';
import { setCountReason, submitCount } from './count-review';
import { dayOf } from './dates';
import { documentDetail, listDocuments } from './document-views';
import { createDocument, deleteDocument, postDocument, removeLines, saveLines, updateDocument } from './documents';
import { setDocumentSharing } from './document-sharing';
import { suggestFefo } from './fefo';
import { listLots } from './lots';
import { expiryAlerts, lowStockAlerts, stockOnHand } from './on-hand';
import { reverseDocument } from './reverse';
import { listThresholds, removeThreshold, saveThresholds } from './thresholds';
import { incomingTransfers } from './incoming';
import { receiveTransfer } from './transfer';

type StockOp = Extract<OpName, `stock.${string}`>;

/** The stock area: documents and the ledger, views over balances, counts and thresholds. */
export const stockHandlers: AreaHandlers<StockOp> = {
  'stock.documents.list': (ctx, input) => listDocuments(ctx.sqlite, input),
  'stock.documents.get': (ctx, input) => documentDetail(ctx.sqlite, input.id),
  // A second operator is verified before the transaction: a wrong PIN counts even though the call is refused.
  'stock.documents.create': (ctx, input) => {
    if (input.secondOperator) verifySecondOperator(ctx, input.secondOperator);
    return createDocument(ctx, input);
  },
  'stock.documents.update': (ctx, input) => updateDocument(ctx, input),
  'stock.documents.setSharing': (ctx, input) => setDocumentSharing(ctx, input),
  'stock.documents.delete': (ctx, input) => deleteDocument(ctx, input),
  'stock.documents.post': (ctx, input) => {
    if (input.secondOperator) verifySecondOperator(ctx, input.secondOperator);
    return postDocument(ctx, input);
  },
  'stock.documents.reverse': (ctx, input) => reverseDocument(ctx, input),
  'stock.lines.save': (ctx, input) => saveLines(ctx, input),
  'stock.lines.remove': (ctx, input) => removeLines(ctx, input),
  'stock.lines.paste': (ctx, input) => pasteLines(ctx, input),
  'stock.transfer.receive': (ctx, input) => receiveTransfer(ctx, input),
  'stock.transfers.incoming': (ctx, input) => incomingTransfers(ctx.sqlite, input),
  'stock.fefo.suggest': (ctx, input) => suggestFefo(ctx.sqlite, { ...input, asOf: input.asOf ?? dayOf(ctx.now()) }),
  'stock.onHand': (ctx, input) => stockOnHand(ctx.sqlite, input, dayOf(ctx.now())),
  'stock.card': (ctx, input) => stockCard(ctx.sqlite, input),
  'stock.lots.list': (ctx, input) => listLots(ctx.sqlite, input),
  'stock.alerts.expiry': (ctx, input) => expiryAlerts(ctx.sqlite, input, dayOf(ctx.now())),
  'stock.alerts.lowStock': (ctx, input) => lowStockAlerts(ctx.sqlite, input),
  'stock.thresholds.list': (ctx, input) => listThresholds(ctx, input.siteId),
  'stock.thresholds.save': (ctx, input) => saveThresholds(ctx, input.rows),
  'stock.thresholds.remove': (ctx, input) => removeThreshold(ctx, input),
  'stock.count.create': (ctx, input) => createCount(ctx, input),
  'stock.count.get': (ctx, input) => countSheet(ctx, input),
  'stock.count.setLine': (ctx, input) => setCountLine(ctx, input),
  'stock.count.setLines': (ctx, input) => setCountLines(ctx, input),
  'stock.count.addLine': (ctx, input) => addCountLine(ctx, input),
  'stock.count.pasteFound': (ctx, input) => pasteFound(ctx, input),
  'stock.count.submit': (ctx, input) => submitCount(ctx, input),
  'stock.count.setReason': (ctx, input) => setCountReason(ctx, input),
  'stock.count.approve': (ctx, input) => approveCount(ctx, input),
};
