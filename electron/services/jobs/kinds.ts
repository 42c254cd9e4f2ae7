import type { Change } from '../../api/events';
import type { JobKind, JobStartInput } from '../../api/jobs';
import type { OpInput, OpName, OpResult } from '../../api/contract';
import { ChangeSet, lastChangeSeq } from '../core/changes';
import type { LocalCore } from '../core/create';
import { loadDemoScenario } from '../demo/scenario';
import { runIntegrity } from '../system/integrity';
import { exportJobFolder } from '../exchange/files';
import type { HalvesHelper } from '../exchange/split/halves';
import { previewExport, runExport } from '../exchange/run';
import { goesAboveGreen } from '../exchange/plan';
import type { JobTask } from './messages';
import { runBackup } from '../backups/run';
import { runSupportBundle } from '../support/bundle';
import { runImport } from '../exchange/import/run';
import { runPrint, writePrintFile } from '../convoys/print/run';
import { requestFormDefinition } from '../requests/print-form';
import { dayOf } from '../stock/dates';
import { operatorLanguage, speakTo } from '../system/language';
import { say } from '../../api/i18n/current';

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
// A backup removes its half-written copy on cancel, so it stops cooperatively too.
export const JOB_WRITES: Record<JobKind, boolean> = {
  integrity: false,
  demo: true,
  export: true,
  backup: true,
  'auto-backup': true,
  'support-bundle': true,
  import: true,
  // A print only reads; its half-written file is removed with the job's folder.
  print: false,
};

/**
 * Whether a kind's thread runs below normal priority (Linux; see job-thread.ts): background work
 * yes; an import no (the operator waits at the wizard, and its commit holds the write lock).
 */
export const JOB_BELOW_NORMAL: Record<JobKind, boolean> = {
  integrity: true,
  demo: true,
  export: true,
  backup: true,
  'auto-backup': true,
  'support-bundle': true,
  import: false,
  print: true,
};

/** Answers a task (see JobTask) over the thread's own connection, as the signed-in operator. */
export function runTask(core: LocalCore, task: JobTask, input: JobStartInput, checkCancelled: () => void): unknown {
  if (input.kind !== 'export') throw new Error(`no task ${task} for a ${input.kind} input`);
  const { kind: _kind, secondOperator: _second, ...request } = input;
  checkCancelled();
  return task === 'exportPreview'
    ? previewExport(core.context('exports.preview'), request, checkCancelled)
    : goesAboveGreen(core.context('jobs.start'), request);
}

/** The integrity report kept with the job: enough to act on, never megabytes of JSON. */
const MAX_DIFFERENCES_KEPT = 500;

/** Runs one job in its thread, over the thread's own connection (core). */
export async function runJob(
  core: LocalCore,
  input: JobStartInput,
  run: JobRun,
  job: {
    jobId: string;
    homeDir: string;
    operator: string;
    secondOperator?: { id: string; displayName: string };
    migrationsFolder?: string;
    /** A warm export thread's second thread, for big CSV exports (halves-helper.ts). */
    halves?: HalvesHelper;
  },
): Promise<{ result: unknown; changes: Change[] }> {
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
        report.differences = [
          ...report.differences.slice(0, MAX_DIFFERENCES_KEPT),
          { description: say('jobs.moreDifferences', { count: extra }) },
        ];
      return { result: report, changes: [] };
    }
    case 'demo':
      return loadDemoAsOneTransaction(core, run);
    case 'export': {
      const ctx = core.context('jobs.start');
      const { kind: _kind, ...request } = input;
      // Headers, title block and progress in the language of whoever started the export; HXL tags as they are.
      speakTo(ctx, job.operator);
      const result = await runExport(ctx, request, {
        folder: exportJobFolder(job.homeDir, job.jobId),
        operator: job.operator,
        secondOperator: job.secondOperator,
        progress: run.progress,
        checkCancelled: run.checkCancelled,
        helper: job.halves,
      });
      // An export writes only its audit entry (what left, to whom, the file's hash).
      return { result, changes: [{ type: 'audit_log' }] };
    }
    case 'backup':
    case 'auto-backup': {
      // A backup reads the database and writes a file beside it: nothing in the database changes.
      const result = await runBackup(core, input.kind === 'backup' ? 'manual' : 'auto', job, run);
      return { result, changes: [] };
    }
    case 'support-bundle':
      return { result: await runSupportBundle(core, input.includeDatabase, job, run), changes: [] };
    case 'import': {
      const { kind: _kind, ...request } = input;
      // The import's messages (bad cells, refusals, progress) in the language of whoever started it.
      const importCtx = core.context('jobs.start');
      speakTo(importCtx, job.operator);
      const { preview, changes } = await runImport(importCtx, request, {
        homeDir: job.homeDir,
        progress: run.progress,
        checkCancelled: run.checkCancelled,
      });
      return { result: preview, changes };
    }
    case 'print': {
      // Printed in the language of the operator who asked for it.
      const printCtx = core.context('jobs.start');
      const language = operatorLanguage(printCtx.db, job.operator);
      // Every copy names the verified operator who printed it, and when (issue 10 point 4).
      const printedBy = { operator: job.operator, at: printCtx.now() };
      const folder = exportJobFolder(job.homeDir, job.jobId);
      const request = input.print;
      const result =
        request.document === 'request-form'
          ? await writePrintFile(
              requestFormDefinition(core.sqlite, request.requestId, language, dayOf(printedBy.at), printedBy),
              folder,
              run,
            )
          : await runPrint(core.sqlite, request, language, folder, run, printedBy);
      return { result, changes: [] };
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
async function loadDemoAsOneTransaction(core: LocalCore, run: JobRun): Promise<{ result: unknown; changes: Change[] }> {
  const ctx = core.context('system.loadDemo');
  // Every operation the loader makes is a point where a cancel is noticed.
  const call = <K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>> => {
    run.checkCancelled();
    return ctx.call(name, input);
  };
  core.sqlite.exec('BEGIN IMMEDIATE');
  // The operations inside run as savepoints of this transaction: what they changed is read back
  // from the change log once it is committed, rather than from their own events.
  const seq = lastChangeSeq(core.sqlite);
  try {
    const loaded = await loadDemoScenario({ ...ctx, call }, (done, total, step) => run.progress(done, total, step));
    run.checkCancelled();
    core.sqlite.exec('COMMIT');
    const changes = new ChangeSet();
    changes.readLog(core.sqlite, seq);
    for (const type of ['stock_ledger', 'audit_log', 'settings'] as const) changes.mark(type);
    return { result: { loaded }, changes: changes.toChanges() };
  } catch (e) {
    if (core.sqlite.inTransaction) core.sqlite.exec('ROLLBACK');
    throw e;
  }
}
