import type { ConvoyAction, ConvoyStatus, NotificationStatus } from '../../api/vocabularies';
import type { ActionDefinition, StateDefinition, WorkflowDefinition } from './engine';

/**
 * The convoy workflow, as data: planning → loading → cleared → in transit → arrived → closed, or
 * cancelled before departure. Each move is guarded by facts the convoy service reads from the
 * manifest (overloads, mixed loading, cold chain, stops still to receive) and from the header
 * (escort without clearance, a movement notification not yet acknowledged).
 */
export interface ConvoyFacts {
  number: string;
  status: ConvoyStatus;
  escortNeeded: boolean;
  movementNumber: string;
  notificationStatus: NotificationStatus;
  stopCount: number;
  vehicleCount: number;
  lineCount: number;
  /** The first problem that stops departure (an overloaded vehicle, a line without its vehicle…), or ''. */
  loadProblem: string;
  /** How many stops have not recorded their arrival. */
  stopsPending: number;
}

type Definition = WorkflowDefinition<ConvoyFacts, ConvoyStatus, ConvoyAction>;
type State = StateDefinition<ConvoyAction>;

const comment = [{ field: 'comment', label: 'Comment' }] as const;
const noEscortClearance = {
  when: (c: ConvoyFacts) => c.escortNeeded && c.movementNumber.trim() === '',
  message: 'An escort is needed: enter the movement/clearance number first',
};

const ACTIONS: Record<ConvoyAction, ActionDefinition<ConvoyFacts>> = {
  edit: { label: 'Edit', permission: 'convoys.edit' },
  editManifest: { label: 'Edit manifest', permission: 'convoys.manifest.edit' },
  startLoading: {
    label: 'Start loading',
    permission: 'convoys.edit',
    guards: [
      { when: (c) => c.stopCount === 0, message: 'Add at least one destination stop before loading' },
      { when: (c) => c.vehicleCount === 0, message: 'Add at least one vehicle before loading' },
    ],
  },
  backToPlanning: { label: 'Back to planning', permission: 'convoys.edit', inputs: comment },
  clear: {
    label: 'Cleared to leave',
    permission: 'convoys.clear',
    guards: [
      { when: (c) => c.lineCount === 0, message: 'The manifest is empty: load at least one line first' },
      { when: (c) => c.loadProblem !== '', message: '{loadProblem}' },
      noEscortClearance,
    ],
  },
  depart: {
    label: 'Dispatch (depart)',
    permission: 'convoys.dispatch',
    final: true,
    guards: [
      { when: (c) => c.lineCount === 0, message: 'The manifest is empty: load at least one line first' },
      { when: (c) => c.loadProblem !== '', message: '{loadProblem}' },
      noEscortClearance,
      {
        when: (c) => c.notificationStatus === 'not_submitted' || c.notificationStatus === 'submitted',
        message: 'The movement notification has not been acknowledged yet: a required notification must be acknowledged before departure',
      },
    ],
  },
  arrive: {
    label: 'Arrived',
    permission: 'convoys.receive',
    side: 'destination',
    guards: [{ when: (c) => c.stopsPending > 0, message: 'Record what arrived at every stop first ({stopsPending} still to do)' }],
  },
  close: { label: 'Close', permission: 'convoys.close', final: true },
  cancel: {
    label: 'Cancel convoy',
    permission: 'convoys.cancel',
    final: true,
    inputs: [{ field: 'comment', label: 'Why it is cancelled' }],
  },
};

const AFTER_DEPARTURE = 'Convoy {number} has left: its manifest and header are fixed (record arrivals per stop instead)';
const departed: State['refusals'] = {
  edit: AFTER_DEPARTURE,
  editManifest: AFTER_DEPARTURE,
  cancel: 'Convoy {number} has left and cannot be cancelled; record what arrived at each stop',
  startLoading: AFTER_DEPARTURE,
  clear: AFTER_DEPARTURE,
  depart: 'Convoy {number} has already left',
};
const finished = (label: string, why: string): State => ({
  label,
  final: true,
  actions: [],
  refusals: {
    edit: why,
    editManifest: why,
    cancel: why,
    depart: why,
    startLoading: why,
    clear: why,
    arrive: why,
    close: why,
    backToPlanning: why,
  },
});

export const CONVOY_WORKFLOW: Definition = {
  label: 'convoy',
  stateOf: (c) => c.status,
  states: {
    planning: {
      label: 'Planning',
      final: false,
      actions: ['edit', 'editManifest', 'startLoading', 'cancel'],
      refusals: { depart: 'Convoy {number} is still being planned: start loading and get it cleared first' },
    },
    loading: {
      label: 'Loading',
      final: false,
      actions: ['edit', 'editManifest', 'backToPlanning', 'clear', 'cancel'],
      refusals: { depart: 'Convoy {number} is loading: mark it cleared to leave first' },
    },
    cleared: {
      label: 'Cleared',
      final: false,
      actions: ['edit', 'backToPlanning', 'depart', 'cancel'],
      refusals: { editManifest: 'Convoy {number} is cleared: go back to planning to change its manifest' },
    },
    in_transit: { label: 'In transit', final: false, actions: ['arrive'], refusals: departed, explain: ['arrive'] },
    arrived: {
      label: 'Arrived',
      final: false,
      actions: ['close'],
      refusals: { ...departed, arrive: 'Convoy {number} has already arrived' },
    },
    closed: finished('Closed', 'Convoy {number} is closed'),
    cancelled: finished('Cancelled', 'Convoy {number} was cancelled'),
  },
  actions: ACTIONS,
  refusals: {
    arrive: 'Convoy {number} has not left yet',
    close: 'Only a convoy that has arrived is closed',
    backToPlanning: 'Convoy {number} cannot go back to planning now',
  },
};

/** Where each move takes a convoy. */
export const CONVOY_MOVE_TARGET: Record<Exclude<ConvoyAction, 'edit' | 'editManifest'>, ConvoyStatus> = {
  startLoading: 'loading',
  backToPlanning: 'planning',
  clear: 'cleared',
  depart: 'in_transit',
  arrive: 'arrived',
  close: 'closed',
  cancel: 'cancelled',
};
