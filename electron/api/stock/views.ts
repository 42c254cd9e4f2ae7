import { z } from 'zod';
import { optionalFilterText } from '../text';
import { ITEM_CATEGORIES, LEDGER_CONDITIONS, type ItemCategory, type LedgerCondition, type StockDocumentKind } from '../vocabularies';
import { query } from '../define';
import { idRef, optionalDate, optionalIdRef } from '../formats';
import { pageInput, sortDirection, wholeNumber, type Page } from './fields';

/* Read-only views of stock: on hand, the stock card, FEFO suggestions, lots and alerts. */

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
    search: optionalFilterText('Search'),
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
    search: optionalFilterText('Search'),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .default({ limit: 500 });

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

export const stockViewOps = {
  'stock.fefo.suggest': query<FefoSuggestion>('read')(fefoInput),
  'stock.onHand': query<Page<OnHandRow>>('read')(onHandInput),
  'stock.card': query<StockCard>('read')(stockCardInput),
  'stock.lots.list': query<StockLotView[]>('read')(lotsInput),
  'stock.alerts.expiry': query<ExpiryAlert[]>('read')(alertsInput),
  'stock.alerts.lowStock': query<LowStockAlert[]>('read')(alertsInput),
};
