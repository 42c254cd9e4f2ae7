import type { OpInput, OpName, OpResult } from '../../../../electron/api/contract';
import type { Result } from '../../../../electron/api/result';
import { invoke } from '../../lib/api';

/**
 * A page's first request, sent before AG Grid has loaded. The grid's code is large (parsing it
 * takes a few hundred milliseconds on a field laptop), so pages start their first query while it
 * loads and the grid takes the answer when it asks for the same thing. Each answer is used once.
 */
const pending = new Map<string, Promise<Result<unknown>>>();
const keyOf = (name: string, input: unknown) => `${name}:${JSON.stringify(input)}`;

export function prefetch<K extends OpName>(name: K, input: OpInput<K>): void {
  const key = keyOf(name, input);
  if (pending.has(key)) return;
  // Only the latest prefetch is kept: an unused one (filters changed meanwhile) is dropped.
  pending.clear();
  pending.set(key, invoke(name, input));
}

/** The prefetched answer for exactly this request, or a fresh call. */
export function take<K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpResult<K>>> {
  const key = keyOf(name, input);
  const early = pending.get(key);
  pending.delete(key);
  return (early as Promise<Result<OpResult<K>>> | undefined) ?? invoke(name, input);
}
