import { Worker } from 'node:worker_threads';
import { DatabaseOpenError, defaultMigrationsFolder, SqliteEngineError } from '../../../../db/open';
import type { OpInput, OpName, OpResult } from '../../../api/contract';
import type { CoreEvent } from '../../../api/events';
import type { Result } from '../../../api/result';
import type { Core } from '../create';
import { DomainError } from '../errors';
import { threadScript } from '../thread-script';
import type { CoreThreadMessage, HostMessage, WorkerCoreOptions } from './messages';

export const CORE_RESTARTED =
  'The core stopped unexpectedly and was restarted. Nothing half-written was kept (each change is one transaction); try again.';
/** Crashes this close together mean restarting will not help (e.g. the disk went away). */
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES_IN_WINDOW = 3;

/**
 * The core in a worker thread, behind the same `Core` interface as the in-process one, so the
 * Electron main process and the HTTP server only relay. Resolves once the database is open;
 * rejects with DatabaseOpenError when the file is refused, as createCore throws.
 *
 * If the thread dies (a native fault, process.exit, an uncaught error), every call in flight is
 * answered with an error value, a `core` event says so, and a new thread opens the database
 * again; calls made meanwhile wait for it. SQLite's transactions make sure the dead thread left
 * nothing half-written.
 */
export async function createWorkerCore(opts: WorkerCoreOptions): Promise<Core> {
  // Resolved here: Electron's process.resourcesPath (packaged migrations) exists on the main thread only.
  const options: WorkerCoreOptions = { ...opts, migrationsFolder: opts.migrationsFolder ?? defaultMigrationsFolder() };
  const listeners = new Set<(e: CoreEvent) => void>();
  const emit = (e: CoreEvent) => listeners.forEach((l) => l(e));
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let nextId = 1;
  let worker: Worker;
  let exited: Promise<void> = Promise.resolve();
  let closing = false;
  let stopped: string | null = null;
  const crashes: number[] = [];
  let sessions: Record<string, string> = {};

  const answerAll = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'internal', message } });
    pending.clear();
  };

  function spawn(): Promise<{ backupPath: string | null }> {
    const { file, execArgv } = threadScript('core-thread');
    // A restarted thread starts with the sessions signed in before: a crash does not sign anyone out.
    const w = new Worker(file, { execArgv, workerData: { ...options, sessions } });
    worker = w;
    exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
      let started = false;
      let lastError: Error | null = null;
      w.on('message', (m: CoreThreadMessage) => {
        if (m.type === 'ready') {
          started = true;
          resolve(m);
        } else if (m.type === 'failed') {
          const { name, message } = m.error;
          reject(
            name === 'SqliteEngineError'
              ? new SqliteEngineError(message)
              : name === 'DatabaseOpenError'
                ? new DatabaseOpenError(message)
                : new Error(message),
          );
        } else if (m.type === 'result') {
          pending.get(m.id)?.(m.result);
          pending.delete(m.id);
        } else if (m.type === 'sessions') sessions = m.sessions;
        else emit(m.event);
      });
      w.on('error', (e) => {
        lastError = e;
        console.error('[corridor] the core thread failed:', e);
      });
      w.on('exit', (code) => {
        if (!started) reject(lastError ?? new Error(`The core thread ended while opening the database (exit code ${code})`));
        else if (w === worker && !closing) crashed(code);
      });
    });
  }

  let ready: Promise<unknown>;

  function crashed(code: number): void {
    console.error(`[corridor] the core thread ended unexpectedly (exit code ${code}); restarting it`);
    answerAll(CORE_RESTARTED);
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_CRASHES_IN_WINDOW) {
      stopped = `The core stopped ${crashes.length} times in a minute and was not restarted again. Nothing half-written was kept; quit Corridor and start it again.`;
      emit({ type: 'core', state: 'stopped', message: stopped });
      return;
    }
    ready = spawn().then(
      () => emit({ type: 'core', state: 'restarted', message: CORE_RESTARTED }),
      (e: Error) => {
        stopped = `The core stopped unexpectedly and could not be restarted: ${e.message}. Nothing half-written was kept; quit Corridor and start it again.`;
        emit({ type: 'core', state: 'stopped', message: stopped });
      },
    );
  }

  const first = spawn();
  ready = first;
  const { backupPath } = await first;

  // Sessions live in the core's thread: after a restart every session signs in again.
  const invoke = async (name: unknown, input: unknown, session?: string | null): Promise<Result<unknown>> => {
    await ready;
    if (closing) return { ok: false, error: { code: 'not_ready', message: 'Corridor is closing' } };
    if (stopped) return { ok: false, error: { code: 'internal', message: stopped } };
    return new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      try {
        worker.postMessage({ type: 'invoke', id, name, input, session } satisfies HostMessage);
      } catch (e) {
        pending.delete(id);
        resolve({ ok: false, error: { code: 'bad_request', message: `The input cannot be sent to the core: ${(e as Error).message}` } });
      }
    });
  };

  return {
    invoke,
    async call<K extends OpName>(name: K, input: OpInput<K>, session?: string | null): Promise<OpResult<K>> {
      const r = await invoke(name, input, session);
      if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.issues);
      return r.value as OpResult<K>;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closing) return Promise.resolve();
      closing = true;
      answerAll('Corridor is closing; the call was not finished');
      worker.postMessage({ type: 'close' } satisfies HostMessage);
      return exited;
    },
    databasePath: opts.databasePath,
    backupPath,
  };
}
