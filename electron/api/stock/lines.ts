import { z } from 'zod';
import { text } from '../text';
import { ADJUSTMENT_DIRECTIONS, type AdjustmentDirection, type LedgerCondition, type TransferReceiptReasonCode } from '../vocabularies';
import { command } from '../define';
import { optionalDate, optionalIdRef, optionalText, uuid } from '../formats';
import { recordVersion, versionedId, versionWithId } from '../records';
import type { StockDocumentDetail } from './documents';
import { blankToUndefined, conditionField, lotNumberField, optionalWholeNumber } from './fields';

/* Document lines: what a line may carry, saving and removing lines of a draft. */

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
  /** Required with an id: the version of the line the editor saw. */
  version: recordVersion.optional(),
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
      text('Pack', { max: 30 }).optional(),
    )
    .optional(),
  packCount: optionalWholeNumber('Pack count', 1),
  writeOff: z.boolean().optional(),
  fefoOverrideReason: z
    .preprocess(
      (v) => (typeof blankToUndefined(v) === 'string' ? (v as string).trim() : blankToUndefined(v)),
      text('Reason for picking another lot', { min: 3, max: 300, minMessage: 'text.reasonFewWords' }).optional(),
    )
    .optional(),
  notes: optionalText('Line notes', 500, { multiline: true }),
});
export type StockLineInput = z.input<typeof stockLineInput>;

export const saveLinesInput = z.object({
  documentId: uuid,
  /** Lines with an id (and the version read) update that line; lines without create one. All or nothing. */
  lines: z.array(stockLineInput.superRefine(versionWithId)).min(1, 'Nothing to save').max(5000, 'At most 5,000 lines at once'),
});

export const removeLinesInput = z.object({
  documentId: uuid,
  /** Each line with the version read: a line changed since is not removed unseen. */
  lines: z.array(z.object(versionedId)).min(1, 'Choose the lines to remove').max(5000),
});

/** A draft or posted line as the editor shows it: the stored line plus names for display. */
export interface StockDocumentLineView {
  id: string;
  version: number;
  lineNo: number;
  itemId: string | null;
  /** Set for lines that pick existing stock; for receipts it is resolved (or created) at posting. */
  lotId: string | null;
  lotNumber: string;
  expiryDate: string | null;
  ownerOrgId: string | null;
  donorOrgId: string | null;
  condition: LedgerCondition;
  toCondition: LedgerCondition | null;
  direction: AdjustmentDirection | null;
  quantity: number;
  packName: string | null;
  packCount: number | null;
  /** Damage lines: write the stock off instead of moving it to damaged. */
  writeOff: boolean;
  /** Transfer receipts: received damaged and short (quantity = received good). */
  damagedQuantity: number;
  shortQuantity: number;
  /** Transfer receipts: received beyond what was sent, and why each difference happened. */
  overQuantity: number;
  shortReason: TransferReceiptReasonCode | null;
  damagedReason: TransferReceiptReasonCode | null;
  overReason: TransferReceiptReasonCode | null;
  /** A received transfer's line (the sending side): what the receiving site recorded for it; null until received. */
  arrival: TransferLineArrival | null;
  sourceLineId: string | null;
  fefoOverrideReason: string | null;
  notes: string;
  itemCode: string | null;
  itemName: string | null;
  baseUnit: string | null;
  ownerShortName: string | null;
  /**
   * A draft line that takes stock from a lot: what that lot has now at the document's site in the
   * line's condition (all of this document's lines on the lot together may not take more). Null
   * for lines that bring stock in and for posted documents.
   */
  available: number | null;
}

/** What arrived of one line of a transfer, as its receipt recorded it. */
export interface TransferLineArrival {
  good: number;
  damaged: number;
  short: number;
  over: number;
  shortReason: TransferReceiptReasonCode | null;
  damagedReason: TransferReceiptReasonCode | null;
  overReason: TransferReceiptReasonCode | null;
}

export const stockLineOps = {
  'stock.lines.save': command<StockDocumentDetail>('stock.edit')(saveLinesInput),
  'stock.lines.remove': command<StockDocumentDetail>('stock.edit')(removeLinesInput),
};
