import { sayLater } from './i18n/current';
/* eslint-disable max-lines -- the request area's whole contract (input schemas, views, operations) in one place, as each area's contract file is; the views are plain interfaces */
import { z } from 'zod';
import type { FieldLabel } from './i18n';
import { command, query } from './define';
import { idRef, optionalDate, optionalIdRef, optionalText, requiredText, uuid } from './formats';
import { versionedId } from './records';
import { recordSharing } from './sharing-field';
import { occurredAtField, pageInput, sortDirection, wholeNumber, optionalWholeNumber, type Page } from './stock/fields';
import { optionalFilterText } from './text';
import type { WorkflowView } from './workflow';
import type { RequestAttachmentView } from './request-attachments';
import type { Permission } from './permissions';
import {
  FULFILMENT_LINKS,
  REQUEST_DIRECTIONS,
  REQUEST_LINE_KINDS,
  REQUEST_PRIORITIES,
  REQUEST_STATE_ACTIONS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type FulfilmentLink,
  type RequestAction,
  type RequestDirection,
  type RequestLineKind,
  type RequestPriority,
  type RequestSide,
  type RequestStatus,
  type RequestStateAction,
  type RequestType,
  type TlpLabel,
  type ConvoyStatus,
} from './vocabularies';

/* Shared-resource requests: the register, a request with its lines, timeline and fulfilments, the workflow's actions, the measures. */

const longText = (label: FieldLabel) => optionalText(label, 2000, { multiline: true });

/** On whose behalf the operator acts (the requesting or the providing organisation); default: this installation's organisation. */
const actingOrgId = optionalIdRef('Acting for');
/**
 * When the action happened, if earlier than now (a request received on paper and entered later):
 * never in the future, never before the request's last timeline entry. Absent: now.
 */
const occurredAt = occurredAtField;

const priorityField = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().charAt(0)) : v),
  z.union(REQUEST_PRIORITIES.map((p) => z.literal(p)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>], {
    ...sayLater('schema.priority'),
  }),
);

export const requestLineInput = z.object({
  kind: z.enum(REQUEST_LINE_KINDS, sayLater('schema.lineKind')),
  /** An item from the catalogue (item lines). */
  itemId: optionalIdRef('Item'),
  /** What is asked: "Truck, 10 t", "Covered storage", "Diesel" (required for capacity lines). */
  description: optionalText('Description', 200),
  quantity: wholeNumber('Quantity', 1),
  /** The unit of the quantity: trucks, m³, L, each. */
  unit: requiredText('Unit', 40),
  /** For how many days a capacity is needed (2 trucks for 3 days). */
  durationDays: optionalWholeNumber('Duration (days)', 1),
});
export type RequestLineInput = z.input<typeof requestLineInput>;

const header = {
  title: requiredText('Title', 200),
  type: z.enum(
    REQUEST_TYPES,
    sayLater('schema.typeOneOf', () => ({ values: REQUEST_TYPES.join(', ') })),
  ),
  priority: priorityField,
  neededBy: optionalDate('Needed by'),
  fromPlace: optionalText('From', 300),
  toPlace: optionalText('To', 300),
  justification: longText('Justification'),
  contact: optionalText('Contact', 300),
  civilianOptionsTried: longText('Civilian options tried'),
  capabilityGap: longText('Capability gap'),
  whyMilitaryUnique: longText('Why only the military can do it'),
  militaryStart: optionalDate('Military support from'),
  militaryEnd: optionalDate('Military support until'),
  exitPlan: longText('Exit plan'),
  escortNeed: longText('Humanitarian need and programme criticality'),
  escortAuthorities: longText('Responsible authorities'),
  escortSafety: longText('Safety and security'),
  escortSustainability: longText('Sustainability'),
  escortEndDate: optionalDate('Stop using escorts by'),
  askedKnowledge: longText('Local knowledge or supplies asked'),
  askedWhy: longText('Why it is asked'),
  sharing: recordSharing,
  /** The requesting partner's own reference for it (an imported request list's reference column). */
  partnerReference: optionalText('Partner reference', 100),
};

export const createRequestInput = z.object({
  requesterOrgId: idRef('Requesting organisation'),
  providerOrgId: idRef('Providing organisation'),
  ...header,
  lines: z
    .array(requestLineInput)
    .max(
      200,
      sayLater('schema.atMostRequestLines', () => ({ max: 200 })),
    )
    .default([]),
  actingOrgId,
  occurredAt,
});

/** A draft's header (absent fields stay) and, when given, its lines (replacing all of them). */
export const updateRequestInput = z
  .object(header)
  .partial()
  .extend({
    ...versionedId,
    requesterOrgId: idRef('Requesting organisation').optional(),
    providerOrgId: idRef('Providing organisation').optional(),
    lines: z
      .array(requestLineInput)
      .max(
        200,
        sayLater('schema.atMostRequestLines', () => ({ max: 200 })),
      )
      .optional(),
    actingOrgId,
  });

