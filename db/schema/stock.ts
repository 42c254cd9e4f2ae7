import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey, check } from 'drizzle-orm/sqlite-core';
import { recordColumns, wholeQuantity } from './common';
import { items } from './catalogue';
import { organisations } from './partners';
import { sites } from './sites';
import {
  STOCK_CONDITIONS,
  LEDGER_CONDITIONS,
  STOCK_DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  ADJUSTMENT_DIRECTIONS,
  MAX_QUANTITY,
  TLP_LABELS,
  ITEM_CATEGORIES,
} from '../../electron/api/vocabularies';

/**
 * A lot: item + lot number + expiry + owner organisation. Ownership is part of stock identity,
 * so the same batch owned by two organisations is two lots. Items without lot tracking use lot
 * number '' and no expiry. The donor is recorded when the lot is first received.
 */
export const stockLots = sqliteTable(
  'stock_lots',
  {
    ...recordColumns(),
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    lotNumber: text('lot_number').notNull().default(''),
    expiryDate: text('expiry_date'),
    ownerOrgId: text('owner_org_id')
      .notNull()
      .references(() => organisations.id),
    donorOrgId: text('donor_org_id').references(() => organisations.id),
  },
  (t) => [
    uniqueIndex('stock_lots_identity_uq').on(t.itemId, t.lotNumber, sql`coalesce(${t.expiryDate}, '')`, t.ownerOrgId),
    index('stock_lots_owner_idx').on(t.ownerOrgId),
    // The dashboard's expiring stock: the lots expiring by a day, found without reading every lot.
    index('stock_lots_expiry_idx').on(t.expiryDate),
  ],
);

