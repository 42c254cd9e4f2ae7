import type { Area } from '../../api/events';
import type { JobKind, JobStartInput } from '../../api/jobs';
import type { OpInput, OpName, OpResult } from '../../api/contract';
import type { LocalCore } from '../core/create';
import { loadDemoScenario } from '../demo/scenario';
import { runIntegrity } from '../system/integrity';
import { exportJobFolder } from '../exchange/files';
import { runExport } from '../exchange/run';

/** What a running job can do besides its work: report progress, and notice it was cancelled. */
export interface JobRun {
  progress(done: number, total: number, step: string): void;
  /** Throws JobCancelled once cancelling was asked for; jobs call it between chunks of work. */
  checkCancelled(): void;
}

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelled';
  }
}

/**
 * Whether a kind writes to the database. A job that only reads is stopped at once on cancel (its
 * thread is terminated: there is nothing to undo); one that writes is asked to stop at its next
 * chunk and rolls its transaction back, so a commit can never race the cancel.
 */
// An export writes its audit entry at the end and removes its half-written file on cancel, so it stops cooperatively.
export const JOB_WRITES: Record<JobKind, boolean> = { integrity: false, demo: true, export: true };

/** The integrity report kept with the job: enough to act on, never megabytes of JSON. */
const MAX_DIFFERENCES_KEPT = 500;

/** Runs one job in its thread, over the thread's own connection (core). */
export async function runJob(
  core: LocalCore,
  input: JobStartInput,
  run: JobRun,
  job: { jobId: string; homeDir: string; operator: string },
): Promise<{ result: unknown; areas: Area[] }> {
  switch (input.kind) {
    case 'integrity': {
      const report = runIntegrity(
        core.sqlite,
        input.depth,
        () => new Date().toISOString(),
        (done, total, step) => {
          run.checkCancelled();
          run.progress(done, total, step);
        },
      );
      const extra = report.differences.length - MAX_DIFFERENCES_KEPT;
      if (extra > 0)
        report.differences = [...report.differences.slice(0, MAX_DIFFERENCES_KEPT), { description: `… and ${extra} more differences` }];
      return { result: report, areas: [] };
    }
    case 'demo':
      return loadDemoAsOneTransaction(core, run);
    case 'export': {
      const ctx = core.context('jobs.start');
      const { kind: _kind, ...request } = input;
      const result = await runExport(ctx, request, {
        folder: exportJobFolder(job.homeDir, job.jobId),
        operator: job.operator,
        progress: run.progress,
        checkCancelled: run.checkCancelled,
      });
      return { result, areas: ['audit', 'sharing'] };
    }
  }
}

/**
 * The demo scenario is written through ordinary operations (each its own transaction when run
 * alone). As a job they run inside one outer transaction, their own becoming savepoints, so a
 * cancel or a failure half-way leaves nothing behind. The transaction is opened by hand because
 * the loader is async (better-sqlite3's transaction() takes synchronous functions only); nothing
 * else uses this thread's connection meanwhile.
 */
async function loadDemoAsOneTransaction(core: LocalCore, run: JobRun): Promise<{ result: unknown; areas: Area[] }> {
  const ctx = core.context('system.loadDemo');
  const areas = new Set<Area>();
  const unsubscribe = core.subscribe((e) => {
    if (e.type === 'changed') e.areas.forEach((a) => areas.add(a));
  });
  // Every operation the loader makes is a point where a cancel is noticed.
  const call = <K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>> => {
    run.checkCancelled();
    return ctx.call(name, input);
  };
  core.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const loaded = await loadDemoScenario({ ...ctx, call }, (done, total, step) => run.progress(done, total, step));
    run.checkCancelled();
    core.sqlite.exec('COMMIT');
    ctx.touched.forEach((a) => areas.add(a));
    return { result: { loaded }, areas: [...areas] };
  } catch (e) {
    if (core.sqlite.inTransaction) core.sqlite.exec('ROLLBACK');
    throw e;
  } finally {
    unsubscribe();
  }
}
