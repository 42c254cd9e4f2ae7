import { openDatabase } from '../../../db/open';
import type { OpInput, OpName, OpResult } from '../../api/contract';
import type { Area, CoreEvent } from '../../api/events';
import type { Result } from '../../api/result';
import { buildHandlers } from '../handlers';
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
  /** Fixed clock for tests and the demo scenario. */
  now?: () => string;
}

export interface Core {
  invoke(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** Typed convenience over invoke for in-process callers (tests, CLI, demo). */
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>>;
  subscribe(listener: (e: CoreEvent) => void): () => void;
  close(): void;
  readonly databasePath: string;
  readonly backupPath: string | null;
  /** The raw connection, for benchmarks and integrity tests only. */
  readonly sqlite: OpenedSqlite;
}
type OpenedSqlite = ReturnType<typeof openDatabase>['sqlite'];

/** Opens the database and wires services, dispatcher and event listeners: the whole core. */
export function createCore(opts: CoreOptions): Core {
  const opened = openDatabase(opts.databasePath, { migrationsFolder: opts.migrationsFolder });
  const { db, sqlite } = opened;
  const { installationId, copied } = resolveInstallation(db, opts.databasePath, opts.homeDir);
  let operator = getSetting(db, 'operator');
  const listeners = new Set<(e: CoreEvent) => void>();
  const emit = (e: CoreEvent) => listeners.forEach((l) => l(e));
  const handlers = buildHandlers({ copiedDatabase: () => copied });
  const now = opts.now ?? (() => new Date().toISOString());

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
      listeners.clear();
      opened.close();
    },
    databasePath: opts.databasePath,
    backupPath: opened.backupPath,
    sqlite,
  };
}