export const actOnRequestInput = z.object({
  ...versionedId,
  action: z.enum(
    REQUEST_STATE_ACTIONS,
    sayLater('schema.actionOneOf', () => ({ values: REQUEST_STATE_ACTIONS.join(', ') })),
  ),
  comment: optionalText('Comment', 2000, { multiline: true }),
  /** Partial approval: what is approved of each line (lines not named are approved in full). */
  lines: z
    .array(z.object({ lineId: uuid, approvedQuantity: wholeNumber('Approved quantity', 0) }))
    .max(200)
    .optional(),
  actingOrgId,
  occurredAt,
});

export const commitRequestInput = z.object({
  ...versionedId,
  lines: z
    .array(
      z.object({
        lineId: uuid,
        quantity: wholeNumber('Committed quantity', 0),
        availableFrom: optionalDate('Available from'),
      }),
    )
    .min(1, sayLater('schema.commitOneLine'))
    .max(200),
  comment: optionalText('Comment', 2000, { multiline: true }),
  actingOrgId,
  occurredAt,
});

export const deliverRequestInput = z.object({
  ...versionedId,
  lineId: uuid,
  quantity: wholeNumber('Delivered quantity', 1),
  deliveredOn: optionalDate('Delivered on'),
  link: z.enum(
    FULFILMENT_LINKS,
    sayLater('schema.deliveredByOneOf', () => ({ values: FULFILMENT_LINKS.join(', ') })),
  ),
  /** The posted stock issue that delivered it (link stock_issue). */
  stockDocumentId: optionalIdRef('Stock issue'),
  /** A storage arrangement's or another delivery's reference (required unless a stock issue is chosen). */
  reference: optionalText('Reference', 200),
  note: optionalText('Note', 2000, { multiline: true }),
  actingOrgId,
  occurredAt,
});

/** The stages the measures count and the register can filter by (see services/requests/measures.ts). */
/** A line's delivery planned on a convoy: the whole convoy, one vehicle, or one manifest line. */
export const linkConvoyInput = z.object({
  ...versionedId,
  lineId: uuid,
  convoyId: idRef('Convoy'),
  vehicleId: optionalIdRef('Vehicle'),
  manifestLineId: optionalIdRef('Manifest line'),
  quantity: wholeNumber('Quantity', 1),
  actingOrgId,
  occurredAt,
});

/** The printable request form (a PDF made by a print job, in the operator's language). */
export const requestFormPrintRequest = z.object({ document: z.literal('request-form'), requestId: uuid });
export type RequestFormPrintRequest = z.output<typeof requestFormPrintRequest>;

export const REQUEST_MEASURE_STAGES = ['submission', 'decision', 'approved', 'declined', 'fulfilment'] as const;
export type RequestMeasureStage = (typeof REQUEST_MEASURE_STAGES)[number];

export const REQUEST_SORT_COLUMNS = [
  'number',
  'title',
  'priority',
  'status',
  'neededBy',
  'submittedAt',
  'updatedAt',
  'requester',
  'provider',
] as const;

export const listRequestsInput = z
  .object({
    status: z.array(z.enum(REQUEST_STATUSES)).max(REQUEST_STATUSES.length).optional(),
    priority: z.array(priorityField).max(3).optional(),
    /** Either side of the request. */
    orgId: optionalIdRef('Organisation'),
    direction: z.enum(REQUEST_DIRECTIONS).optional(),
    /** Submitted at least this many days ago. */
    olderThanDays: optionalWholeNumber('Older than (days)', 0),
    /** Submitted fewer than this many days ago. */
    youngerThanDays: optionalWholeNumber('Younger than (days)', 1),
    /** Submitted in this period (days, inclusive): the measures' period, so each figure opens its requests. */
    submittedFrom: optionalDate('Submitted from'),
    submittedTo: optionalDate('Submitted until'),
    /** How far it got, as the measures count it: submitted, decided, approved (in whole or part), declined, fulfilled. */
    reached: z.enum(REQUEST_MEASURE_STAGES).optional(),
    /** Only open requests whose needed-by date has passed. */
    overdue: z.boolean().optional(),
    search: optionalFilterText('Search'),
    sort: z
      .array(z.object({ colId: z.enum(REQUEST_SORT_COLUMNS), sort: sortDirection }))
      .max(3)
      .default([]),
    ...pageInput,
  })
  .default({ sort: [], offset: 0, limit: 200 });

export const getRequestInput = z.object({ id: uuid });

export const requestMeasuresInput = z.object({
  /** The period: requests submitted from this day to this day (inclusive). */
  from: optionalDate('From'),
  to: optionalDate('To'),
});

/** A row of the register. */
export interface RequestListRow {
  id: string;
  version: number;
  number: string;
  title: string;
  type: RequestType;
  priority: RequestPriority;
  status: RequestStatus;
  direction: RequestDirection;
  requesterOrgId: string;
  requester: string;
  providerOrgId: string;
  provider: string;
  neededBy: string | null;
  /** Open and past its needed-by date. */
  overdue: boolean;
  submittedAt: string | null;
  /** Days since it was submitted (null for drafts). */
  ageDays: number | null;
  lineCount: number;
  updatedAt: string;
}

