import { z } from 'zod';
import {
  ADJUSTMENT_DIRECTIONS,
  DOCUMENT_STATUSES,
  DRAFT_DOCUMENT_KINDS,
  ITEM_CATEGORIES,
  LEDGER_CONDITIONS,
  STOCK_CONDITIONS,
  STOCK_DOCUMENT_KINDS,
  STOCK_REASON_CODES,
  type AdjustmentDirection,
  type DocumentStatus,
  type ItemCategory,
  type LedgerCondition,
  type StockCondition,
  type StockDocumentKind,
  type StockReasonCode,
  type StockDocumentLine,
  type recordColumns,
} from '../../db/schema';
import { command, query } from './define';
import { idRef, optionalDate, optionalIdRef, optionalText, requiredText, uuid } from './formats';

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
} from '../../db/schema';

/* ------------------------------------------------------------------------------------------------
 * Field formats
 * ---------------------------------------------------------------------------------------------- */

const blankToUndefined = (v: unknown) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

const toNumber = (v: unknown) => {
  const b = blankToUndefined(v);
  if (typeof b === 'string') return Number(b.trim().replace(/[\s,']/g, ''));
  return b;
};
const wholeNumberSchema = (label: string, min: number) =>
  z
    .number({ error: `${label} must be a whole number` })
    .int(`${label} must be a whole number of base units`)
    .min(min, min === 0 ? `${label} cannot be negative` : `${label} must be at least ${min}`)
    .max(1_000_000_000, `${label} is too large`);

/** A whole number typed in a grid: accepts "1 200", "1,200" and numbers. */
const wholeNumber = (label: string, min: number) => z.preprocess(toNumber, wholeNumberSchema(label, min));
/** The same, or empty. */
const optionalWholeNumber = (label: string, min: number) => z.preprocess(toNumber, wholeNumberSchema(label, min).optional()).optional();

/** When something happened: a date (YYYY-MM-DD, taken as noon UTC) or a full ISO timestamp. */
export const occurredAtField = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/,
        'Date must be written YYYY-MM-DD (or a full ISO date-time)',
      )
      .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T12:00:00Z` : s)), 'Date is not a real date')
      .optional(),
  )
  .optional();

const lotNumberField = z
  .preprocess(
    (v) => (v == null ? undefined : typeof v === 'string' ? v.trim() : v),
    z
      .string()
      .max(60, 'Lot number is at most 60 characters')
      .regex(/^[^\t\n\r]*$/, 'Lot number cannot contain tabs or line breaks')
      .optional(),
  )
  .optional();

const conditionField = z.enum(STOCK_CONDITIONS, { error: `Condition must be one of: ${STOCK_CONDITIONS.join(', ')}` });
const reasonField = z
  .preprocess(blankToUndefined, z.enum(STOCK_REASON_CODES, { error: `Reason must be one of: ${STOCK_REASON_CODES.join(', ')}` }).optional())
  .optional();

/** Paging of a server-side grid: sorted and filtered in SQL, the page plus the total count. */
export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(10_000).default(200),
};
export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  rows: T[];
}

const sortDirection = z.enum(['asc', 'desc']);

/* ------------------------------------------------------------------------------------------------
 * Documents and lines
 * ---------------------------------------------------------------------------------------------- */

/**
 * One document line. Which fields matter depends on the document kind:
 * - receipt: itemId, lotNumber, expiryDate, ownerOrgId (whose stock it becomes), donorOrgId, condition;
 * - issue / transfer_out / loss / condition_change / ownership_transfer / damage: lotId (existing
 *   stock at the site), condition (default good); condition_change also toCondition; damage may writeOff;
 * - adjustment: lotId, or (to bring in stock of a lot not yet known) the receipt fields; plus direction.
 * Quantity is in the item's base unit, or given as packName + packCount (5 cartons of 20 → 100).
 * fefoOverrideReason is required when an issue or transfer picks a lot that is not the first to expire.
 */
export const stockLineInput = z.object({
  id: uuid.optional(),
  version: z.number().int().positive().optional(),
  itemId: optionalIdRef('Item'),
  lotId: optionalIdRef('Lot'),
  lotNumber: lotNumberField,
  expiryDate: optionalDate('Expiry date'),
  ownerOrgId: optionalIdRef('Owner'),
  donorOrgId: optionalIdRef('Donor'),
  condition: z.preprocess(blankToUndefined, conditionField.optional()).optional(),
  toCondition: z.preprocess(blankToUndefined, conditionField.optional()).optional(),
  direction: z
    .preprocess(blankToUndefined, z.enum(ADJUSTMENT_DIRECTIONS, { error: 'Direction must be increase or decrease' }).optional())
    .optional(),
  quantity: optionalWholeNumber('Quantity', 1),
  packName: z
    .preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : (v ?? undefined)),
      z.string().max(30).optional(),
    )
    .optional(),
  packCount: optionalWholeNumber('Pack count', 1),
  writeOff: z.boolean().optional(),
  fefoOverrideReason: z
    .preprocess(blankToUndefined, z.string().trim().min(3, 'Give a reason of a few words').max(300).optional())
    .optional(),
  notes: optionalText(500),
});
export type StockLineInput = z.input<typeof stockLineInput>;

const documentHeader = {
  occurredAt: occurredAtField,
  /** Donor/supplier of a receipt, consignee (organisation or distribution point's operator) of an issue. */
  counterpartyOrgId: optionalIdRef('Counterparty'),
  /** Source site of a receipt from another site; destination of a transfer out. */
  otherSiteId: optionalIdRef('Other site'),
  /** Whose stock is taken (required for issues and ownership transfers). */
  ownerOrgId: optionalIdRef('Owner'),
  /** New owner of an ownership transfer. */
  toOwnerOrgId: optionalIdRef('New owner'),
  reasonCode: reasonField,
  reference: optionalText(120),
  notes: optionalText(2000),
};

export const createDocumentInput = z.object({
  siteId: idRef('Site'),
  kind: z.enum(DRAFT_DOCUMENT_KINDS, { error: `Kind must be one of: ${DRAFT_DOCUMENT_KINDS.join(', ')}` }),
  ...documentHeader,
  lines: z.array(stockLineInput).max(5000, 'At most 5,000 lines in one document').default([]),
  /** Post at once (one transaction: created and posted, or nothing). */
  post: z.boolean().default(false),
});

export const updateDocumentInput = z.object({
  id: uuid,
  version: z.number().int().positive().optional(),
  ...documentHeader,
});

export const saveLinesInput = z.object({
  documentId: uuid,
  /** Lines with an id update that line; lines without create one. All or nothing. */
  lines: z.array(stockLineInput).min(1, 'Nothing to save').max(5000, 'At most 5,000 lines at once'),
});

export const removeLinesInput = z.object({
  documentId: uuid,
  lineIds: z.array(uuid).min(1, 'Choose the lines to remove').max(5000),
});

export const postDocumentInput = z.object({ id: uuid, version: z.number().int().positive().optional() });

export const reverseDocumentInput = z.object({
  id: uuid,
  reason: requiredText('Reason for the reversal', 500),
  occurredAt: occurredAtField,
});

export const receiveTransferInput = z.object({
  /** The posted transfer out whose goods arrived here. */
  transferId: uuid,
  occurredAt: occurredAtField,
  notes: optionalText(2000),
  /** Per transfer line: received in good and damaged condition; the rest is recorded short. Omitted: all received good. */
  lines: z
    .array(
      z.object({
        lineId: uuid,
        good: wholeNumber('Received good', 0),
        damaged: wholeNumber('Received damaged', 0).default(0),
      }),
    )
    .max(5000)
    .optional(),
});

export const listDocumentsInput = z
  .object({
    siteId: optionalIdRef('Site'),
    kind: z.enum(STOCK_DOCUMENT_KINDS).optional(),
    status: z.enum(DOCUMENT_STATUSES).optional(),
    from: optionalDate('From'),
    to: optionalDate('To'),
    /** Matches number, reference, notes or counterparty. */
    search: z.string().trim().max(100).optional(),
    /** Transfers out, posted and not yet received, heading to this site. */
    awaitingReceiptAt: optionalIdRef('Receiving site'),
    sort: z
      .array(
        z.object({ colId: z.enum(['occurredAt', 'number', 'kind', 'status', 'siteCode', 'postedAt', 'updatedAt']), sort: sortDirection }),
      )
      .max(3)
      .default([]),
    ...pageInput,
  })
  .default({ sort: [], offset: 0, limit: 200 });

/* ------------------------------------------------------------------------------------------------
 * Views
 * ---------------------------------------------------------------------------------------------- */

export const EXPIRY_FILTERS = ['expired', 'within3', 'within9', 'none'] as const;
export const ON_HAND_SORT_COLUMNS = [
  'siteCode',
  'itemCode',
  'itemName',
  'category',
  'lotNumber',
  'expiryDate',
  'ownerShortName',
  'condition',
  'quantity',
] as const;

export const onHandInput = z
  .object({
    siteId: optionalIdRef('Site'),
    itemId: optionalIdRef('Item'),
    lotId: optionalIdRef('Lot'),
    ownerOrgId: optionalIdRef('Owner'),
    condition: z.enum(LEDGER_CONDITIONS).optional(),
    category: z.enum(ITEM_CATEGORIES).optional(),
    /** Matches item code or name, or lot number. */
    search: z.string().trim().max(100).optional(),
    /** expired = past expiry; within3/within9 = expires within that many months (includes expired); none = no expiry. */
    expiry: z.enum(EXPIRY_FILTERS).optional(),
    lowStockOnly: z.boolean().default(false),
    includeZero: z.boolean().default(false),
    /** The day expiry status is judged against (default: today). */
    asOf: optionalDate('As of'),
    sort: z
      .array(z.object({ colId: z.enum(ON_HAND_SORT_COLUMNS), sort: sortDirection }))
      .max(4)
      .default([]),
    ...pageInput,
  })
  .default({ lowStockOnly: false, includeZero: false, sort: [], offset: 0, limit: 200 });

export const stockCardInput = z
  .object({
    siteId: idRef('Site'),
    itemId: optionalIdRef('Item'),
    lotId: optionalIdRef('Lot'),
    from: optionalDate('From'),
    to: optionalDate('To'),
    ...pageInput,
  })
  .refine((v) => Boolean(v.itemId) !== Boolean(v.lotId), { message: 'Choose an item or a lot (one of them)', path: ['itemId'] });

export const fefoInput = z.object({
  siteId: idRef('Site'),
  itemId: idRef('Item'),
  ownerOrgId: idRef('Owner'),
  quantity: wholeNumber('Quantity', 1),
  /** The day of the issue (default: today); lots expired by then are skipped. */
  asOf: optionalDate('As of'),
});

export const alertsInput = z
  .object({
    siteId: optionalIdRef('Site'),
    asOf: optionalDate('As of'),
    /** Expiry alerts: within 3 or 9 months (9 includes 3). */
    withinMonths: z.union([z.literal(3), z.literal(9)]).default(9),
    limit: z.number().int().min(1).max(10_000).default(1000),
  })
  .default({ withinMonths: 9, limit: 1000 });

export const lotsInput = z
  .object({
    itemId: optionalIdRef('Item'),
    ownerOrgId: optionalIdRef('Owner'),
    search: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .default({ limit: 500 });

export const thresholdRow = z.object({
  siteId: idRef('Site'),
  itemId: idRef('Item'),
  minQuantity: wholeNumber('Minimum quantity', 0),
});

/* ------------------------------------------------------------------------------------------------
 * Physical count
 * ---------------------------------------------------------------------------------------------- */

export const createCountInput = z.object({
  siteId: idRef('Site'),
  /** Count only items of this category (default: everything at the site). */
  category: z.enum(ITEM_CATEGORIES).optional(),
  occurredAt: occurredAtField,
  notes: optionalText(2000),
});

export const countSheetInput = z.object({
  id: uuid,
  onlyDifferences: z.boolean().default(false),
  onlyUncounted: z.boolean().default(false),
  search: z.string().trim().max(100).optional(),
  ...pageInput,
  limit: z.number().int().min(1).max(20_000).default(20_000),
});

/** Counted null clears the line (not counted yet). */
const countedField = z.preprocess((v) => (v === '' || v === undefined ? null : toNumber(v)), wholeNumberSchema('Counted', 0).nullable());

export const setCountLineInput = z.object({ lineId: uuid, counted: countedField });

export const setCountLinesInput = z.object({
  documentId: uuid,
  lines: z
    .array(z.object({ lineId: uuid, counted: countedField }))
    .min(1, 'Nothing to save')
    .max(20_000),
});

/** Stock found during the count that the sheet did not expect (a lot not at the site, or a new lot). */
export const addCountLineInput = z.object({
  documentId: uuid,
  lotId: optionalIdRef('Lot'),
  itemId: optionalIdRef('Item'),
  lotNumber: lotNumberField,
  expiryDate: optionalDate('Expiry date'),
  ownerOrgId: optionalIdRef('Owner'),
  condition: conditionField.default('good'),
  counted: wholeNumber('Counted', 0),
});

export const approveCountInput = z.object({ id: uuid, notes: optionalText(2000) });

/* ------------------------------------------------------------------------------------------------
 * Results
 * ---------------------------------------------------------------------------------------------- */

export type ExpiryStatus = 'expired' | 'within3' | 'within9' | 'ok' | 'none';

export interface StockLotView {
  id: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  baseUnit: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerOrgId: string;
  ownerShortName: string;
  donorOrgId: string | null;
  donorShortName: string | null;
}

export interface StockDocumentView {
  id: string;
  version: number;
  siteId: string;
  siteCode: string;
  siteName: string;
  kind: StockDocumentKind;
  /** Null while a draft. */
  number: string | null;
  status: DocumentStatus;
  occurredAt: string;
  counterpartyOrgId: string | null;
  counterpartyShortName: string | null;
  otherSiteId: string | null;
  otherSiteCode: string | null;
  ownerOrgId: string | null;
  ownerShortName: string | null;
  toOwnerOrgId: string | null;
  toOwnerShortName: string | null;
  reasonCode: StockReasonCode | null;
  reference: string;
  notes: string;
  countCategory: ItemCategory | null;
  relatedDocumentId: string | null;
  relatedDocumentNumber: string | null;
  reversesDocumentId: string | null;
  reversedByDocumentId: string | null;
  reversedByNumber: string | null;
  receivedByDocumentId: string | null;
  receivedByNumber: string | null;
  postedAt: string | null;
  postedBy: string | null;
  createdAt: string;
  updatedAt: string;
  lineCount: number;
  /** Sum of line quantities (base units; mixed items add up only as a rough size). */
  totalQuantity: number;
}

/** A draft or posted line as the editor shows it: the stored line plus names for display. */
export type StockDocumentLineView = Omit<StockDocumentLine, keyof ReturnType<typeof recordColumns> | 'documentId'> & {
  id: string;
  version: number;
  itemCode: string | null;
  itemName: string | null;
  baseUnit: string | null;
  ownerShortName: string | null;
};

export interface LedgerEntryView {
  id: string;
  documentId: string;
  lineId: string | null;
  kind: StockDocumentKind;
  lotId: string;
  itemId: string;
  siteId: string;
  siteCode: string;
  condition: LedgerCondition;
  quantity: number;
  occurredAt: string;
  recordedAt: string;
  recordedBy: string;
  reasonCode: string | null;
  fefoOverrideReason: string | null;
}

export interface StockDocumentDetail {
  document: StockDocumentView;
  lines: StockDocumentLineView[];
  /** Ledger entries written by this document (empty for drafts). */
  entries: LedgerEntryView[];
}

export interface OnHandRow {
  /** Stable row id for the grid: site:lot:condition. */
  key: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  category: ItemCategory;
  baseUnit: string;
  lotId: string;
  lotNumber: string;
  expiryDate: string | null;
  expiryStatus: ExpiryStatus;
  daysToExpiry: number | null;
  ownerOrgId: string;
  ownerShortName: string;
  donorShortName: string | null;
  condition: LedgerCondition;
  quantity: number;
  /** Good stock of this item at this site (all lots and owners), for the low-stock comparison. */
  itemSiteGood: number;
  minQuantity: number | null;
  lowStock: boolean;
}

export interface StockCardRow {
  entryId: string;
  occurredAt: string;
  recordedAt: string;
  recordedBy: string;
  documentId: string;
  documentNumber: string | null;
  documentKind: StockDocumentKind;
  counterpartyShortName: string | null;
  otherSiteCode: string | null;
  lotId: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerShortName: string;
  condition: LedgerCondition;
  quantity: number;
  /** Running balance on hand (good + damaged + quarantined) after this entry. */
  balance: number;
  /** Running balance in transit to this site after this entry. */
  inTransit: number;
  reasonCode: string | null;
  fefoOverrideReason: string | null;
}

export interface StockCard extends Page<StockCardRow> {
  siteId: string;
  itemId: string;
  lotId: string | null;
  itemCode: string;
  itemName: string;
  baseUnit: string;
  /** Balance on hand before the first entry in the period. */
  opening: number;
  /** Balance on hand after the last entry in the period. */
  closing: number;
  closingInTransit: number;
}

export interface FefoPick {
  lotId: string;
  lotNumber: string;
  expiryDate: string | null;
  daysToExpiry: number | null;
  available: number;
  /** How much to take from this lot. */
  quantity: number;
}

export interface FefoSuggestion {
  siteId: string;
  itemId: string;
  ownerOrgId: string;
  requested: number;
  /** Lots to pick, earliest expiry first. */
  picks: FefoPick[];
  /** What the good, unexpired stock of this owner cannot cover. */
  shortBy: number;
  /** Expired lots with stock, skipped (they cannot be issued as good stock). */
  skippedExpired: FefoPick[];
}

export interface StockThresholdView {
  id: string;
  version: number;
  siteId: string;
  siteCode: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  minQuantity: number;
}

export interface LowStockAlert {
  siteId: string;
  siteCode: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  baseUnit: string;
  minQuantity: number;
  goodQuantity: number;
  shortBy: number;
}

export type ExpiryAlert = OnHandRow;

export interface CountLineView {
  id: string;
  version: number;
  lineNo: number;
  lotId: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  category: ItemCategory;
  baseUnit: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerShortName: string;
  condition: StockCondition;
  expected: number;
  counted: number | null;
  /** counted − expected, null until counted. */
  difference: number | null;
  countedAt: string | null;
  countedBy: string | null;
}

export interface CountSummary {
  lines: number;
  counted: number;
  uncounted: number;
  withDifference: number;
  /** Sum of differences over counted lines. */
  netDifference: number;
}

export interface CountSheet extends Page<CountLineView> {
  document: StockDocumentView;
  summary: CountSummary;
}

export interface CountApproval {
  count: StockDocumentView;
  /** The posted adjustment for the differences; null when everything matched. */
  adjustment: StockDocumentDetail | null;
}

/* ------------------------------------------------------------------------------------------------
 * Operations
 * ---------------------------------------------------------------------------------------------- */

export const stockOps = {
  'stock.documents.list': query<Page<StockDocumentView>>()(listDocumentsInput),
  'stock.documents.get': query<StockDocumentDetail>()(z.object({ id: uuid })),
  'stock.documents.create': command<StockDocumentDetail>()(createDocumentInput),
  'stock.documents.update': command<StockDocumentDetail>()(updateDocumentInput),
  /** Deletes a draft (posted documents are reversed, never deleted). */
  'stock.documents.delete': command<{ id: string }>()(z.object({ id: uuid })),
  'stock.documents.post': command<StockDocumentDetail>()(postDocumentInput),
  /** Posts a reversal (opposite entries) and marks the original reversed; returns the reversal. */
  'stock.documents.reverse': command<StockDocumentDetail>()(reverseDocumentInput),
  'stock.lines.save': command<StockDocumentDetail>()(saveLinesInput),
  'stock.lines.remove': command<StockDocumentDetail>()(removeLinesInput),
  /** The receiving side confirms a transfer; returns the posted transfer receipt. */
  'stock.transfer.receive': command<StockDocumentDetail>()(receiveTransferInput),
  'stock.fefo.suggest': query<FefoSuggestion>()(fefoInput),
  'stock.onHand': query<Page<OnHandRow>>()(onHandInput),
  'stock.card': query<StockCard>()(stockCardInput),
  'stock.lots.list': query<StockLotView[]>()(lotsInput),
  'stock.alerts.expiry': query<ExpiryAlert[]>()(alertsInput),
  'stock.alerts.lowStock': query<LowStockAlert[]>()(alertsInput),
  'stock.thresholds.list': query<StockThresholdView[]>()(z.object({ siteId: optionalIdRef('Site') }).default({})),
  /** Upserts by (site, item). */
  'stock.thresholds.save': command<StockThresholdView[]>()(z.object({ rows: z.array(thresholdRow).min(1, 'Nothing to save').max(20_000) })),
  'stock.thresholds.remove': command<{ id: string }>()(z.object({ id: uuid })),
  'stock.count.create': command<CountSheet>()(createCountInput),
  'stock.count.get': query<CountSheet>()(countSheetInput),
  /** One counted cell: a tiny transaction, meant to take well under 50 ms. */
  'stock.count.setLine': command<CountLineView>()(setCountLineInput),
  /** A pasted block of counted quantities, all or nothing. */
  'stock.count.setLines': command<CountLineView[]>()(setCountLinesInput),
  'stock.count.addLine': command<CountLineView>()(addCountLineInput),
  /** Posts an adjustment for every difference and closes the sheet. */
  'stock.count.approve': command<CountApproval>()(approveCountInput),
};

export type { AdjustmentDirection, DocumentStatus, LedgerCondition, StockCondition, StockDocumentKind, StockReasonCode };