/** A stock document: a draft while edited, then posted (immutable; corrections are new documents). */
export const stockDocuments = sqliteTable(
  'stock_documents',
  {
    ...recordColumns(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    kind: text('kind', { enum: STOCK_DOCUMENT_KINDS }).notNull(),
    /** Allocated when posted, inside the posting transaction: no gaps, no reuse. */
    number: text('number'),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull().default('draft'),
    occurredAt: text('occurred_at').notNull(),
    /** Donor/supplier of a receipt, consignee of an issue. */
    counterpartyOrgId: text('counterparty_org_id').references(() => organisations.id),
    /** Source site of a receipt, destination of a transfer out, origin of a transfer in. */
    otherSiteId: text('other_site_id').references(() => sites.id),
    /** Whose stock an issue (or ownership transfer) takes: one owner's stock is never issued for another. */
    ownerOrgId: text('owner_org_id').references(() => organisations.id),
    /** The new owner in an ownership transfer. */
    toOwnerOrgId: text('to_owner_org_id').references(() => organisations.id),
    reasonCode: text('reason_code'),
    /** The partner's own reference (donor waybill, requisition number…). */
    reference: text('reference').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Why a document is dated further back than the backdating limit allows (recorded and audited; '' when not needed). */
    backdateReason: text('backdate_reason').notNull().default(''),
    /** A plain transfer's expected arrival (YYYY-MM-DD), set by the sender; a convoy's plan wins when one carries it. */
    expectedArrival: text('expected_arrival'),
    /** A count sheet's category filter (null = every item). */
    countCategory: text('count_category'),
    /** A blind count sheet: the counter is not shown the expected quantities until the sheet is submitted. */
    countBlind: integer('count_blind', { mode: 'boolean' }).notNull().default(false),
    /** When and by whom a count sheet was submitted for approval (counting closes; expected quantities show). */
    submittedAt: text('submitted_at'),
    submittedBy: text('submitted_by'),
    /** The document this one derives from: transfer out of a receipt, original of a reversal, count of its adjustment. */
    relatedDocumentId: text('related_document_id'),
    reversesDocumentId: text('reverses_document_id'),
    reversedByDocumentId: text('reversed_by_document_id'),
    /** On a transfer out: the receiving side's confirmation. */
    receivedByDocumentId: text('received_by_document_id'),
    postedAt: text('posted_at'),
    postedBy: text('posted_by'),
    /**
     * Four-eyes (issue 10): the approver who checked this posting with their PIN at the same
     * laptop (count approval, reversal, adjustment over the threshold), as an account and as the
     * name stamped at the time ("Capt. Amara Diallo"); null when no second operator was asked.
     */
    secondOperatorId: text('second_operator_id'),
    secondOperator: text('second_operator'),
    /** TLP label; null = the type's default (setting sharing.default.document). */
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [
    uniqueIndex('stock_documents_number_uq').on(t.siteId, t.number),
    index('stock_documents_site_idx').on(t.siteId, t.status, t.occurredAt),
    index('stock_documents_site_date_idx').on(t.siteId, t.occurredAt),
    index('stock_documents_kind_idx').on(t.kind, t.status),
    index('stock_documents_other_site_idx').on(t.otherSiteId),
    index('stock_documents_related_idx').on(t.relatedDocumentId),
  ],
);

/** Lines of a document. Quantities are whole base units and always positive; the kind gives the sign. */
export const stockDocumentLines = sqliteTable(
  'stock_document_lines',
  {
    ...recordColumns(),
    documentId: text('document_id')
      .notNull()
      .references(() => stockDocuments.id),
    lineNo: integer('line_no').notNull(),
    itemId: text('item_id').references(() => items.id),
    /** Set for lines that pick existing stock; for receipts it is resolved (or created) at posting. */
    lotId: text('lot_id').references(() => stockLots.id),
    lotNumber: text('lot_number').notNull().default(''),
    expiryDate: text('expiry_date'),
    ownerOrgId: text('owner_org_id').references(() => organisations.id),
    donorOrgId: text('donor_org_id').references(() => organisations.id),
    condition: text('condition', { enum: LEDGER_CONDITIONS }).notNull().default('good'),
    toCondition: text('to_condition', { enum: LEDGER_CONDITIONS }),
    direction: text('direction', { enum: ADJUSTMENT_DIRECTIONS }),
    quantity: integer('quantity').notNull().default(0),
    packName: text('pack_name'),
    packCount: integer('pack_count'),
    /** Damage lines: write the stock off instead of moving it to damaged. */
    writeOff: integer('write_off', { mode: 'boolean' }).notNull().default(false),
    /** Transfer receipts: received damaged and short (quantity = received good). */
    damagedQuantity: integer('damaged_quantity').notNull().default(0),
    shortQuantity: integer('short_quantity').notNull().default(0),
    /** Transfer receipts: received beyond what was sent (good and damaged together; no CHECK: adding one rebuilds the table and its triggers). */
    overQuantity: integer('over_quantity').notNull().default(0),
    /** Transfer receipts: why the line arrived short, damaged or over (TRANSFER_RECEIPT_REASON_CODES); null when it did not. */
    shortReason: text('short_reason'),
    damagedReason: text('damaged_reason'),
    overReason: text('over_reason'),
    sourceLineId: text('source_line_id'),
    fefoOverrideReason: text('fefo_override_reason'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    index('stock_document_lines_doc_idx').on(t.documentId, t.lineNo),
    index('stock_document_lines_lot_idx').on(t.lotId),
    check('stock_document_lines_quantity_range', wholeQuantity(t.quantity, 0)),
    check('stock_document_lines_damaged_range', wholeQuantity(t.damagedQuantity, 0)),
    check('stock_document_lines_short_range', wholeQuantity(t.shortQuantity, 0)),
    check('stock_document_lines_pack_count_range', wholeQuantity(t.packCount, 1, true)),
  ],
);

/**
 * The stock ledger: append-only (SQLite triggers abort any UPDATE or DELETE). Item is copied
 * from the lot so a stock card for one item is one index range.
 */
export const stockLedger = sqliteTable(
  'stock_ledger',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => stockDocuments.id),
    lineId: text('line_id'),
    kind: text('kind', { enum: STOCK_DOCUMENT_KINDS }).notNull(),
    lotId: text('lot_id')
      .notNull()
      .references(() => stockLots.id),
    itemId: text('item_id').notNull(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    condition: text('condition', { enum: LEDGER_CONDITIONS }).notNull(),
    quantity: integer('quantity').notNull(),
    occurredAt: text('occurred_at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    installationId: text('installation_id').notNull(),
    reasonCode: text('reason_code'),
    fefoOverrideReason: text('fefo_override_reason'),
  },
  (t) => [
    // Covering index: the integrity check and lot cards read only the index.
    index('stock_ledger_site_lot_idx').on(t.siteId, t.lotId, t.condition, t.quantity),
    index('stock_ledger_site_item_idx').on(t.siteId, t.itemId, t.occurredAt),
    index('stock_ledger_document_idx').on(t.documentId),
    check('stock_ledger_quantity_range', wholeQuantity(t.quantity, -MAX_QUANTITY)),
  ],
);

/** Balances per (site, lot, condition): a projection of the ledger kept in the same transaction. */
export const stockBalances = sqliteTable(
  'stock_balances',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    lotId: text('lot_id')
      .notNull()
      .references(() => stockLots.id),
    condition: text('condition', { enum: LEDGER_CONDITIONS }).notNull(),
    itemId: text('item_id').notNull(),
    quantity: integer('quantity').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.lotId, t.condition] }),
    // Never negative, never above the cap, never a floating-point value.
    check('stock_balances_quantity_range', wholeQuantity(t.quantity, 0)),
    // Covering for a site's on-hand count and an item's good total at a site (low stock).
    index('stock_balances_site_item_qty_idx').on(t.siteId, t.itemId, t.condition, t.quantity),
    index('stock_balances_lot_idx').on(t.lotId),
  ],
);

