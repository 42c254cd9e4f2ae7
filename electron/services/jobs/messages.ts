import type { Change } from '../../api/events';
import type { ErrorCode, FieldIssue } from '../../api/result';
import type { JobKind, JobStartInput } from '../../api/jobs';
import type { Language } from '../../api/i18n/languages';

/**
 * Reading work a job thread does for the core without being a job (no row in the jobs list, no
 * events): the core's own call waits for its answer. An export's preview counts every row of a
 * grid, which would hold the core's thread for as long (~0.7–2 s at 100,000 rows); whether an
 * export goes above TLP:GREEN (four-eyes, at `jobs.start`) may read them all too.
 */
export type JobTask = 'exportPreview' | 'exportAboveGreen';

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
  /** Set for a task (see JobTask): the thread answers `input` with the task's result instead of running it as a job. */
  task?: JobTask;
}

/**
 * What a spare thread is started with (workerData): it loads the core's modules at its kind's
 * priority, then waits for the one job the core sends it (`JobThreadRun`), runs it and ends.
 */
export interface SpareThreadData {
  spare: JobKind;
}

/** What a job thread is started with: its job, or nothing yet (a spare). */
export type JobThreadStart = JobThreadData | SpareThreadData;

/** What the core sends a thread that waits for a job (a warm one between jobs, a spare before its one). */
export interface JobThreadRun {
  type: 'run';
  data: JobThreadData;
}

/** What a job thread tells the core, in order: progress reports, then exactly one outcome. */
export type JobThreadMessage =
  | { type: 'progress'; done: number; total: number; step: string }
  | { type: 'done'; result: unknown; changes: Change[] }
  /**
   * `refusal`: the job or task was refused as a call is (a DomainError: the input names a column the
   * source lacks, a profile that was removed): its code and the fields it names, so a task's caller
   * gets the same refusal, fields and all, as if the core had run it.
   */
  | { type: 'failed'; message: string; refusal?: { code: ErrorCode; issues?: FieldIssue[] } }
  | { type: 'cancelled' };
