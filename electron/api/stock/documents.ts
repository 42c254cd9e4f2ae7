import { z } from 'zod';
import { optionalFilterText } from '../text';
import {
  DOCUMENT_STATUSES,
  DRAFT_DOCUMENT_KINDS,
  STOCK_DOCUMENT_KINDS,
  type DocumentStatus,
  type ItemCategory,
  type LedgerCondition,
  type StockDocumentKind,
  type StockDocumentAction,
  type StockDocumentState,
  type StockReasonCode,
  type TlpLabel,
  TRANSFER_RECEIPT_REASON_CODES,
} from '../vocabularies';
import { command, query } from '../define';
import { secondOperatorField } from '../four-eyes';
import type { WorkflowView } from '../workflow';
import { idRef, optionalDate, optionalIdRef, optionalText, requiredText, uuid } from '../formats';
import { recordVersion, versionedId } from '../records';
import { recordSharing } from '../sharing-field';
import { backdateReasonField, occurredAtField, pageInput, reasonField, sortDirection, wholeNumber, type Page } from './fields';
import { stockLineInput, type StockDocumentLineView } from './lines';

/* Stock documents: their headers, the list and detail views, posting, reversal and transfer receipt. */

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
  reference: optionalText('Reference', 120),
  notes: optionalText('Notes', 2000, { multiline: true }),
  backdateReason: backdateReasonField,
  /** A transfer out's expected arrival at the destination (YYYY-MM-DD), set by the sender; empty clears it. */
  expectedArrival: optionalDate('Expected arrival'),
};

export const createDocumentInput = z.object({
  siteId: idRef('Site'),
  kind: z.enum(DRAFT_DOCUMENT_KINDS, { error: `Kind must be one of: ${DRAFT_DOCUMENT_KINDS.join(', ')}` }),
  ...documentHeader,
  lines: z.array(stockLineInput).max(5000, 'At most 5,000 lines in one document').default([]),
  /** Post at once (one transaction: created and posted, or nothing). */
  post: z.boolean().default(false),
  /** Four-eyes: the approver checking the posting (an adjustment over the settings' threshold). */
  secondOperator: secondOperatorField,
});

export const updateDocumentInput = z.object({
  ...versionedId,
  ...documentHeader,
});
export const postDocumentInput = z.object({ ...versionedId, secondOperator: secondOperatorField });

export const deleteDocumentInput = z.object(versionedId);

/** A document's own sharing label, in any state: blank (null) = the documents' default. Required, so a missing field is not read as "blank". */
export const setDocumentSharingInput = z.object({ ...versionedId, sharing: recordSharing.unwrap() });

export const reverseDocumentInput = z.object({
  /** The posted original and the version read (reversing marks it reversed). */
  ...versionedId,
  reason: requiredText('Reason for the reversal', 500, { multiline: true }),
  occurredAt: occurredAtField,
  backdateReason: backdateReasonField,
  /** Four-eyes: the approver who checks the reversal with their PIN. */
  secondOperator: secondOperatorField,
});

const receiptReason = z.enum(TRANSFER_RECEIPT_REASON_CODES, {
  error: `Reason must be one of: ${TRANSFER_RECEIPT_REASON_CODES.join(', ')}`,
});

