import type { z } from 'zod';
import type { Permission } from './permissions';

/**
 * One operation of the contract: its zod input schema, (as a phantom type) its result, and the
 * permission it needs. `write` operations emit `changed` events. The permission is required, so a
 * new operation cannot forget it; one whose need depends on the input (jobs.start: an export to
 * a partner needs more than an integrity check) gives a function of the parsed input.
 */
export interface Operation<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I;
  readonly write: boolean;
  readonly permission: Permission | ((input: z.output<I>) => Permission);
  /** Phantom: carries the result type only; never set at runtime. */
  readonly __result?: () => R;
}

/** The permission an operation needs for this (parsed) input. */
export function permissionFor(op: Operation, parsed: unknown): Permission {
  return typeof op.permission === 'function' ? op.permission(parsed) : op.permission;
}

/** Curried so the result type is given explicitly while the input type is inferred. */
export const query =
  <R>(permission: Permission) =>
  <I extends z.ZodType>(input: I): Operation<I, R> => ({ input, write: false, permission });

export const command =
  <R>(permission: Permission | ((input: never) => Permission)) =>
  <I extends z.ZodType>(input: I): Operation<I, R> => ({ input, write: true, permission: permission as Operation<I, R>['permission'] });