/**
 * The dashboard's stock by site and category, kept by triggers on stock_balances and on the items'
 * category, unit weight and volume (migration 0026), so every write to the balances (postings,
 * reversals, counts, transfers, the scale seed) keeps it in the same transaction. `lines` counts
 * balances above zero; weight and volume are the quantities times the items' unit figures (an item
 * without one adds nothing); `lines_without_weight` counts the lines whose item has no unit weight.
 * Rows whose lines fell to zero stay (read with lines > 0). The integrity check compares it with
 * the balances (system/ledger-check.ts).
 */
export const stockSiteCategoryTotals = sqliteTable(
  'stock_site_category_totals',
  {
    siteId: text('site_id').notNull(),
    category: text('category', { enum: ITEM_CATEGORIES }).notNull(),
    lines: integer('lines').notNull(),
    weightKg: real('weight_kg').notNull(),
    volumeM3: real('volume_m3').notNull(),
    linesWithoutWeight: integer('lines_without_weight').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.category] })],
);

/** Document number counters, never shared between sites, document types or years. */
export const documentCounters = sqliteTable(
  'document_counters',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    docType: text('doc_type').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.docType, t.year] })],
);

/** Low-stock threshold: good stock of the item at the site below this is an alert. */
export const stockThresholds = sqliteTable(
  'stock_thresholds',
  {
    ...recordColumns(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    itemId: text('item_id')
      .notNull()
      .references(() => items.id),
    minQuantity: integer('min_quantity').notNull(),
  },
  (t) => [
    uniqueIndex('stock_thresholds_site_item_uq').on(t.siteId, t.itemId),
    check('stock_thresholds_min_quantity_range', wholeQuantity(t.minQuantity, 0)),
  ],
);

/** Lines of a count sheet (a `count` document): expected is snapshotted when the sheet is made. */
export const stockCountLines = sqliteTable(
  'stock_count_lines',
  {
    ...recordColumns(),
    documentId: text('document_id')
      .notNull()
      .references(() => stockDocuments.id),
    lineNo: integer('line_no').notNull(),
    lotId: text('lot_id')
      .notNull()
      .references(() => stockLots.id),
    itemId: text('item_id').notNull(),
    condition: text('condition', { enum: STOCK_CONDITIONS }).notNull(),
    expected: integer('expected').notNull(),
    counted: integer('counted'),
    countedAt: text('counted_at'),
    countedBy: text('counted_by'),
    /** Why this line's count differs (a stock reason for adjustments); null = the sheet's reason. */
    reasonCode: text('reason_code'),
    /** Added during the count (stock found on the shelf that the sheet did not list). */
    found: integer('found', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('stock_count_lines_lot_uq').on(t.documentId, t.lotId, t.condition),
    index('stock_count_lines_doc_idx').on(t.documentId, t.lineNo),
    check('stock_count_lines_expected_range', wholeQuantity(t.expected, 0)),
    check('stock_count_lines_counted_range', wholeQuantity(t.counted, 0, true)),
  ],
);

export type StockLot = typeof stockLots.$inferSelect;
export type StockDocument = typeof stockDocuments.$inferSelect;
export type StockDocumentLine = typeof stockDocumentLines.$inferSelect;
export type StockLedgerEntry = typeof stockLedger.$inferSelect;
export type StockBalance = typeof stockBalances.$inferSelect;
export type StockThreshold = typeof stockThresholds.$inferSelect;
export type StockCountLine = typeof stockCountLines.$inferSelect;
