/* Stock vocabularies: conditions, document kinds and statuses, adjustment directions, reason codes. */

/**
 * The most base units any stored quantity may hold: a document line, a ledger entry (either
 * sign), a balance, a count, a threshold. Far below 2^53, so every sum the core makes is exact.
 */
export const MAX_QUANTITY = 1_000_000_000;
/** The most base units one pack (carton, pallet…) may hold. */
export const MAX_PACK_SIZE = 1_000_000;

/** Conditions a user can hold stock in. */
export const STOCK_CONDITIONS = ['good', 'damaged', 'quarantined'] as const;
export type StockCondition = (typeof STOCK_CONDITIONS)[number];

/**
 * Conditions of ledger entries and balances. `in_transit` is stock dispatched by a transfer and
 * held at the destination until its receiving side confirms: it stays in the ledger (so balances
 * still equal ledger sums) but nothing can issue it.
 */
export const LEDGER_CONDITIONS = [...STOCK_CONDITIONS, 'in_transit'] as const;
export type LedgerCondition = (typeof LEDGER_CONDITIONS)[number];

export const STOCK_DOCUMENT_KINDS = [
  'receipt',
  'issue',
  'transfer_out',
  'transfer_in',
  'adjustment',
  'loss',
  'damage',
  'condition_change',
  'ownership_transfer',
  'reversal',
  'count',
] as const;
export type StockDocumentKind = (typeof STOCK_DOCUMENT_KINDS)[number];

/** Kinds a user creates as drafts; transfer receipts, reversals and counts have their own operations. */
export const DRAFT_DOCUMENT_KINDS = [
  'receipt',
  'issue',
  'transfer_out',
  'adjustment',
  'loss',
  'damage',
  'condition_change',
  'ownership_transfer',
] as const satisfies readonly StockDocumentKind[];
export type DraftDocumentKind = (typeof DRAFT_DOCUMENT_KINDS)[number];

/** The middle part of a document number: FOB-N-GRN-2026-00001. */
export const DOCUMENT_PREFIXES: Record<StockDocumentKind, string> = {
  receipt: 'GRN',
  issue: 'ISS',
  transfer_out: 'TRO',
  transfer_in: 'TRI',
  adjustment: 'ADJ',
  loss: 'LOS',
  damage: 'DMG',
  condition_change: 'CND',
  ownership_transfer: 'OWN',
  reversal: 'REV',
  count: 'CNT',
};

