import type { RestoreOutcome } from './backups';
import type { JobKind, JobSummary } from './jobs';

/**
 * Record types: the mutable tables (every one carries `recordColumns`). Each insert, update and
 * delete of one of them leaves a row in the change log (db/schema/changelog.ts), from which the
 * core's `changed` events are derived. test/core/change-log.test.ts keeps this list equal to the
 * schema's mutable tables.
 */
export const RECORD_TYPES = [
  'agreements',
  'contacts',
  'convoy_events',
  'convoy_stops',
  'convoy_vehicles',
  'convoys',
  'export_profiles',
  'items',
  'manifest_lines',
  'operators',
  'organisations',
  'request_attachments',
  'request_convoy_links',
  'request_events',
  'request_fulfilments',
  'request_lines',
  'requests',
  'sites',
  'stock_count_lines',
  'stock_document_lines',
  'stock_documents',
  'stock_lots',
  'stock_thresholds',
  'vehicles',
  'waybills',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * Written without a change-log row each, but still reported: ledger entries and balances (they
 * travel with their posted document, whose change is logged), the audit trail, and settings.
 */
export const UNLOGGED_TYPES = ['stock_ledger', 'audit_log', 'settings'] as const;
export type UnloggedType = (typeof UNLOGGED_TYPES)[number];
export type ChangedType = RecordType | UnloggedType;

/** One record changed by a call, as the change log has it. */
export interface ChangedRecord {
  id: string;
  version: number;
  op: 'insert' | 'update' | 'delete';
}

/**
 * What one call changed, per type. `records` is given while cheap (up to MAX_CHANGED_RECORDS per
 * type); without it, any number of that type's records changed.
 */
export interface Change {
  type: ChangedType;
  records?: ChangedRecord[];
}
export const MAX_CHANGED_RECORDS = 500;

export type CoreEvent =
  /** What one call (or job) changed, for precise refreshes; see Change. */
  | { type: 'changed'; changes: Change[] }
  /** A running job's progress; events of one job arrive in order. */
  | { type: 'progress'; jobId: string; kind: JobKind; step: string; done: number; total: number }
  /** A job started or ended (done, failed, cancelled, interrupted). */
  | { type: 'job'; job: JobSummary }
  /**
   * The core's worker thread stopped unexpectedly: calls in flight were answered with an error, and
   * it was restarted (or could not be); or a backup was restored and the core reopened on it.
   */
  | { type: 'core'; state: 'restarted' | 'stopped'; message: string }
  /** `restore` says what was restored, for the window to put in its own words; `message` is the same in English. */
  | { type: 'core'; state: 'restored'; message: string; restore: RestoreOutcome };
