import type Database from 'better-sqlite3';
import type { StockDocumentAction } from '../../api/vocabularies';
import type { WorkflowView } from '../../api/workflow';
import type { StockDocumentKind, StockDocumentState } from '../../api/vocabularies';
import type { FourEyesRules } from '../../api/four-eyes';
import { assertAllowed, describe } from '../workflow/engine';
import { STOCK_DOCUMENT_WORKFLOWS, type StockDocumentFacts } from '../workflow/stock-documents';
import { one } from './sql';

/** The definition of a document's kind. */
export const workflowOf = (doc: Pick<StockDocumentFacts, 'kind'>) => STOCK_DOCUMENT_WORKFLOWS[doc.kind];

/** Its state and allowed actions, returned with every document view. */
export function describeDocument(doc: StockDocumentFacts): WorkflowView<StockDocumentState, StockDocumentAction> {
  return describe(workflowOf(doc), doc);
}

/**
 * Four-eyes: marks the actions the settings make need a second operator on this document now
 * (approving a count, reversing, posting an adjustment with a line over the threshold), so the
 * window asks for an approver's PIN before calling and holds no copy of the rule.
 */
export function markSecondOperator(
  view: WorkflowView<StockDocumentState, StockDocumentAction>,
  kind: StockDocumentKind,
  largestLine: number | null,
  rules: FourEyesRules,
): WorkflowView<StockDocumentState, StockDocumentAction> {
  for (const a of view.actions) {
    const needed =
      (a.action === 'approve' && kind === 'count' && rules.countApproval) ||
      (a.action === 'reverse' && rules.reversals) ||
      (a.action === 'post' && kind === 'adjustment' && rules.adjustments && (largestLine ?? 0) > rules.adjustmentQuantity);
    if (needed) a.needsSecondOperator = true;
  }
  return view;
}

/**
 * Refuses (conflict or rule violation, with the definition's message) unless `action` may happen
 * to the stored document now. Messages may name the documents it links to, so their numbers are read.
 */
export function assertDocumentAction(
  sqlite: Database.Database,
  doc: StockDocumentFacts & { id: string },
  action: StockDocumentAction,
): void {
  const numberOf = (id: string | null) =>
    id ? (one<{ number: string | null }>(sqlite, 'SELECT number FROM stock_documents WHERE id = ?', id)?.number ?? null) : null;
  const facts =
    doc.reversedByDocumentId || doc.receivedByDocumentId
      ? { ...doc, reversedByNumber: numberOf(doc.reversedByDocumentId), receivedByNumber: numberOf(doc.receivedByDocumentId) }
      : doc;
  assertAllowed(workflowOf(doc), facts, action);
}
