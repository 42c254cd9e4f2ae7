import type { CoreEvent } from '../../../api/events';
import type { Result } from '../../../api/result';
import type { CoreOptions } from '../create';

/** What crosses to the core's thread (workerData): everything but the clock, which is a function. */
export type WorkerCoreOptions = Omit<CoreOptions, 'now' | 'secondary' | 'onRestore' | 'onSessions'>;

/** `session`: who is calling, as the shell decided (see Core.invoke); undefined is the in-process session. */
export type HostMessage = { type: 'invoke'; id: number; name: unknown; input: unknown; session?: string | null } | { type: 'close' };

export type CoreThreadMessage =
  | { type: 'ready'; backupPath: string | null }
  | { type: 'failed'; error: { name: string; message: string } }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: CoreEvent }
  /** Who is signed in on which session, after each change: a restarted thread starts with them. */
  | { type: 'sessions'; sessions: Record<string, string> };

/**
 * The operation name a test sends to make the core's thread die as a native fault would
 * (process.exit in a worker ends that thread only). Honoured only when the process was started
 * with CORRIDOR_TEST_HOOKS=1; otherwise it is an unknown operation like any other.
 */
export const TEST_CRASH_OPERATION = 'test.crashCoreThread';
