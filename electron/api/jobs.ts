import { sayLater } from './i18n/current';
import { z } from 'zod';
import { text } from './text';
import { command, query } from './define';
import { INTEGRITY_DEPTHS } from './system';
import { exportRequest } from './exchange';
import { secondOperatorField } from './four-eyes';
import { importRequest } from './imports';
import type { Permission } from './permissions';
import { convoyPrintRequest } from './convoys';
import { requestFormPrintRequest } from './requests';
import { sayingLabels } from './i18n/current';

/**
 * Jobs: long work (the integrity check, loading the demo scenario, exports, backups) runs in a thread of its own. Starting one returns at once with its id; `progress` and
 * `job` events follow; cancelling leaves nothing half-written.
 */
export const JOB_KINDS = ['integrity', 'demo', 'export', 'backup', 'auto-backup', 'support-bundle', 'import', 'print'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled', 'interrupted'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A job's state in the reader's words (the tray, and a refusal to cancel a job that has ended). */
export const JOB_STATE_LABELS = sayingLabels<JobState>({
  running: 'jobs.state.running',
  done: 'jobs.state.done',
  failed: 'jobs.state.failed',
  cancelled: 'jobs.state.cancelled',
  interrupted: 'jobs.state.interrupted',
});

/** A job's name, stored as its kind and worded in the reader's language when read. */
export const JOB_LABELS = sayingLabels<JobKind>({
  integrity: 'jobs.kind.integrity',
  demo: 'jobs.kind.demo',
  export: 'jobs.kind.export',
  backup: 'jobs.kind.backup',
  'auto-backup': 'jobs.kind.autoBackup',
  'support-bundle': 'jobs.kind.supportBundle',
  import: 'jobs.kind.import',
  print: 'jobs.kind.print',
});

export const jobStartInput = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('integrity'),
      depth: z
        .enum(
          INTEGRITY_DEPTHS,
          sayLater('schema.depthOneOf', () => ({ values: INTEGRITY_DEPTHS.join(', ') })),
        )
        .default('quick'),
    }),
    z.object({ kind: z.literal('demo') }),
    // Four-eyes: an export above TLP:GREEN may need an approver checking it (never stored with the job).
    exportRequest.extend({ kind: z.literal('export'), secondOperator: secondOperatorField }),
    z.object({ kind: z.literal('backup') }),
    z.object({ kind: z.literal('auto-backup') }),
    // The database goes in only when the user ticks it: it holds every record.
    z.object({
      kind: z.literal('support-bundle'),
      includeDatabase: z.boolean(sayLater('schema.includeDatabase')).default(false),
    }),
    importRequest.extend({ kind: z.literal('import') }),
    z.object({
      kind: z.literal('print'),
      print: z.discriminatedUnion('document', [...convoyPrintRequest.options, requestFormPrintRequest], {
        ...sayLater('schema.documentOneOf', () => ({ values: 'waybill, manifest, loss-report, request-form' })),
      }),
    }),
  ],
  sayLater('schema.kindOneOf', () => ({ values: JOB_KINDS.join(', ') })),
);
export type JobStartInput = z.output<typeof jobStartInput>;

export interface JobSummary {
  id: string;
  kind: JobKind;
  label: string;
  state: JobState;
  operator: string;
  startedAt: string;
  finishedAt: string | null;
  /** Progress at the last report: steps or rows done of total, and what it was doing. */
  done: number;
  total: number;
  step: string;
  /** Why it failed, was cancelled or interrupted; null while running and when done. */
  message: string | null;
  /** What a finished job produced (e.g. the integrity report); null otherwise. */
  result: unknown;
}

/** An integrity check or an export for ourselves is reading; an export to a partner releases records; the demo rewrites data. */
const jobPermission = (input: JobStartInput): Permission =>
  input.kind === 'demo' || input.kind === 'backup' || input.kind === 'auto-backup' || input.kind === 'support-bundle'
    ? 'settings' // a backup or a support bundle holds every record (or the logs), whatever its sharing label
    : input.kind === 'import'
      ? 'records.edit' // previewing and writing a partner's file are the record editors' work
      : input.kind === 'export' && input.partnerOrgId
        ? 'exports.release'
        : 'read';

export const jobId = text('Job id', { min: 1, max: 60 });

export const jobOps = {
  'jobs.start': command<JobSummary>(jobPermission)(jobStartInput),
  'jobs.cancel': command<JobSummary>('read')(z.object({ jobId })),
  'jobs.list': query<JobSummary[]>('read')(z.object({ limit: z.number().int().min(1).max(200).default(20) }).default({ limit: 20 })),
};
