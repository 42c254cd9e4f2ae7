import type Database from 'better-sqlite3';
import type { StockDocumentAction } from '../../api/vocabularies';
import type { WorkflowView } from '../../api/workflow';
import type { StockDocumentState } from '../../api/vocabularies';
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
