import { openDatabase } from '../../../db/open';
import type { OpInput, OpName, OpResult } from '../../api/contract';
import type { Area, CoreEvent } from '../../api/events';
import type { Result } from '../../api/result';
import { buildHandlers } from '../handlers';
import { createJobManager, type JobManager } from '../jobs/manager';
import { resolveInstallation } from '../system/identity';
import { getSetting, setSetting } from '../system/settings';
import type { ServiceContext } from './context';
import { dispatch } from './dispatch';
import { DomainError } from './errors';

export interface CoreOptions {
  databasePath: string;
  /** Per-machine folder for the installation registry (Electron: userData). */
  homeDir: string;
  migrationsFolder?: string;
  /** A .node file to load SQLite from (tests of a broken native binary); better-sqlite3's own otherwise. */
  nativeBinding?: string;
  /** Fixed clock for tests and the demo scenario. */
  now?: () => string;
  /**
   * A job thread's own connection to a database the main core already opened: it takes the
   * main core's installation instead of resolving it again, and leaves the jobs table alone.
   */
  secondary?: { installationId: string; copied: boolean };
}

/** What the shells and tests talk to: the same whether the core runs in this thread or in a worker (worker/host.ts). */
export interface Core {
  invoke(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** Typed convenience over invoke (tests, CLI, demo). */
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>>;
  subscribe(listener: (e: CoreEvent) => void): () => void;
  /** Closes the database (a worker core also ends its thread; the promise settles when it has). */
  close(): void | Promise<void>;
  readonly databasePath: string;
  readonly backupPath: string | null;
}

/** The core running in this thread: what the worker entry, job threads, core tests and benchmarks hold. */
export interface LocalCore extends Core {
  close(): void;
  /** The raw connection, for benchmarks, job threads and integrity tests only. */
  readonly sqlite: OpenedSqlite;
  /** A service context as a handler would get, for work that runs outside an operation (jobs). */
  context(operation: OpName): ServiceContext;
  readonly jobs: JobManager;
}
type OpenedSqlite = ReturnType<typeof openDatabase>['sqlite'];

/** Opens the database and wires services, dispatcher and event listeners: the whole core. */
export function createCore(opts: CoreOptions): LocalCore {
  const opened = openDatabase(opts.databasePath, {
    migrationsFolder: opts.migrationsFolder,
    secondary: Boolean(opts.secondary),
    nativeBinding: opts.nativeBinding,
  });
  const { db, sqlite } = opened;
  const { installationId, copied } = opts.secondary ?? resolveInstallation(db, opts.databasePath, opts.homeDir);
  let operator = getSetting(db, 'operator');
  const listeners = new Set<(e: CoreEvent) => void>();
  const emit = (e: CoreEvent) => listeners.forEach((l) => l(e));
  const now = opts.now ?? (() => new Date().toISOString());
  const jobs = createJobManager({
    db,
    emit,
    now,
    recover: !opts.secondary,
    thread: {
      databasePath: opts.databasePath,
      homeDir: opts.homeDir,
      migrationsFolder: opts.migrationsFolder,
      installationId,
      copied,
    },
  });
  const handlers = buildHandlers({ copiedDatabase: () => copied, jobs });

  const call = async <K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>> => {
    const r = await invoke(name, input);
    if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.issues);
    return r.value as OpResult<K>;
  };

  const makeContext = (operation: OpName): ServiceContext => ({
    db,
    sqlite,
    installationId,
    databasePath: opts.databasePath,
    schemaVersion: opened.schemaVersion,
    operation,
    operator: () => operator,
    setOperator: (name) => {
      setSetting(db, 'operator', name);
      operator = name;
    },
    now,
    touched: new Set<Area>(),
    emit,
    call,
  });

  const invoke = (name: unknown, input: unknown) => dispatch(handlers, makeContext, name, input);

  return {
    invoke,
    call,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      jobs.close();
      listeners.clear();
      opened.close();
    },
    databasePath: opts.databasePath,
    backupPath: opened.backupPath,
    sqlite,
    context: makeContext,
    jobs,
  };
}
