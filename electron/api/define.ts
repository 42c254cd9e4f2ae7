import type { z } from 'zod';

/**
 * One operation of the contract: its zod input schema and (as a phantom type) its result.
 * `write` operations need an operator and emit `changed` events.
 */
export interface Operation<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I;
  readonly write: boolean;
  /** Phantom: carries the result type only; never set at runtime. */
  readonly __result?: () => R;
}

/** Curried so the result type is given explicitly while the input type is inferred. */
export const query =
  <R>() =>
  <I extends z.ZodType>(input: I): Operation<I, R> => ({ input, write: false });

export const command =
  <R>() =>
  <I extends z.ZodType>(input: I): Operation<I, R> => ({ input, write: true });
