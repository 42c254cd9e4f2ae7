import type { JobKind, JobSummary } from './jobs';

/** Areas whose cached queries the renderer invalidates when the core reports a change. */
export const AREAS = ['settings', 'organisations', 'sites', 'items', 'audit', 'stock', 'sharing'] as const;
export type Area = (typeof AREAS)[number];

export type CoreEvent =
  | { type: 'changed'; areas: Area[] }
  /** A running job's progress; events of one job arrive in order. */
  | { type: 'progress'; jobId: string; kind: JobKind; step: string; done: number; total: number }
  /** A job started or ended (done, failed, cancelled, interrupted). */
  | { type: 'job'; job: JobSummary }
  /** The core's worker thread stopped unexpectedly: calls in flight were answered with an error, and it was restarted (or could not be). */
  | { type: 'core'; state: 'restarted' | 'stopped'; message: string };
