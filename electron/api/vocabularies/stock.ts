/* Stock vocabularies: conditions, document kinds and statuses, adjustment directions, reason codes. */
import { say, sayingLabels } from '../i18n/current';
import type { MessageKey } from '../i18n/en';

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
  found: { label: 'reason.found', kinds: ['adjustment', 'count'] },
  counting_error: { label: 'reason.counting_error', kinds: ['adjustment', 'count'] },
  data_entry_error: { label: 'reason.data_entry_error', kinds: ['adjustment', 'count'] },
  expired_write_off: { label: 'reason.expired_write_off', kinds: ['adjustment', 'loss', 'count'] },
  count_difference: { label: 'reason.count_difference', kinds: ['adjustment', 'count'] },
  opening_balance: { label: 'reason.opening_balance', kinds: ['adjustment'] },
  theft: { label: 'reason.theft', kinds: ['loss'] },
  spoilage: { label: 'reason.spoilage', kinds: ['loss', 'damage'] },
  pest: { label: 'reason.pest', kinds: ['loss', 'damage'] },
  lost_in_transit: { label: 'reason.lost_in_transit', kinds: ['loss'] },
  handling: { label: 'reason.handling', kinds: ['damage'] },
  water: { label: 'reason.water', kinds: ['damage'] },
  quality_hold: { label: 'reason.quality_hold', kinds: ['condition_change'] },
  released: { label: 'reason.released', kinds: ['condition_change'] },
  loan: { label: 'reason.loan', kinds: ['ownership_transfer'] },
  loan_return: { label: 'reason.loan_return', kinds: ['ownership_transfer'] },
  donation: { label: 'reason.donation', kinds: ['ownership_transfer'] },
  other: { label: 'reason.other', kinds: ['adjustment', 'loss', 'damage', 'condition_change', 'ownership_transfer', 'count'] },
} as const satisfies Record<string, { label: MessageKey; kinds: readonly StockDocumentKind[] }>;
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
/**
 * Why a transfer arrived short, damaged or over (each difference of a receipt takes one: the
 * receipt's default, or the line's own); the receipt's ledger entries carry them.
 */
export const TRANSFER_RECEIPT_REASON_CODES = [
  'lost_in_transit',
  'theft',
  'handling',
  'water',
  'spoilage',
  'pest',
  'counting_error',
  'data_entry_error',
  'found',
  'other',
] as const satisfies readonly StockReasonCode[];
export type TransferReceiptReasonCode = (typeof TRANSFER_RECEIPT_REASON_CODES)[number];

export const CONDITION_LABELS = sayingLabels<LedgerCondition>({
  good: 'vocab.condition.good',
  damaged: 'vocab.condition.damaged',
  quarantined: 'vocab.condition.quarantined',
  in_transit: 'vocab.condition.in_transit',
});

/** Words a storekeeper uses for each document kind. */
export const STOCK_DOCUMENT_KIND_LABELS = sayingLabels<StockDocumentKind>({
  receipt: 'vocab.docKind.receipt',
  issue: 'vocab.docKind.issue',
  transfer_out: 'vocab.docKind.transfer_out',
  transfer_in: 'vocab.docKind.transfer_in',
  adjustment: 'vocab.docKind.adjustment',
  loss: 'vocab.docKind.loss',
  damage: 'vocab.docKind.damage',
  condition_change: 'vocab.docKind.condition_change',
  ownership_transfer: 'vocab.docKind.ownership_transfer',
  reversal: 'vocab.docKind.reversal',
  count: 'vocab.docKind.count',
});

/** What each kind of draft is for, shown when choosing one. */
export const STOCK_DOCUMENT_KIND_HINTS = sayingLabels<DraftDocumentKind>({
  receipt: 'vocab.docKindHint.receipt',
  issue: 'vocab.docKindHint.issue',
  transfer_out: 'vocab.docKindHint.transfer_out',
  adjustment: 'vocab.docKindHint.adjustment',
  loss: 'vocab.docKindHint.loss',
  damage: 'vocab.docKindHint.damage',
  condition_change: 'vocab.docKindHint.condition_change',
  ownership_transfer: 'vocab.docKindHint.ownership_transfer',
});

export const DOCUMENT_STATUS_LABELS = sayingLabels<DocumentStatus>({ draft: 'vocab.docStatus.draft', posted: 'vocab.docStatus.posted' });

export const ADJUSTMENT_DIRECTION_LABELS = sayingLabels<AdjustmentDirection>({
  increase: 'vocab.direction.increase',
  decrease: 'vocab.direction.decrease',
});

/** The label of a reason code (the code itself if unknown, empty if none). */
export const reasonLabel = (code: string | null | undefined): string =>
  code ? (code in STOCK_REASONS ? say(STOCK_REASONS[code as StockReasonCode].label) : code) : '';

/** Reason codes a document kind accepts, in catalogue order. */
export const reasonsFor = (kind: StockDocumentKind): { value: StockReasonCode; label: string }[] =>
  (Object.entries(STOCK_REASONS) as [StockReasonCode, { label: MessageKey; kinds: readonly string[] }][])
    .filter(([, r]) => r.kinds.includes(kind))
    .map(([value, r]) => ({ value, label: say(r.label as MessageKey) }));

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
  Record<StockDocumentKind, Readonly<Partial<Record<'counterpartyOrgId' | 'otherSiteId' | 'ownerOrgId' | 'toOwnerOrgId', string>>>>
> = {
  receipt: sayingLabels({ counterpartyOrgId: 'doc.header.fromDonor', otherSiteId: 'doc.header.orFromSite' }),
  issue: sayingLabels({ counterpartyOrgId: 'doc.header.consignee', ownerOrgId: 'doc.header.whoseIssued' }),
  transfer_out: sayingLabels({ otherSiteId: 'doc.header.toSite', ownerOrgId: 'doc.header.whoseOptional' }),
  ownership_transfer: sayingLabels({ ownerOrgId: 'doc.header.currentOwner', toOwnerOrgId: 'doc.header.newOwner' }),
};
