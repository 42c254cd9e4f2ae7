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
export * from './incoming';
export * from './paste';

// The stock vocabularies, for callers that import everything stock from here.
export * from '../vocabularies/stock';
