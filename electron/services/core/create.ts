import { say } from '../../api/i18n';
import { defaultMigrationsFolder, openDatabase } from '../../../db/open';
import { repairItemSearch } from '../catalogue/search';
import { quickCheckInBackground, type QuickCheckResult } from '../../../db/quick-check';
import { contract, isOpName, type OpInput, type OpName, type OpResult } from '../../api/contract';
import type { CoreEvent } from '../../api/events';
import type { Result } from '../../api/result';
import { buildHandlers } from '../handlers';
import { createJobManager, type JobManager } from '../jobs/manager';
import { resolveInstallation } from '../system/identity';
import { ChangeSet } from './changes';
import { LOCAL_SESSION, type ServiceContext } from './context';
import type { SessionOperator } from '../../api/operators';
import { findOperator, sessionOperator } from '../operators/accounts';
import { dispatch } from './dispatch';
import { SessionLocks } from './session-locks';
import { idleLockMinutesOf } from '../system/idle-lock';
import { DomainError } from './errors';
import type { RestorePlan } from '../backups/restore';
import { startAutomaticBackups } from '../backups/schedule';
import { cleanStaleTransfers } from '../exchange/files';

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
  /**
   * The owner that can close this core and open a new one on a restored file (core/swappable.ts);
   * without it `backups.restore` is refused. Not for job threads.
   */
  onRestore?: (plan: RestorePlan) => void;
  /** Automatic backups: at start when the newest is older than a day, then at most daily. Off unless asked. */
  autoBackups?: boolean;
  /** An operator (account id) the in-process session starts signed in as: a job thread acts for whoever started the job. */
  signedIn?: string;
  /** Sessions to start with (session → account id): a restarted core thread keeps everyone signed in. */
  sessions?: Record<string, string>;
  /** Told the sessions whenever one signs in or out (the worker host keeps them for a restart). */
  onSessions?: (sessions: Record<string, string>) => void;
}

/** What the shells and tests talk to: the same whether the core runs in this thread or in a worker (worker/host.ts). */
export interface Core {
  /**
   * One call. `session` says who is calling (the shell decides it, never the caller's input):
   * omitted, the in-process session (tests, CLI); null, a caller without a session (signed out).
   */
  invoke(name: unknown, input: unknown, session?: string | null): Promise<Result<unknown>>;
  /** Typed convenience over invoke (tests, CLI, demo). */
  call<K extends OpName>(name: K, input: OpInput<K>, session?: string | null): Promise<OpResult<K>>;
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
  context(operation: OpName, session?: string | null): ServiceContext;
  readonly jobs: JobManager;
  /** SQLite's quick_check, run in the background after opening (a job thread's core skips it). */
  readonly databaseCheck: Promise<QuickCheckResult>;
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
  // Item search text for items written before item_search existed (or by another tool).
  if (!opts.secondary) repairItemSearch(sqlite);
  // Export files never saved and import files of earlier sessions are not kept (the main core only).
  if (!opts.secondary) cleanStaleTransfers(opts.homeDir);
  // Who each session signed in as (account ids). In memory only: a restart asks for the PIN again.
  const sessions = new Map<string, string>(Object.entries(opts.sessions ?? {}));
  if (opts.signedIn) sessions.set(LOCAL_SESSION, opts.signedIn);
  const locks = new SessionLocks();
  const sessionsChanged = () => opts.onSessions?.(Object.fromEntries(sessions));
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
  // A damaged file opens (its undamaged parts stay readable), but once the background check finds
  // the damage nothing more is written to it: writes would spread it.
  const check = opts.secondary ? null : quickCheckInBackground(opts.databasePath);
  let damage: string[] | null = null;
  const databaseCheck = check
    ? check.result.then((r) => {
        if (!r.ok) damage = r.problems;
        return r;
      })
    : Promise.resolve<QuickCheckResult>({ ok: true, problems: ['not run: the core that opened the file runs it'], durationMs: 0 });
  const migrationsFolder = opts.migrationsFolder ?? defaultMigrationsFolder();
  let restoring = false;
  const onRestore = opts.onRestore;
  const handlers = buildHandlers({
    copiedDatabase: () => copied,
    jobs,
    databaseDamage: () => damage,
    restore: onRestore
      ? {
          migrationsFolder,
          // Tasks too (an export's preview): their threads hold a connection to the file being swapped.
          runningJobs: () => [...jobs.running().map((j) => j.label), ...jobs.tasksRunning()],
          request: (plan) => {
            restoring = true;
            onRestore(plan);
          },
        }
      : null,
  });
  const backups = opts.autoBackups
    ? startAutomaticBackups({ db, databasePath: opts.databasePath, jobs, operator: () => null, paused: () => restoring })
    : null;

