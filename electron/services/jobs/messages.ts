import type { Change } from '../../api/events';
import type { JobStartInput } from '../../api/jobs';
import type { Language } from '../../api/i18n/languages';

/** What the core hands a job thread (workerData). */
export interface JobThreadData {
  jobId: string;
  input: JobStartInput;
  /** Who started the job (an export's audit entry names them). */
  operator: string;
  /** Their account: the job thread acts for them, with their permissions. */
  operatorId: string;
  /** Four-eyes: the approver whose PIN the core checked before starting (an export above TLP:GREEN). */
  secondOperator?: { id: string; displayName: string };
  databasePath: string;
  homeDir: string;
  migrationsFolder?: string;
  installationId: string;
  copied: boolean;
  /** The language of whoever started the job: its progress steps and failures are worded in it. */
  language: Language;
  /** One Int32: 0 running, 1 cancel asked. Shared, so the job sees it without yielding to its event loop. */
  cancelFlag: SharedArrayBuffer;
  /** The thread stays after this job and runs the next ones the core sends it (a warm thread). */
  keepWarm?: boolean;
}

/** What a job thread tells the core, in order: progress reports, then exactly one outcome. */
export type JobThreadMessage =
  | { type: 'progress'; done: number; total: number; step: string }
  | { type: 'done'; result: unknown; changes: Change[] }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' };
