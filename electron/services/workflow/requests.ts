import type { RequestRow } from '../../../db/schema';
import type { OrgKind, RequestAction, RequestStatus } from '../../api/vocabularies';
import type { ActionDefinition, Requirement, StateDefinition, Text, WorkflowDefinition } from './engine';

/**
 * The workflow of a shared-resource request, as data: draft → submitted → under review →
 * approved / partially approved / declined → in progress → fulfilled → closed, and cancelled by
 * the requester from any open state. Each action names its side (the requesting organisation
 * submits, cancels and closes; the providing one reviews, decides, commits and delivers), the
 * comment it needs, and what submitting requires: the last-resort record when the provider is a
 * military unit, the four escort criteria for escorts, the asked knowledge for military → NGO.
 * The request services ask the engine before every change (electron/services/requests/act.ts).
 */

/** What the workflow reads of a request: its stored fields (db/schema), its two sides' kinds and its line count. */
export type RequestFacts = Pick<
  RequestRow,
  | 'status'
  | 'number'
  | 'type'
  | 'neededBy'
  | 'justification'
  | 'civilianOptionsTried'
  | 'capabilityGap'
  | 'whyMilitaryUnique'
  | 'militaryStart'
  | 'militaryEnd'
  | 'exitPlan'
  | 'escortNeed'
  | 'escortAuthorities'
  | 'escortSafety'
  | 'escortSustainability'
  | 'escortEndDate'
  | 'askedKnowledge'
  | 'askedWhy'
> & { requesterKind: OrgKind; providerKind: OrgKind; lineCount: number };

type Definition = WorkflowDefinition<RequestFacts, RequestStatus, RequestAction>;
type State = StateDefinition<RequestAction>;

const toMilitary = (r: RequestFacts) => r.providerKind === 'military';
const fromMilitary = (r: RequestFacts) => r.requesterKind === 'military' && r.providerKind !== 'military';
const need = (field: keyof RequestFacts & string, message: Text, applies?: (r: RequestFacts) => boolean): Requirement<RequestFacts> => ({
  fields: [field],
  message,
  applies,
});

/** What submitting requires: the SRF's basics, the last-resort record, the escort criteria, the military → NGO fields. */
const SUBMIT_REQUIRES: Requirement<RequestFacts>[] = [
  need('neededBy', { key: 'requestFlow.need.neededBy' }),
  need('justification', { key: 'requestFlow.need.justification' }),
  need('civilianOptionsTried', { key: 'requestFlow.need.civilianOptionsTried' }, toMilitary),
  need('capabilityGap', { key: 'requestFlow.need.capabilityGap' }, toMilitary),
  need('whyMilitaryUnique', { key: 'requestFlow.need.whyMilitaryUnique' }, toMilitary),
  need('militaryStart', { key: 'requestFlow.need.militaryStart' }, toMilitary),
  need('militaryEnd', { key: 'requestFlow.need.militaryEnd' }, toMilitary),
  need('exitPlan', { key: 'requestFlow.need.exitPlan' }, toMilitary),
  need('escortNeed', { key: 'requestFlow.need.escortNeed' }, (r) => r.type === 'escort'),
  need('escortAuthorities', { key: 'requestFlow.need.escortAuthorities' }, (r) => r.type === 'escort'),
  need('escortSafety', { key: 'requestFlow.need.escortSafety' }, (r) => r.type === 'escort'),
  need('escortSustainability', { key: 'requestFlow.need.escortSustainability' }, (r) => r.type === 'escort'),
  need('escortEndDate', { key: 'requestFlow.need.escortEndDate' }, (r) => r.type === 'escort'),
  need('askedKnowledge', { key: 'requestFlow.need.askedKnowledge' }, fromMilitary),
  need('askedWhy', { key: 'requestFlow.need.askedWhy' }, fromMilitary),
];

const comment = (label: Text) => [{ field: 'comment', label }] as const;

