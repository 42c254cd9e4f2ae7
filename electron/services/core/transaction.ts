import type { ServiceContext } from './context';
import { lastChangeSeq } from './changes';

/**
 * Runs one write operation as one SQLite transaction: it fully happens or leaves no trace.
 * Afterwards the change log rows it wrote tell the dispatcher which records changed (for the
 * `changed` event). Nested calls (a service calling another inside its transaction) run as
 * savepoints and leave the reading to the outermost.
 */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  if (ctx.sqlite.inTransaction) return ctx.sqlite.transaction(fn)();
  const before = lastChangeSeq(ctx.sqlite);
  const result = ctx.sqlite.transaction(fn).immediate();
  ctx.changes.readLog(ctx.sqlite, before);
  return result;
}
