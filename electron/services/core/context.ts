import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import type { CoreEvent } from '../../api/events';
import type { ChangeSet } from './changes';
import type { OpInput, OpName, OpResult } from '../../api/contract';
import type { SessionOperator } from '../../api/operators';

/** The session of in-process callers (tests, the CLI's --demo, job threads). */
export const LOCAL_SESSION = 'local';
/** The Electron window's session: one per shell. */
export const SHELL_SESSION = 'shell';

/** Everything a service needs, handed in per call; services never reach for globals. */
export interface ServiceContext {
  db: Db;
  sqlite: Database.Database;
  installationId: string;
  databasePath: string;
  /** The per-machine folder (installation registry, finished exports). */
  homeDir: string;
  schemaVersion: number;
  /** The contract operation being served (recorded in the audit trail). */
  operation: string;
  /**
   * Who is calling: the shell's session (the Electron window), a browser tab's session id, or the
   * in-process session of tests, the CLI and job threads; null for a caller without one.
   */
  session: string | null;
  /** The verified operator of this session, as stamped on records ("Capt. Amara Diallo"); null when signed out. */
  operator(): string | null;
  /** The verified operator's account (re-read on each call, so a disabled account stops at once). */
  account(): SessionOperator | null;
  /**
   * Four-eyes: the approver whose PIN this call checked (operators/second-operator.ts sets it);
   * stamped on what the call posts and on its audit entries. Absent when none was given.
   */
  secondOperator?: { id: string; displayName: string };
  /** Signs this session in as an account whose PIN was checked (or that was just created). */
  signIn(operatorId: string): void;
  signOut(): void;
  /** The idle lock of this session (session-locks.ts): locked, lock now, unlock after the PIN was checked. */
  locked(): boolean;
  lock(): void;
  unlock(): void;
  now(): string;
  /** What the current call changed; the dispatcher emits one `changed` event after commit. */
  changes: ChangeSet;
  emit(event: CoreEvent): void;
  /**
   * Calls another operation through the full dispatcher (parsing, rules, audit), as a user edit
   * would; throws DomainError on refusal. Used by the demo scenario and imports.
   */
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>>;
}
