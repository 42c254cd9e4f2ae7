import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { LocalCore } from '../core/create';
import { openJobCore } from './job-core';
import { DomainError, isSqliteBusy } from '../core/errors';
import { JOB_BELOW_NORMAL, JobCancelled, runJob, runTask } from './kinds';
import type { JobThreadData, JobThreadMessage, JobThreadRun, JobThreadStart } from './messages';
import type { HalvesThreadData } from './halves-messages';
import { halvesHelper } from './halves-helper';
import { serveHalves } from './halves-thread';
import { say, setMessageLanguage, setMessageLocale } from '../../api/i18n/current';
import { localePreferences } from '../system/locale';

/**
 * Entry of a job's own thread (one thread per job, built as out/main/job-thread.js). It opens
 * its own connection to the database, so the job's long SQLite calls hold up neither the core's
 * thread nor its connection: WAL lets the core read and write meanwhile.
 */

/**
 * Most jobs are background work: on a busy machine the core's thread, which answers the window,
 * goes first. Linux keeps a nice value per thread, and setpriority(0) there changes the calling
 * thread only. Elsewhere it would lower the whole app (Windows: the process's priority class), so
 * it is left alone there.
 *
 * An import runs at normal priority: the operator waits at the wizard for its preview, and its
 * commit holds SQLite's write lock from the first row to the last, so any other save meanwhile (a
 * grid in another window) is refused as busy. Below normal, every other program on a loaded
 * machine stretches that time, and a thread cannot raise its priority again once lowered. The
 * core's thread still answers at once: it competes as an equal, not below, and with two cores or
 * more it has one to itself.
 */
const start = workerData as JobThreadStart | HalvesThreadData;
/** This thread's kind: a job's, a spare's, or an export thread's halves helper (halves-thread.ts). */
const kind = 'halvesHelper' in start ? 'export' : 'spare' in start ? start.spare : start.input.kind;
if (process.platform === 'linux' && JOB_BELOW_NORMAL[kind]) {
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // not allowed (e.g. a container without the right): the job runs at normal priority
  }
}
const post = (m: JobThreadMessage) => parentPort!.postMessage(m);

/** A warm thread's helper for big CSV exports, started after its first (halves-helper.ts). */
const halves = !('halvesHelper' in start) && !('spare' in start) && start.keepWarm ? halvesHelper() : null;

async function main(data: JobThreadData): Promise<void> {
  // Steps and refusals in the language of whoever started the job (the core's calls do the same).
  setMessageLanguage(data.language ?? 'en');
  const cancelFlag = new Int32Array(data.cancelFlag);
  let core: LocalCore | null = null;
  try {
    core = openJobCore(data);
    // Dates inside the job's messages in the installation's date style, as on the screens.
    const settingsCtx = core.context('jobs.start');
    setMessageLocale(() => localePreferences(settingsCtx));
    const checkCancelled = () => {
      if (Atomics.load(cancelFlag, 0) === 1) throw new JobCancelled();
    };
    if (data.task) {
      post({ type: 'done', result: runTask(core, data.task, data.input, checkCancelled), changes: [] });
      return;
    }
    const { result, changes } = await runJob(
      core,
      data.input,
      { progress: (done, total, step) => post({ type: 'progress', done, total, step }), checkCancelled },
      {
        jobId: data.jobId,
        homeDir: data.homeDir,
        operator: data.operator,
        secondOperator: data.secondOperator,
        migrationsFolder: data.migrationsFolder,
        halves: halves?.forJob({
          databasePath: data.databasePath,
          homeDir: data.homeDir,
          migrationsFolder: data.migrationsFolder,
          installationId: data.installationId,
          copied: data.copied,
          operatorId: data.operatorId,
          operator: data.operator,
          language: data.language ?? 'en',
        }),
      },
    );
    post({ type: 'done', result, changes });
  } catch (e) {
    if (e instanceof JobCancelled || Atomics.load(cancelFlag, 0) === 1) post({ type: 'cancelled' });
    else if (e instanceof DomainError) post({ type: 'failed', message: e.message, refusal: { code: e.code, issues: e.issues } });
    // Still locked after JOB_BUSY_TIMEOUT_MS (another program writing): said as a save would say it.
    else if (isSqliteBusy(e)) post({ type: 'failed', message: say('dispatch.busy') });
    else post({ type: 'failed', message: say('jobsCore.unexpected', { error: e instanceof Error ? e.message : String(e) }) });
  } finally {
    core?.close();
  }
}

/**
 * A thread started to be kept warm (prints and exports: see threads.ts) runs its first job, then each job
 * the core sends it, one at a time, with its modules (pdfmake, fonts) already loaded. A spare (imports)
 * has loaded the core's modules before its job was asked for: it runs the one job the core sends it and
 * ends, so nothing a job kept stays in memory. Any other thread ends with its job.
 */
if ('halvesHelper' in start) serveHalves(parentPort!);
else if ('spare' in start) parentPort!.once('message', (m: JobThreadRun) => void main(m.data));
else
  void main(start).then(() => {
    if (start.keepWarm) parentPort!.on('message', (m: JobThreadRun) => void main(m.data));
  });
