import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, check } from 'drizzle-orm/sqlite-core';
import { recordColumns, wholeQuantity } from './common';
import { items } from './catalogue';
import { organisations } from './partners';
import { stockDocuments } from './stock';
import { convoys, manifestLines, vehicles } from './convoys';
import { FULFILMENT_LINKS, REQUEST_LINE_KINDS, REQUEST_STATUSES, REQUEST_TYPES, TLP_LABELS } from '../../electron/api/vocabularies';

/**
 * Shared-resource requests: one organisation asks another (NGO → military or military → NGO)
 * for transport, escort, storage, items, fuel or equipment. The workflow
 * (electron/services/workflow/requests.ts) moves `status`; every move is a timeline entry.
 * The decision and fulfilment times are kept on the request for the measures.
 */
export const requests = sqliteTable(
  'requests',
  {
    ...recordColumns(),
    /** REQ-2026-00001, given when the draft is created; no gaps, no reuse. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    requesterOrgId: text('requester_org_id')
      .notNull()
      .references(() => organisations.id),
    providerOrgId: text('provider_org_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type', { enum: REQUEST_TYPES }).notNull(),
    priority: integer('priority').notNull().default(3),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('draft'),
    neededBy: text('needed_by'),
    fromPlace: text('from_place').notNull().default(''),
    toPlace: text('to_place').notNull().default(''),
    justification: text('justification').notNull().default(''),
    contact: text('contact').notNull().default(''),
    /** Last resort (required at submit when the provider is a military unit). */
    civilianOptionsTried: text('civilian_options_tried').notNull().default(''),
    capabilityGap: text('capability_gap').notNull().default(''),
    whyMilitaryUnique: text('why_military_unique').notNull().default(''),
    militaryStart: text('military_start'),
    militaryEnd: text('military_end'),
    exitPlan: text('exit_plan').notNull().default(''),
    /** Escort requests: the four criteria and the date to stop using escorts. */
    escortNeed: text('escort_need').notNull().default(''),
    escortAuthorities: text('escort_authorities').notNull().default(''),
    escortSafety: text('escort_safety').notNull().default(''),
    escortSustainability: text('escort_sustainability').notNull().default(''),
    escortEndDate: text('escort_end_date'),
    /** Military → NGO: what local knowledge or supplies are asked, and why. */
    askedKnowledge: text('asked_knowledge').notNull().default(''),
    askedWhy: text('asked_why').notNull().default(''),
    submittedAt: text('submitted_at'),
    decidedAt: text('decided_at'),
    fulfilledAt: text('fulfilled_at'),
    closedAt: text('closed_at'),
    /** TLP label; null = the type's default (setting sharing.default.request). */
    sharing: text('sharing', { enum: TLP_LABELS }),
    /** The requesting partner's own reference (from an imported request list): importing the list again finds it. */
    partnerReference: text('partner_reference').notNull().default(''),
  },
  (t) => [
    uniqueIndex('requests_number_uq').on(t.number),
    index('requests_status_idx').on(t.status, t.neededBy),
    index('requests_requester_idx').on(t.requesterOrgId),
    index('requests_provider_idx').on(t.providerOrgId),
    index('requests_submitted_idx').on(t.submittedAt),
    index('requests_partner_reference_idx').on(t.requesterOrgId, t.partnerReference),
    check('requests_priority_ck', sql`${sql.identifier('priority')} IN (1, 2, 3)`),
  ],
);