export const DOCUMENT_STATUSES = ['draft', 'posted'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const ADJUSTMENT_DIRECTIONS = ['increase', 'decrease'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];

/** Reason codes and the document kinds that accept them. */
export const STOCK_REASONS = {
  found: { label: 'Found stock', kinds: ['adjustment', 'count'] },
  counting_error: { label: 'Counting error', kinds: ['adjustment', 'count'] },
  data_entry_error: { label: 'Data entry error', kinds: ['adjustment', 'count'] },
  expired_write_off: { label: 'Expired write-off', kinds: ['adjustment', 'loss', 'count'] },
  count_difference: { label: 'Physical count difference', kinds: ['adjustment', 'count'] },
  opening_balance: { label: 'Opening balance', kinds: ['adjustment'] },
  theft: { label: 'Theft', kinds: ['loss'] },
  spoilage: { label: 'Spoilage', kinds: ['loss', 'damage'] },
  pest: { label: 'Pest damage', kinds: ['loss', 'damage'] },
  lost_in_transit: { label: 'Lost in transit', kinds: ['loss'] },
  handling: { label: 'Handling damage', kinds: ['damage'] },
  water: { label: 'Water damage', kinds: ['damage'] },
  quality_hold: { label: 'Quality hold', kinds: ['condition_change'] },
  released: { label: 'Released after inspection', kinds: ['condition_change'] },
  loan: { label: 'Loan', kinds: ['ownership_transfer'] },
  loan_return: { label: 'Loan returned', kinds: ['ownership_transfer'] },
  donation: { label: 'Donation', kinds: ['ownership_transfer'] },
  other: { label: 'Other (explain in notes)', kinds: ['adjustment', 'loss', 'damage', 'condition_change', 'ownership_transfer', 'count'] },
} as const satisfies Record<string, { label: string; kinds: readonly StockDocumentKind[] }>;
export type StockReasonCode = keyof typeof STOCK_REASONS;
export const STOCK_REASON_CODES = Object.keys(STOCK_REASONS) as [StockReasonCode, ...StockReasonCode[]];
/** Why a counted quantity differs from the sheet (the reasons a count takes; its adjustment carries them). */
export const COUNT_REASON_CODES = [
  'count_difference',
  'found',
  'counting_error',
  'data_entry_error',
  'expired_write_off',
  'other',
] as const satisfies readonly StockReasonCode[];
export type CountReasonCode = (typeof COUNT_REASON_CODES)[number];

export const CONDITION_LABELS: Record<LedgerCondition, string> = {
  good: 'Good',
  damaged: 'Damaged',
  quarantined: 'Quarantined',
  in_transit: 'In transit',
};

/** Words a storekeeper uses for each document kind. */
export const STOCK_DOCUMENT_KIND_LABELS: Record<StockDocumentKind, string> = {
  receipt: 'Goods received note',
  issue: 'Issue / distribution',
  transfer_out: 'Transfer out',
  transfer_in: 'Transfer receipt',
  adjustment: 'Adjustment',
  loss: 'Loss',
  damage: 'Damage',
  condition_change: 'Condition change',
  ownership_transfer: 'Ownership transfer',
  reversal: 'Reversal',
  count: 'Physical count',
};

/** What each kind of draft is for, shown when choosing one. */
export const STOCK_DOCUMENT_KIND_HINTS: Record<DraftDocumentKind, string> = {
  receipt: 'Goods arriving from a donor, a supplier or another site.',
  issue: 'Goods handed to a consignee (distribution, another organisation).',
  transfer_out: 'Goods sent to another site; they stay in transit until that site confirms receipt.',
  adjustment: 'Correct a balance up or down, with a reason.',
  loss: 'Stock that is gone: theft, spoilage, lost in transit.',
  damage: 'Good stock found damaged (moved to damaged, or written off).',
  condition_change: 'Move stock between good, damaged and quarantined.',
  ownership_transfer: 'Loan or donation of stock between organisations, without moving it.',
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = { draft: 'Drafts', posted: 'Posted' };

export const ADJUSTMENT_DIRECTION_LABELS: Record<AdjustmentDirection, string> = { increase: 'Increase', decrease: 'Decrease' };

/** The label of a reason code (the code itself if unknown, empty if none). */
export const reasonLabel = (code: string | null | undefined): string =>
  code ? (STOCK_REASONS[code as StockReasonCode]?.label ?? code) : '';

/** Reason codes a document kind accepts, in catalogue order. */
export const reasonsFor = (kind: StockDocumentKind): { value: StockReasonCode; label: string }[] =>
  (Object.entries(STOCK_REASONS) as [StockReasonCode, { label: string; kinds: readonly string[] }][])
    .filter(([, r]) => r.kinds.includes(kind))
    .map(([value, r]) => ({ value, label: r.label }));

/**
 * A stock document's workflow states (its stored status is draft or posted; the links to a
 * reversal or a transfer receipt tell the rest). Labels and transitions are in the workflow
 * definitions (electron/services/workflow/stock-documents.ts).
 */
export const STOCK_DOCUMENT_STATES = ['draft', 'submitted', 'posted', 'in_transit', 'received', 'reversed'] as const;
export type StockDocumentState = (typeof STOCK_DOCUMENT_STATES)[number];

/** Everything that can happen to a stock document, each the action of one or more operations. */
export const STOCK_DOCUMENT_ACTIONS = ['edit', 'editLines', 'delete', 'post', 'reverse', 'receive', 'count', 'submit', 'approve'] as const;
export type StockDocumentAction = (typeof STOCK_DOCUMENT_ACTIONS)[number];

/** Kinds whose lines take stock that is already at the site (a lot is chosen, not named). */
export const PICKING_DOCUMENT_KINDS: readonly StockDocumentKind[] = [
  'issue',
  'transfer_out',
  'loss',
  'damage',
  'condition_change',
  'ownership_transfer',
];
/** Kinds where FEFO applies: the lot that expires first goes first, or a reason is recorded. */
export const FEFO_DOCUMENT_KINDS: readonly StockDocumentKind[] = ['issue', 'transfer_out'];

/** The header fields each kind uses, by what they are called for it (absent: the kind does not use it). */
export const STOCK_DOCUMENT_HEADER_LABELS: Partial<
  Record<StockDocumentKind, Partial<Record<'counterpartyOrgId' | 'otherSiteId' | 'ownerOrgId' | 'toOwnerOrgId', string>>>
> = {
  receipt: { counterpartyOrgId: 'From donor / supplier', otherSiteId: 'Or from site' },
  issue: { counterpartyOrgId: 'Consignee (receives the goods)', ownerOrgId: 'Whose stock is issued' },
  transfer_out: { otherSiteId: 'To site', ownerOrgId: 'Whose stock (optional)' },
  ownership_transfer: { ownerOrgId: 'Current owner', toOwnerOrgId: 'New owner' },
};
