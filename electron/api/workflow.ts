import type { Permission } from './permissions';

/**
 * What the core says about a record's workflow, returned with the record: its state, the actions
 * allowed now and the ones refused with a reason worth showing. The renderer draws its buttons
 * from this and keeps no copy of the rules (the definitions live in electron/services/workflow).
 */
export interface WorkflowAction<A extends string = string> {
  action: A;
  /** The button's words. */
  label: string;
  /** The permission it needs; the actions returned are only those the signed-in operator's role grants. */
  permission: Permission;
  /** Final: it cannot be undone, so the screen asks for confirmation first. */
  final: boolean;
  /** What the caller must give with it (a reason, a comment), by input field. */
  inputs: { field: string; label: string }[];
  /**
   * Four-eyes: the settings ask for a second operator (an approver's PIN at the same laptop) for
   * this action on this record now; the window asks for one before calling. Absent: not needed.
   */
  needsSecondOperator?: boolean;
}

export interface WorkflowRefusal<A extends string = string> {
  action: A;
  label: string;
  /** Why not, and what to do instead. */
  message: string;
}

export interface WorkflowView<S extends string = string, A extends string = string> {
  state: S;
  stateLabel: string;
  /** True once nothing more can change it (posted documents still link to what answers them). */
  final: boolean;
  actions: WorkflowAction<A>[];
  /** Actions this state explains it refuses (e.g. why a transfer receipt cannot be reversed). */
  refused: WorkflowRefusal<A>[];
}
