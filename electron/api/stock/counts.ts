import { z } from 'zod';
import { optionalFilterText } from '../text';
import { COUNT_REASON_CODES, ITEM_CATEGORIES, type CountReasonCode, type ItemCategory, type StockCondition } from '../vocabularies';
import { command, query } from '../define';
import { secondOperatorField } from '../four-eyes';
import { idRef, optionalDate, optionalIdRef, optionalText, uuid } from '../formats';
import { recordVersion, versionedId } from '../records';
import type { StockDocumentDetail, StockDocumentView } from './documents';
import {
  backdateReasonField,
  conditionField,
  lotNumberField,
  occurredAtField,
  pageInput,
  toNumber,
  wholeNumber,
  wholeNumberSchema,
  type Page,
} from './fields';

/* Physical count: the count sheet, counted quantities, found stock, submission and approval. */

/** Reasons a count difference can have (the adjustment reasons). */
const countReasonField = z.enum(COUNT_REASON_CODES, { error: `Reason must be one of: ${COUNT_REASON_CODES.join(', ')}` });

export const createCountInput = z.object({
  siteId: idRef('Site'),
  /** Count only items of this category (default: everything at the site). */
  category: z.enum(ITEM_CATEGORIES).optional(),
  /** Blind count: the counter does not see the expected quantities until the sheet is submitted. */
  blind: z.boolean().default(false),
  /** The reason every difference gets unless its line says another (default: physical count difference). */
  reasonCode: countReasonField.default('count_difference'),
  occurredAt: occurredAtField,
  backdateReason: backdateReasonField,
  notes: optionalText('Notes', 2000, { multiline: true }),
});

export const countSheetInput = z.object({
  id: uuid,
  onlyDifferences: z.boolean().default(false),
  onlyUncounted: z.boolean().default(false),
  search: optionalFilterText('Search'),
  ...pageInput,
  limit: z.number().int().min(1).max(20_000).default(20_000),
});

/** Counted null clears the line (not counted yet). */
const countedField = z.preprocess((v) => (v === '' || v === undefined ? null : toNumber(v)), wholeNumberSchema('Counted', 0).nullable());

export const setCountLineInput = z.object({ lineId: uuid, version: recordVersion, counted: countedField });

export const setCountLinesInput = z.object({
  documentId: uuid,
  lines: z
    .array(z.object({ lineId: uuid, version: recordVersion, counted: countedField }))
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

export const approveCountInput = z.object({
  ...versionedId,
  notes: optionalText('Notes', 2000, { multiline: true }),
  /** Four-eyes: the approver who checks it with their PIN (required when the settings ask for one). */
  secondOperator: secondOperatorField,
});

/** The counter hands the sheet over: counting closes, the expected quantities and differences show. */
export const submitCountInput = z.object({ ...versionedId });

/** Why one line's count differs; null = the sheet's reason. Given once the differences are known. */
export const setCountReasonInput = z.object({ lineId: uuid, version: recordVersion, reasonCode: countReasonField.nullable() });

/**
 * A blind count still being counted: the counter must not see what the sheet expects, nor the
 * differences. The core withholds them; the count sheet hides their columns.
 */
export const hidesExpected = (doc: { countBlind: boolean; submittedAt: string | null; status: string }): boolean =>
  doc.countBlind && !doc.submittedAt && doc.status === 'draft';

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
  /** What the sheet expected; null on a blind count until it is submitted (the counter must not see it). */
  expected: number | null;
  counted: number | null;
  /** counted − expected, null until counted (and while a blind count is being counted). */
  difference: number | null;
  countedAt: string | null;
  countedBy: string | null;
  /** This line's reason for its difference; null = the sheet's reason. */
  reasonCode: CountReasonCode | null;
  /** Added during the count (found stock), not on the sheet when it was made. */
  found: boolean;
}

export interface CountSummary {
  lines: number;
  counted: number;
  uncounted: number;
  /** Null while a blind count is being counted. */
  withDifference: number | null;
  /** Sum of differences over counted lines; null while a blind count is being counted. */
  netDifference: number | null;
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

export const stockCountOps = {
  'stock.count.create': command<CountSheet>('stock.edit')(createCountInput),
  'stock.count.get': query<CountSheet>('read')(countSheetInput),
  /** One counted cell: a tiny transaction, meant to take well under 50 ms. */
  'stock.count.setLine': command<CountLineView>('stock.edit')(setCountLineInput),
  /** A pasted block of counted quantities, all or nothing. */
  'stock.count.setLines': command<CountLineView[]>('stock.edit')(setCountLinesInput),
  'stock.count.addLine': command<CountLineView>('stock.edit')(addCountLineInput),
  /** Closes counting and shows the expected quantities (required before approving a blind count). */
  'stock.count.submit': command<CountSheet>('stock.edit')(submitCountInput),
  'stock.count.setReason': command<CountLineView>('stock.edit')(setCountReasonInput),
  /** Posts an adjustment for every difference and closes the sheet. */
  /**
   * Posts an adjustment for every difference and closes the sheet. An approver's permission, or a
   * storekeeper's with an approver checking it as the second operator (four-eyes at one laptop).
   */
  'stock.count.approve': command<CountApproval>((i: z.output<typeof approveCountInput>) =>
    i.secondOperator ? 'stock.edit' : 'stock.approve',
  )(approveCountInput),
};
