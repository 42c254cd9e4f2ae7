/**
 * Shared-resource requests between organisations (NGO → military, military → NGO): their types,
 * priorities, statuses, workflow actions, line kinds and fulfilment links, with the words people
 * read. db/schema, the contract, the workflow definition and the renderer take them from here.
 */

export const REQUEST_TYPES = ['transport', 'escort', 'storage', 'items', 'fuel', 'equipment', 'other'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  transport: 'Transport',
  escort: 'Escort',
  storage: 'Storage space',
  items: 'Items',
  fuel: 'Fuel',
  equipment: 'Equipment',
  other: 'Other',
};

/** 1 life-saving, 2 urgent, 3 routine. */
export const REQUEST_PRIORITIES = [1, 2, 3] as const;
export type RequestPriority = (typeof REQUEST_PRIORITIES)[number];
export const REQUEST_PRIORITY_LABELS: Record<RequestPriority, string> = { 1: '1 Life-saving', 2: '2 Urgent', 3: '3 Routine' };

export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'approved',
  'partially_approved',
  'declined',
  'in_progress',
  'fulfilled',
  'closed',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  under_review: 'Under review',
  approved: 'Approved',
  partially_approved: 'Partially approved',
  declined: 'Declined',
  in_progress: 'In progress',
  fulfilled: 'Fulfilled',
  closed: 'Closed',
  cancelled: 'Cancelled',
};
/** Open: the requester may still cancel, and it counts as open in the measures. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = [
  'draft',
  'submitted',
  'under_review',
  'approved',
  'partially_approved',
  'in_progress',
];
/**
 * Open and sent to the provider (every open status but draft): the register's "Open" filter and
 * the measures' open requests by priority. Drafts are counted apart, as not submitted.
 */
export const OPEN_SUBMITTED_REQUEST_STATUSES: readonly RequestStatus[] = OPEN_REQUEST_STATUSES.filter((s) => s !== 'draft');
/** A decision was taken (the measures' "submitted → decision"). */
export const DECIDED_REQUEST_STATUSES: readonly RequestStatus[] = ['approved', 'partially_approved', 'declined'];

/** The workflow's actions. edit/commit/deliver keep the state (commit and deliver may move it on). */
export const REQUEST_ACTIONS = [
  'edit',
  'submit',
  'review',
  'approve',
  'approvePartially',
  'decline',
  'commit',
  'deliver',
  'close',
  'cancel',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];
/** The actions taken through requests.act (commit and deliver carry lines and have their own operations). */
export const REQUEST_STATE_ACTIONS = ['submit', 'review', 'approve', 'approvePartially', 'decline', 'close', 'cancel'] as const;
export type RequestStateAction = (typeof REQUEST_STATE_ACTIONS)[number];

/** Which side of a request an organisation acts for. */
export const REQUEST_SIDES = ['requesting', 'providing'] as const;
export type RequestSide = (typeof REQUEST_SIDES)[number];
export const REQUEST_SIDE_LABELS: Record<RequestSide, string> = { requesting: 'requesting', providing: 'providing' };

/** Direction, from the organisations' kinds: to a military provider (last resort applies), from a military requester, or neither. */
export const REQUEST_DIRECTIONS = ['to_military', 'from_military', 'civilian'] as const;
export type RequestDirection = (typeof REQUEST_DIRECTIONS)[number];
export const REQUEST_DIRECTION_LABELS: Record<RequestDirection, string> = {
  to_military: 'To military',
  from_military: 'Military → civilian',
  civilian: 'Civilian ↔ civilian',
};

/** A line asks for an item and quantity, or for a capacity (unit and, optionally, days). */
export const REQUEST_LINE_KINDS = ['item', 'capacity'] as const;
export type RequestLineKind = (typeof REQUEST_LINE_KINDS)[number];

/** What delivered (part of) a line. Convoy deliveries are recorded when a linked convoy arrives. */
export const FULFILMENT_LINKS = ['stock_issue', 'convoy', 'storage', 'other'] as const;
export type FulfilmentLink = (typeof FULFILMENT_LINKS)[number];
export const FULFILMENT_LINK_LABELS: Record<FulfilmentLink, string> = {
  stock_issue: 'Stock issue',
  convoy: 'Convoy',
  storage: 'Storage arrangement',
  other: 'Other (reference)',
};
