import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import type { CoreEvent } from '../../api/events';
import type { ChangeSet } from './changes';
import type { OpInput, OpName, OpResult } from '../../api/contract';

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
  /** The operator at the keyboard; null before first-start setup. */
  operator(): string | null;
  /** Records who is at the keyboard (in the settings, within the caller's transaction). */
  setOperator(name: string): void;
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