const ACTIONS: Record<RequestAction, ActionDefinition<RequestFacts>> = {
  edit: { label: { key: 'requestFlow.action.edit' }, permission: 'stock.edit', side: 'requesting' },
  submit: {
    label: { key: 'requestFlow.action.submit' },
    permission: 'stock.edit',
    side: 'requesting',
    requires: SUBMIT_REQUIRES,
    guards: [{ when: (r) => r.lineCount === 0, message: { key: 'requestFlow.needLine' } }],
  },
  review: { label: { key: 'requestFlow.action.review' }, permission: 'stock.approve', side: 'providing' },
  approve: { label: { key: 'requestFlow.action.approve' }, permission: 'stock.approve', side: 'providing' },
  approvePartially: {
    label: { key: 'requestFlow.action.approvePartially' },
    permission: 'stock.approve',
    side: 'providing',
    inputs: comment({ key: 'requestFlow.input.approvedPart' }),
  },
  decline: {
    label: { key: 'requestFlow.action.decline' },
    permission: 'stock.approve',
    side: 'providing',
    final: true,
    inputs: comment({ key: 'requestFlow.input.whyDeclined' }),
  },
  commit: { label: { key: 'requestFlow.action.commit' }, permission: 'stock.edit', side: 'providing' },
  deliver: { label: { key: 'requestFlow.action.deliver' }, permission: 'stock.edit', side: 'providing' },
  close: { label: { key: 'requestFlow.action.close' }, permission: 'stock.edit', side: 'requesting', final: true },
  cancel: {
    label: { key: 'requestFlow.action.cancel' },
    permission: 'stock.edit',
    side: 'requesting',
    final: true,
    inputs: comment({ key: 'requestFlow.input.whyCancelled' }),
  },
};

const open = (label: Text, actions: RequestAction[], refusals: State['refusals'] = {}): State => ({
  label,
  final: false,
  actions: [...actions, 'cancel'],
  refusals,
});
const NOT_DECIDED: Text = { key: 'requestFlow.notDecided' };
const SUBMITTED_NO_EDIT: Text = { key: 'requestFlow.submittedNoEdit' };

export const REQUEST_WORKFLOW: Definition = {
  label: { key: 'requestFlow.record' },
  stateOf: (r) => r.status,
  states: {
    draft: open({ key: 'vocab.requestStatus.draft' }, ['edit', 'submit'], {
      review: { key: 'requestFlow.draftReview' },
    }),
    submitted: open({ key: 'vocab.requestStatus.submitted' }, ['review'], {
      edit: SUBMITTED_NO_EDIT,
      commit: NOT_DECIDED,
      deliver: NOT_DECIDED,
    }),
    under_review: open({ key: 'vocab.requestStatus.under_review' }, ['approve', 'approvePartially', 'decline'], {
      edit: SUBMITTED_NO_EDIT,
      commit: NOT_DECIDED,
      deliver: NOT_DECIDED,
    }),
    approved: open({ key: 'vocab.requestStatus.approved' }, ['commit'], { deliver: { key: 'requestFlow.nothingCommitted' } }),
    partially_approved: open({ key: 'vocab.requestStatus.partially_approved' }, ['commit'], {
      deliver: { key: 'requestFlow.nothingCommitted' },
    }),
    in_progress: open({ key: 'vocab.requestStatus.in_progress' }, ['commit', 'deliver']),
    declined: {
      label: { key: 'vocab.requestStatus.declined' },
      final: false,
      actions: ['close'],
      refusals: { cancel: { key: 'requestFlow.declinedClose' } },
    },
    fulfilled: {
      label: { key: 'vocab.requestStatus.fulfilled' },
      final: false,
      actions: ['close'],
      refusals: { cancel: { key: 'requestFlow.fulfilledClose' }, deliver: { key: 'requestFlow.fullyDelivered' } },
    },
    closed: { label: { key: 'vocab.requestStatus.closed' }, final: true, actions: [] },
    cancelled: { label: { key: 'vocab.requestStatus.cancelled' }, final: true, actions: [] },
  },
  actions: ACTIONS,
};

/**
 * The header fields that stay changeable in every state, alone, by either party (the edit action,
 * a draft's and the requesting side's, is not needed): the sharing label is releasability
 * metadata, so a submitted, decided or closed request can still be relabelled.
 */
export const REQUEST_LABEL_FIELDS = ['sharing'] as const;

/** Where each state-changing action leads (commit moves an approval to in progress; deliver may fulfil). */
export const REQUEST_ACTION_TARGET: Partial<Record<RequestAction, RequestStatus>> = {
  submit: 'submitted',
  review: 'under_review',
  approve: 'approved',
  approvePartially: 'partially_approved',
  decline: 'declined',
  commit: 'in_progress',
  close: 'closed',
  cancel: 'cancelled',
};