  const call = async <K extends OpName>(name: K, input: OpInput<K>, session: string | null = LOCAL_SESSION): Promise<OpResult<K>> => {
    const r = await invoke(name, input, session);
    if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.issues);
    return r.value as OpResult<K>;
  };

  const makeContext = (operation: OpName, session: string | null = LOCAL_SESSION): ServiceContext => {
    // Read once per call: a role change or a disabled account takes effect on the next call.
    let account: SessionOperator | null | undefined;
    const current = (): SessionOperator | null => {
      if (account !== undefined) return account;
      const id = session === null ? undefined : sessions.get(session);
      const row = id ? findOperator(ctx, id) : undefined;
      account = row && row.active ? sessionOperator(row) : null;
      return account;
    };
    const ctx: ServiceContext = {
      db,
      sqlite,
      installationId,
      databasePath: opts.databasePath,
      homeDir: opts.homeDir,
      schemaVersion: opened.schemaVersion,
      operation,
      session,
      operator: () => current()?.displayName ?? null,
      account: current,
      signIn: (operatorId) => {
        if (session === null) throw new DomainError('not_ready', say('auth.noSession'));
        sessions.set(session, operatorId);
        locks.unlock(session, Date.parse(now()));
        account = undefined;
        sessionsChanged();
      },
      signOut: () => {
        if (session !== null && sessions.delete(session)) sessionsChanged();
        if (session !== null) locks.forget(session);
        account = null;
      },
      locked: () => session !== null && locks.isLocked(session),
      lock: () => {
        if (session !== null) locks.lock(session);
      },
      unlock: () => {
        if (session !== null) locks.unlock(session, Date.parse(now()));
      },
      now,
      changes: new ChangeSet(),
      emit,
      // Operations called by a service (the demo scenario) act for the same session.
      call: (name, input) => call(name, input, session),
    };
    return ctx;
  };

  const invoke = (name: unknown, input: unknown, session: string | null = LOCAL_SESSION): Promise<Result<unknown>> => {
    // Signing in and out stay possible on a damaged file: what is readable can still be viewed and exported.
    if (damage && isOpName(name) && contract[name].write && name !== 'auth.signIn' && name !== 'auth.signOut') {
      return Promise.resolve({ ok: false, error: { code: 'rule_violation', message: damagedMessage(damage) } });
    }
    // A signed-in session idle too long (or locked by its window) gets only what needs no sign-in.
    if (session !== null && sessions.has(session) && isOpName(name) && contract[name].permission !== 'public') {
      const minutes = idleLockMinutesOf(db);
      if (!locks.admit(session, Date.parse(now()), minutes * 60_000)) {
        return Promise.resolve({ ok: false, error: { code: 'locked', message: say('auth.sessionLocked', { minutes }) } });
      }
    }
    return dispatch(handlers, (operation) => makeContext(operation, session), name, input);
  };

  return {
    invoke,
    call,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      backups?.stop();
      check?.stop();
      jobs.close();
      listeners.clear();
      opened.close();
    },
    databasePath: opts.databasePath,
    backupPath: opened.backupPath,
    sqlite,
    context: makeContext,
    jobs,
    databaseCheck,
  };
}

/** What a user can do about a damaged file, with what SQLite found. */
function damagedMessage(problems: string[]): string {
  return (
    `This database file is damaged (SQLite's quick_check: ${problems.slice(0, 2).join('; ')}${problems.length > 2 ? '; …' : ''}), ` +
    'so Corridor saves nothing more to it. Restore your latest backup copy of the file, or close Corridor and keep a copy of this ' +
    'file (with its -wal file) for support. What is still readable can be viewed and exported.'
  );
}
