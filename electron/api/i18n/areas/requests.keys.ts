import type { FulfilmentLink, RequestDirection, RequestPriority, RequestSide, RequestStatus, RequestType } from '../../vocabularies';
import type { MessageKey } from '../en';

/* Each request vocabulary value's catalogue key: what the register, the board and messages show for it. */

export const REQUEST_TYPE_KEYS: Record<RequestType, MessageKey> = {
  transport: 'vocab.requestType.transport',
  escort: 'vocab.requestType.escort',
  storage: 'vocab.requestType.storage',
  items: 'vocab.requestType.items',
  fuel: 'vocab.requestType.fuel',
  equipment: 'vocab.requestType.equipment',
  other: 'vocab.requestType.other',
};

export const REQUEST_PRIORITY_KEYS: Record<RequestPriority, MessageKey> = {
  1: 'vocab.requestPriority.1',
  2: 'vocab.requestPriority.2',
  3: 'vocab.requestPriority.3',
};

export const REQUEST_STATUS_KEYS: Record<RequestStatus, MessageKey> = {
  draft: 'vocab.requestStatus.draft',
  submitted: 'vocab.requestStatus.submitted',
  under_review: 'vocab.requestStatus.under_review',
  approved: 'vocab.requestStatus.approved',
  partially_approved: 'vocab.requestStatus.partially_approved',
  declined: 'vocab.requestStatus.declined',
  in_progress: 'vocab.requestStatus.in_progress',
  fulfilled: 'vocab.requestStatus.fulfilled',
  closed: 'vocab.requestStatus.closed',
  cancelled: 'vocab.requestStatus.cancelled',
};

export const REQUEST_DIRECTION_KEYS: Record<RequestDirection, MessageKey> = {
  to_military: 'vocab.requestDirection.to_military',
  from_military: 'vocab.requestDirection.from_military',
  civilian: 'vocab.requestDirection.civilian',
};

export const REQUEST_SIDE_KEYS: Record<RequestSide, MessageKey> = {
  requesting: 'vocab.requestSide.requesting',
  providing: 'vocab.requestSide.providing',
};

export const FULFILMENT_LINK_KEYS: Record<FulfilmentLink, MessageKey> = {
  stock_issue: 'vocab.fulfilmentLink.stock_issue',
  convoy: 'vocab.fulfilmentLink.convoy',
  storage: 'vocab.fulfilmentLink.storage',
  other: 'vocab.fulfilmentLink.other',
};

/** The request's long-text fields in groups, with their labels: the form, the request page and the printed form share them. */
export type RequestTextKey =
  | 'justification'
  | 'civilianOptionsTried'
  | 'capabilityGap'
  | 'whyMilitaryUnique'
  | 'exitPlan'
  | 'escortNeed'
  | 'escortAuthorities'
  | 'escortSafety'
  | 'escortSustainability'
  | 'askedKnowledge'
  | 'askedWhy';

export const LAST_RESORT_FIELDS: { key: RequestTextKey; label: MessageKey }[] = [
  { key: 'civilianOptionsTried', label: 'requests.field.civilianOptionsTried' },
  { key: 'capabilityGap', label: 'requests.field.capabilityGap' },
  { key: 'whyMilitaryUnique', label: 'requests.field.whyMilitaryUnique' },
  { key: 'exitPlan', label: 'requests.field.exitPlan' },
];
export const ESCORT_FIELDS: { key: RequestTextKey; label: MessageKey }[] = [
  { key: 'escortNeed', label: 'requests.field.escortNeed' },
  { key: 'escortAuthorities', label: 'requests.field.escortAuthorities' },
  { key: 'escortSafety', label: 'requests.field.escortSafety' },
  { key: 'escortSustainability', label: 'requests.field.escortSustainability' },
];
export const ASKED_FIELDS: { key: RequestTextKey; label: MessageKey }[] = [
  { key: 'askedKnowledge', label: 'requests.field.askedKnowledge' },
  { key: 'askedWhy', label: 'requests.field.askedWhy' },
];

/** A timeline entry's action in the reader's words (the workflow's actions, creation, an edit, a convoy link). */
export const REQUEST_EVENT_KEYS: Record<string, MessageKey> = {
  create: 'requests.event.create',
  update: 'requests.event.update',
  edit: 'requests.event.update',
  submit: 'requestFlow.action.submit',
  review: 'requestFlow.action.review',
  approve: 'requestFlow.action.approve',
  approvePartially: 'requestFlow.action.approvePartially',
  decline: 'requestFlow.action.decline',
  commit: 'requestFlow.action.commit',
  deliver: 'requestFlow.action.deliver',
  linkConvoy: 'requests.action.linkConvoy',
  attach: 'attachments.event.attach',
  removeAttachment: 'attachments.event.remove',
  close: 'requestFlow.action.close',
  cancel: 'requestFlow.action.cancel',
};
