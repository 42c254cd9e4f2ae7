import type { OrgKind, RequestAction, RequestStatus, RequestType } from '../../api/vocabularies';
import type { ActionDefinition, Requirement, StateDefinition, WorkflowDefinition } from './engine';

/**
 * The workflow of a shared-resource request, as data: draft → submitted → under review →
 * approved / partially approved / declined → in progress → fulfilled → closed, and cancelled by
 * the requester from any open state. Each action names its side (the requesting organisation
 * submits, cancels and closes; the providing one reviews, decides, commits and delivers), the
 * comment it needs, and what submitting requires: the last-resort record when the provider is a
 * military unit, the four escort criteria for escorts, the asked knowledge for military → NGO.
 * The request services ask the engine before every change (electron/services/requests/act.ts).
 */

/** What the workflow reads of a request. */
export interface RequestFacts {
  status: RequestStatus;
  number: string;
  type: RequestType;
  requesterKind: OrgKind;
  providerKind: OrgKind;
  lineCount: number;
  neededBy: string | null;
  justification: string;
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
}

type Definition = WorkflowDefinition<RequestFacts, RequestStatus, RequestAction>;
type State = StateDefinition<RequestAction>;

const toMilitary = (r: RequestFacts) => r.providerKind === 'military';
const fromMilitary = (r: RequestFacts) => r.requesterKind === 'military' && r.providerKind !== 'military';
const need = (field: keyof RequestFacts & string, message: string, applies?: (r: RequestFacts) => boolean): Requirement<RequestFacts> => ({
  fields: [field],
  message,
  applies,
});

/** What submitting requires: the SRF's basics, the last-resort record, the escort criteria, the military → NGO fields. */
const SUBMIT_REQUIRES: Requirement<RequestFacts>[] = [
  need('neededBy', 'Say by when it is needed (needed-by date)'),
  need('justification', 'Give the justification: what the request is for and who benefits'),
  need('civilianOptionsTried', 'Last resort: say which civilian options were tried', toMilitary),
  need('capabilityGap', 'Last resort: describe the capability gap', toMilitary),
  need('whyMilitaryUnique', 'Last resort: say why only the military can do it', toMilitary),
  need('militaryStart', 'Last resort: give the start date of the military support', toMilitary),
  need('militaryEnd', 'Last resort: give the end date of the military support', toMilitary),
  need('exitPlan', 'Last resort: give the exit plan (how the need is met once the military stops)', toMilitary),
  need('escortNeed', 'Escort: state the humanitarian need and programme criticality', (r) => r.type === 'escort'),
  need('escortAuthorities', 'Escort: name the responsible authorities consulted', (r) => r.type === 'escort'),
  need('escortSafety', 'Escort: assess safety and security', (r) => r.type === 'escort'),
  need('escortSustainability', 'Escort: say how it is sustainable', (r) => r.type === 'escort'),
  need('escortEndDate', 'Escort: give the date to stop using escorts', (r) => r.type === 'escort'),
  need('askedKnowledge', 'Say what local knowledge or supplies are asked of the partner', fromMilitary),
  need('askedWhy', 'Say why the military asks for it', fromMilitary),
];

const comment = (label: string) => [{ field: 'comment', label }] as const;

const ACTIONS: Record<RequestAction, ActionDefinition<RequestFacts>> = {
  edit: { label: 'Edit', permission: 'stock.edit', side: 'requesting' },
  submit: {
    label: 'Submit',
    permission: 'stock.edit',
    side: 'requesting',
    requires: SUBMIT_REQUIRES,
    guards: [{ when: (r) => r.lineCount === 0, message: 'Add at least one line (an item and quantity, or a capacity) before submitting' }],
  },
  review: { label: 'Start review', permission: 'stock.approve', side: 'providing' },
  approve: { label: 'Approve', permission: 'stock.approve', side: 'providing' },
  approvePartially: {
    label: 'Approve in part',
    permission: 'stock.approve',
    side: 'providing',
    inputs: comment('What is approved and why not all of it'),
  },
  decline: { label: 'Decline', permission: 'stock.approve', side: 'providing', final: true, inputs: comment('Why it is declined') },
  commit: { label: 'Commit', permission: 'stock.edit', side: 'providing' },
  deliver: { label: 'Record delivery', permission: 'stock.edit', side: 'providing' },
  close: { label: 'Close', permission: 'stock.edit', side: 'requesting', final: true },
  cancel: {
    label: 'Cancel request',
    permission: 'stock.edit',
    side: 'requesting',
    final: true,
    inputs: comment('Why it is cancelled'),
  },
};

const open = (label: string, actions: RequestAction[], refusals: State['refusals'] = {}): State => ({
  label,
  final: false,
  actions: [...actions, 'cancel'],
  refusals,
});
const NOT_DECIDED = 'Request {number} has no decision yet: the provider reviews and decides first';
const SUBMITTED_NO_EDIT = 'Request {number} is submitted and can no longer be edited; cancel it and draft a new one';

export const REQUEST_WORKFLOW: Definition = {
  label: 'request',
  stateOf: (r) => r.status,
  states: {
    draft: open('Draft', ['edit', 'submit'], {
      review: 'Request {number} is a draft: the requester submits it first',
    }),
    submitted: open('Submitted', ['review'], { edit: SUBMITTED_NO_EDIT, commit: NOT_DECIDED, deliver: NOT_DECIDED }),
    under_review: open('Under review', ['approve', 'approvePartially', 'decline'], {
      edit: SUBMITTED_NO_EDIT,
      commit: NOT_DECIDED,
      deliver: NOT_DECIDED,
    }),
    approved: open('Approved', ['commit'], { deliver: 'Request {number} has nothing committed yet: commit what will be delivered first' }),
    partially_approved: open('Partially approved', ['commit'], {
      deliver: 'Request {number} has nothing committed yet: commit what will be delivered first',
    }),
    in_progress: open('In progress', ['commit', 'deliver']),
    declined: {
      label: 'Declined',
      final: false,
      actions: ['close'],
      refusals: { cancel: 'Request {number} was declined; close it instead' },
    },
    fulfilled: {
      label: 'Fulfilled',
      final: false,
      actions: ['close'],
      refusals: { cancel: 'Request {number} is fulfilled; close it instead', deliver: 'Request {number} is already fully delivered' },
    },
    closed: { label: 'Closed', final: true, actions: [] },
    cancelled: { label: 'Cancelled', final: true, actions: [] },
  },
  actions: ACTIONS,
};

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