export interface RequestLineView {
  id: string;
  version: number;
  lineNo: number;
  kind: RequestLineKind;
  itemId: string | null;
  itemCode: string | null;
  itemName: string | null;
  description: string;
  quantity: number;
  unit: string;
  durationDays: number | null;
  approvedQuantity: number | null;
  committedQuantity: number | null;
  availableFrom: string | null;
  deliveredQuantity: number;
}

export interface RequestEventView {
  id: string;
  at: string;
  operator: string;
  orgId: string;
  org: string;
  action: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  comment: string;
}

export interface RequestFulfilmentView {
  id: string;
  lineId: string;
  lineNo: number;
  quantity: number;
  deliveredOn: string;
  link: FulfilmentLink;
  stockDocumentId: string | null;
  stockDocumentNumber: string | null;
  reference: string;
  note: string;
}

export interface RequestConvoyLinkView {
  id: string;
  lineId: string;
  lineNo: number;
  unit: string;
  quantity: number;
  convoyId: string;
  convoyNumber: string;
  convoyStatus: ConvoyStatus;
  /** The vehicle's plate when one vehicle carries it. */
  plate: string | null;
  /** The manifest line's item and quantity when one line carries it. */
  manifestLine: string | null;
  /** Delivered when the convoy arrived. */
  delivered: boolean;
}

export interface RequestDetail {
  request: RequestListRow & {
    fromPlace: string;
    toPlace: string;
    justification: string;
    contact: string;
    civilianOptionsTried: string;
    capabilityGap: string;
    whyMilitaryUnique: string;
    militaryStart: string | null;
    militaryEnd: string | null;
    exitPlan: string;
    escortNeed: string;
    escortAuthorities: string;
    escortSafety: string;
    escortSustainability: string;
    escortEndDate: string | null;
    askedKnowledge: string;
    askedWhy: string;
    decidedAt: string | null;
    fulfilledAt: string | null;
    closedAt: string | null;
    sharing: TlpLabel | null;
    /** The requesting partner's own reference ('' when none). */
    partnerReference: string;
    /** The label it carries: its own, or the type's default. */
    effectiveSharing: TlpLabel;
  };
  lines: RequestLineView[];
  timeline: RequestEventView[];
  fulfilments: RequestFulfilmentView[];
  /** Deliveries planned on convoys (delivered when the convoy arrives). */
  convoyLinks: RequestConvoyLinkView[];
  /** Files attached (removed ones are on the timeline only). */
  attachments: RequestAttachmentView[];
  /** What each side may do now (the screen shows the side it acts for). */
  workflow: Record<RequestSide, WorkflowView<RequestStatus, RequestAction>>;
}

/** Durations in days (fractional), over requests submitted in the period. */
export interface DurationMeasure {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}
export interface RequestMeasureSet {
  submitted: number;
  toDecision: DurationMeasure;
  toFulfilment: DurationMeasure;
  /** Fulfilled (or fulfilled and closed) of those approved in whole or part; null when none was approved. */
  fulfilmentRate: number | null;
  declined: number;
  cancelled: number;
  /** Open now, by priority, and by age since submission (drafts count as not submitted). */
  openByPriority: Record<RequestPriority, number>;
  openByAge: { under7: number; from7to30: number; over30: number; notSubmitted: number };
}
export interface RequestMeasures {
  from: string | null;
  to: string | null;
  asOf: string;
  overall: RequestMeasureSet;
  /** Per partner: the organisation on the other side from this installation's (or the requester when neither is). */
  byPartner: ({ orgId: string; org: string } & RequestMeasureSet)[];
}

/** Deciding on a request (review, approve, decline) is an approver's; the requesting side's moves are a storekeeper's. */
const DECISIONS: readonly RequestStateAction[] = ['review', 'approve', 'approvePartially', 'decline'];
const requestActPermission = (input: z.output<typeof actOnRequestInput>): Permission =>
  DECISIONS.includes(input.action) ? 'stock.approve' : 'stock.edit';

export const requestOps = {
  'requests.list': query<Page<RequestListRow>>('read')(listRequestsInput),
  'requests.get': query<RequestDetail>('read')(getRequestInput),
  'requests.create': command<RequestDetail>('stock.edit')(createRequestInput),
  'requests.update': command<RequestDetail>('stock.edit')(updateRequestInput),
  'requests.act': command<RequestDetail>(requestActPermission)(actOnRequestInput),
  'requests.commit': command<RequestDetail>('stock.edit')(commitRequestInput),
  'requests.deliver': command<RequestDetail>('stock.edit')(deliverRequestInput),
  'requests.linkConvoy': command<RequestDetail>('stock.edit')(linkConvoyInput),
  'requests.measures': query<RequestMeasures>('read')(requestMeasuresInput),
};