/** A line: an item and a quantity, or a capacity (2 trucks for 3 days, 40 m³ for 21 days, 5,000 L). */
export const requestLines = sqliteTable(
  'request_lines',
  {
    ...recordColumns(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    lineNo: integer('line_no').notNull(),
    kind: text('kind', { enum: REQUEST_LINE_KINDS }).notNull(),
    itemId: text('item_id').references(() => items.id),
    description: text('description').notNull().default(''),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    durationDays: integer('duration_days'),
    /** Set by the decision: all of it on approval, what the provider grants on partial approval. */
    approvedQuantity: integer('approved_quantity'),
    /** What the provider commits, and from when. */
    committedQuantity: integer('committed_quantity'),
    availableFrom: text('available_from'),
    /** Delivered so far (the sum of the line's fulfilments). */
    deliveredQuantity: integer('delivered_quantity').notNull().default(0),
  },
  (t) => [
    index('request_lines_request_idx').on(t.requestId, t.lineNo),
    check('request_lines_quantity_ck', wholeQuantity(t.quantity, 1)),
    check('request_lines_approved_ck', wholeQuantity(t.approvedQuantity, 0, true)),
    check('request_lines_committed_ck', wholeQuantity(t.committedQuantity, 0, true)),
    check('request_lines_delivered_ck', wholeQuantity(t.deliveredQuantity, 0)),
  ],
);

/** Every action on a request: who, for which organisation, when, from which state to which, and the comment. */
export const requestEvents = sqliteTable(
  'request_events',
  {
    ...recordColumns(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    at: text('at').notNull(),
    operator: text('operator').notNull(),
    orgId: text('org_id')
      .notNull()
      .references(() => organisations.id),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: REQUEST_STATUSES }),
    toStatus: text('to_status', { enum: REQUEST_STATUSES }).notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);

/** What delivered part of a line: a stock issue, a storage arrangement, or another reference. */
export const requestFulfilments = sqliteTable(
  'request_fulfilments',
  {
    ...recordColumns(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    lineId: text('line_id')
      .notNull()
      .references(() => requestLines.id),
    quantity: integer('quantity').notNull(),
    deliveredOn: text('delivered_on').notNull(),
    link: text('link', { enum: FULFILMENT_LINKS }).notNull(),
    stockDocumentId: text('stock_document_id').references(() => stockDocuments.id),
    reference: text('reference').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('request_fulfilments_request_idx').on(t.requestId),
    index('request_fulfilments_line_idx').on(t.lineId),
    check('request_fulfilments_quantity_ck', wholeQuantity(t.quantity, 1)),
  ],
);

/**
 * A line's delivery planned on a convoy: the whole convoy, one of its vehicles, or one of its
 * manifest lines. When the convoy arrives, the link becomes a fulfilment (`fulfilment_id`).
 */
export const requestConvoyLinks = sqliteTable(
  'request_convoy_links',
  {
    ...recordColumns(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    lineId: text('line_id')
      .notNull()
      .references(() => requestLines.id),
    convoyId: text('convoy_id')
      .notNull()
      .references(() => convoys.id),
    vehicleId: text('vehicle_id').references(() => vehicles.id),
    manifestLineId: text('manifest_line_id').references(() => manifestLines.id),
    quantity: integer('quantity').notNull(),
    /** The delivery recorded when the convoy arrived (null while it is on its way). */
    fulfilmentId: text('fulfilment_id').references(() => requestFulfilments.id),
  },
  (t) => [
    index('request_convoy_links_request_idx').on(t.requestId),
    index('request_convoy_links_convoy_idx').on(t.convoyId),
    check('request_convoy_links_quantity_ck', wholeQuantity(t.quantity, 1)),
  ],
);

/**
 * A file attached to a request (a signed letter, a route map, a photo): its name and note here,
 * the file itself copied under <home>/attachments/<request id>/ (services/requests/attachments.ts).
 * Removing one archives the row (who and when, its SHA-256 kept) and deletes the file.
 */
export const requestAttachments = sqliteTable(
  'request_attachments',
  {
    ...recordColumns(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    fileName: text('file_name').notNull(),
    note: text('note').notNull().default(''),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Where the file is, relative to the attachments folder. */
    storedPath: text('stored_path').notNull(),
    addedBy: text('added_by').notNull(),
    removedAt: text('removed_at'),
    removedBy: text('removed_by'),
  },
  (t) => [
    index('request_attachments_request_idx').on(t.requestId),
    check('request_attachments_bytes_ck', sql`${sql.identifier('bytes')} > 0`),
  ],
);

export type RequestRow = typeof requests.$inferSelect;
export type RequestLineRow = typeof requestLines.$inferSelect;
export type RequestEventRow = typeof requestEvents.$inferSelect;
export type RequestFulfilmentRow = typeof requestFulfilments.$inferSelect;
