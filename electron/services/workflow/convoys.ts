import type { ConvoyAction, ConvoyStatus, NotificationStatus } from '../../api/vocabularies';
import type { ActionDefinition, Guard, StateDefinition, Text, WorkflowDefinition } from './engine';

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

const comment = [{ field: 'comment', label: { key: 'convoyFlow.comment' } }] as const;
const noEscortClearance: Guard<ConvoyFacts> = {
  when: (c: ConvoyFacts) => c.escortNeeded && c.movementNumber.trim() === '',
  message: { key: 'convoyFlow.escortClearance' },
};

const ACTIONS: Record<ConvoyAction, ActionDefinition<ConvoyFacts>> = {
  edit: { label: { key: 'convoyFlow.action.edit' }, permission: 'stock.edit' },
  editManifest: { label: { key: 'convoyFlow.action.editManifest' }, permission: 'stock.edit' },
  startLoading: {
    label: { key: 'convoyFlow.action.startLoading' },
    permission: 'stock.edit',
    guards: [
      { when: (c) => c.stopCount === 0, message: { key: 'convoyFlow.needStop' } },
      { when: (c) => c.vehicleCount === 0, message: { key: 'convoyFlow.needVehicle' } },
    ],
  },
  backToPlanning: { label: { key: 'convoyFlow.action.backToPlanning' }, permission: 'stock.edit', inputs: comment },
  clear: {
    label: { key: 'convoyFlow.action.clear' },
    permission: 'stock.edit',
    guards: [
      { when: (c) => c.lineCount === 0, message: { key: 'convoyFlow.emptyManifest' } },
      { when: (c) => c.loadProblem !== '', message: '{loadProblem}' },
      noEscortClearance,
    ],
  },
  depart: {
    label: { key: 'convoyFlow.action.depart' },
    permission: 'stock.edit',
    final: true,
    guards: [
      { when: (c) => c.lineCount === 0, message: { key: 'convoyFlow.emptyManifest' } },
      { when: (c) => c.loadProblem !== '', message: '{loadProblem}' },
      noEscortClearance,
      {
        when: (c) => c.notificationStatus === 'not_submitted' || c.notificationStatus === 'submitted',
        message: { key: 'convoyFlow.notAcknowledged' },
      },
    ],
  },
  arrive: {
    label: { key: 'convoyFlow.action.arrive' },
    permission: 'stock.edit',
    side: 'destination',
    guards: [{ when: (c) => c.stopsPending > 0, message: { key: 'convoyFlow.stopsPending' } }],
  },
  close: { label: { key: 'convoyFlow.action.close' }, permission: 'stock.edit', final: true },
  cancel: {
    label: { key: 'convoyFlow.action.cancel' },
    permission: 'stock.edit',
    final: true,
    inputs: [{ field: 'comment', label: { key: 'convoyFlow.whyCancelled' } }],
  },
};

const AFTER_DEPARTURE: Text = { key: 'convoyFlow.afterDeparture' };
const departed: State['refusals'] = {
  edit: AFTER_DEPARTURE,
  editManifest: AFTER_DEPARTURE,
  cancel: { key: 'convoyFlow.leftNoCancel' },
  startLoading: AFTER_DEPARTURE,
  clear: AFTER_DEPARTURE,
  depart: { key: 'convoyFlow.alreadyLeft' },
};
const finished = (label: Text, why: Text): State => ({
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
  label: { key: 'convoyFlow.record' },
  stateOf: (c) => c.status,
  states: {
    planning: {
      label: { key: 'vocab.convoyStatus.planning' },
      final: false,
      actions: ['edit', 'editManifest', 'startLoading', 'cancel'],
      refusals: { depart: { key: 'convoyFlow.stillPlanning' } },
    },
    loading: {
      label: { key: 'vocab.convoyStatus.loading' },
      final: false,
      actions: ['edit', 'editManifest', 'backToPlanning', 'clear', 'cancel'],
      refusals: { depart: { key: 'convoyFlow.stillLoading' } },
    },
    cleared: {
      label: { key: 'vocab.convoyStatus.cleared' },
      final: false,
      actions: ['edit', 'backToPlanning', 'depart', 'cancel'],
      refusals: { editManifest: { key: 'convoyFlow.clearedNoManifest' } },
    },
    in_transit: {
      label: { key: 'vocab.convoyStatus.in_transit' },
      final: false,
      actions: ['arrive'],
      refusals: departed,
      explain: ['arrive'],
    },
    arrived: {
      label: { key: 'vocab.convoyStatus.arrived' },
      final: false,
      actions: ['close'],
      refusals: { ...departed, arrive: { key: 'convoyFlow.alreadyArrived' } },
    },
    closed: finished({ key: 'vocab.convoyStatus.closed' }, { key: 'convoyFlow.isClosed' }),
    cancelled: finished({ key: 'vocab.convoyStatus.cancelled' }, { key: 'convoyFlow.wasCancelled' }),
  },
  actions: ACTIONS,
  refusals: {
    arrive: { key: 'convoyFlow.notLeft' },
    close: { key: 'convoyFlow.onlyArrivedClosed' },
    backToPlanning: { key: 'convoyFlow.noBackToPlanning' },
  },
};

/**
 * The header fields that stay changeable in every state, alone (the edit action is not needed):
 * the sharing label is releasability metadata, not movement data, so a departed, arrived or
 * closed convoy can still be relabelled; any other field with it follows the workflow.
 */
export const CONVOY_LABEL_FIELDS = ['sharing'] as const;

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
