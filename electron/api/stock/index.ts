/**
 * The stock area of the contract, one file per purpose: documents (headers, views, posting,
 * reversal, transfer receipt), lines, counts, views (on hand, card, FEFO, lots, alerts) and
 * thresholds. contract.ts merges each file's operations; this index re-exports their schemas and
 * result types for the services and the renderer.
 */
export * from './fields';
export * from './documents';
export * from './lines';
export * from './counts';
export * from './views';
export * from './thresholds';

export {
  ADJUSTMENT_DIRECTIONS,
  DOCUMENT_PREFIXES,
  DOCUMENT_STATUSES,
  DRAFT_DOCUMENT_KINDS,
  LEDGER_CONDITIONS,
  STOCK_CONDITIONS,
  STOCK_DOCUMENT_KINDS,
  STOCK_REASONS,
  STOCK_REASON_CODES,
} from '../../../db/schema';
export type {
  AdjustmentDirection,
  DocumentStatus,
  LedgerCondition,
  StockCondition,
  StockDocumentKind,
  StockReasonCode,
} from '../../../db/schema';