export const receiveTransferInput = z.object({
  /** The posted transfer out whose goods arrived here, and the version read (receiving marks it received). */
  transferId: uuid,
  version: recordVersion,
  occurredAt: occurredAtField,
  backdateReason: backdateReasonField,
  notes: optionalText('Notes', 2000, { multiline: true }),
  /** The receipt's reasons for lines that arrived short, damaged or over (a line may give its own). */
  shortReason: receiptReason.optional(),
  damagedReason: receiptReason.optional(),
  overReason: receiptReason.optional(),
  /**
   * Per transfer line: received in good and damaged condition; what is missing is recorded short,
   * what is beyond what was sent is recorded over. Each difference needs a reason (the line's or
   * the receipt's). Omitted: all received good.
   */
  lines: z
    .array(
      z.object({
        lineId: uuid,
        good: wholeNumber('Received good', 0),
        damaged: wholeNumber('Received damaged', 0).default(0),
        shortReason: receiptReason.optional(),
        damagedReason: receiptReason.optional(),
        overReason: receiptReason.optional(),
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
    search: optionalFilterText('Search'),
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
  /** Why the document is dated further back than the backdating limit ('' when within it). */
  backdateReason: string;
  /** A transfer out's expected arrival set by the sender (YYYY-MM-DD); null when not given. */
  expectedArrival: string | null;
  countCategory: ItemCategory | null;
  /** A blind count sheet (expected quantities hidden from the counter until submitted). */
  countBlind: boolean;
  /** When and by whom a count sheet was submitted for approval; null before. */
  submittedAt: string | null;
  submittedBy: string | null;
  relatedDocumentId: string | null;
  relatedDocumentNumber: string | null;
  reversesDocumentId: string | null;
  reversedByDocumentId: string | null;
  reversedByNumber: string | null;
  receivedByDocumentId: string | null;
  receivedByNumber: string | null;
  /** The document's own sharing label (null = the documents' default) and its site's. */
  sharing: TlpLabel | null;
  siteSharing: TlpLabel | null;
  postedAt: string | null;
  postedBy: string | null;
  /** Four-eyes: the approver who checked the posting with their PIN ("Checked by"); null when none was asked. */
  secondOperator: string | null;
  createdAt: string;
  updatedAt: string;
  lineCount: number;
  /** Sum of line quantities (base units; mixed items add up only as a rough size: show `totals`). */
  totalQuantity: number;
  /** Line quantities summed per base unit (sachets and soap bars never add up), by unit name. */
  totals: UnitTotal[];
  /** Total weight of the lines, when every line's item has a unit weight; else null. */
  totalWeightKg: number | null;
  /** Its workflow state and what may happen next, from the core's definition of its kind. */
  workflow: WorkflowView<StockDocumentState, StockDocumentAction>;
}

/** A quantity total in one unit. */
export interface UnitTotal {
  unit: string;
  quantity: number;
}

export interface LedgerEntryView {
  id: string;
  documentId: string;
  lineId: string | null;
  kind: StockDocumentKind;
  lotId: string;
  itemId: string;
  /** The item and lot moved, as the ledger table names them. */
  itemCode: string;
  lotNumber: string;
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

export const stockDocumentOps = {
  'stock.documents.list': query<Page<StockDocumentView>>('read')(listDocumentsInput),
  'stock.documents.get': query<StockDocumentDetail>('read')(z.object({ id: uuid })),
  'stock.documents.create': command<StockDocumentDetail>('stock.edit')(createDocumentInput),
  'stock.documents.update': command<StockDocumentDetail>('stock.edit')(updateDocumentInput),
  /**
   * Sets a document's sharing label, draft or posted: how it may be shared, not what happened, so
   * it stays changeable after posting (the ledger is untouched); audited like any change.
   */
  'stock.documents.setSharing': command<StockDocumentDetail>('stock.edit')(setDocumentSharingInput),
  /** Deletes a draft (posted documents are reversed, never deleted). */
  'stock.documents.delete': command<{ id: string }>('stock.edit')(deleteDocumentInput),
  'stock.documents.post': command<StockDocumentDetail>('stock.edit')(postDocumentInput),
  /** Posts a reversal (opposite entries) and marks the original reversed; returns the reversal. */
  'stock.documents.reverse': command<StockDocumentDetail>((i: z.output<typeof reverseDocumentInput>) =>
    i.secondOperator ? 'stock.edit' : 'stock.approve',
  )(reverseDocumentInput),
  /** The receiving side confirms a transfer; returns the posted transfer receipt. */
  'stock.transfer.receive': command<StockDocumentDetail>('stock.edit')(receiveTransferInput),
};
