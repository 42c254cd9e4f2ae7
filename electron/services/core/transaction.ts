import type { Area } from '../../api/events';
import type { ServiceContext } from './context';

/**
 * Runs one write operation as one SQLite transaction: it fully happens or leaves no trace.
 * Marks the areas it changes so the renderer refreshes them after commit.
 */
export function inTransaction<T>(ctx: ServiceContext, areas: Area[], fn: () => T): T {
  const result = ctx.sqlite.transaction(fn).immediate();
  for (const a of areas) ctx.touched.add(a);
  return result;
}
