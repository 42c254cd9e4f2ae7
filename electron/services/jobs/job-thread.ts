import { parentPort, workerData } from 'node:worker_threads';
import { createCore, type LocalCore } from '../core/create';
import { DomainError } from '../core/errors';
import { JobCancelled, runJob } from './kinds';
import type { JobThreadData, JobThreadMessage } from './messages';

/**
 * Entry of a job's own thread (one thread per job, built as out/main/job-thread.js). It opens
 * its own connection to the database, so the job's long SQLite calls hold up neither the core's
 * thread nor its connection: WAL lets the core read and write meanwhile.
 */
const data = workerData as JobThreadData;
const cancelFlag = new Int32Array(data.cancelFlag);
const post = (m: JobThreadMessage) => parentPort!.postMessage(m);

async function main(): Promise<void> {
  let core: LocalCore | null = null;
  try {
    core = createCore({
      databasePath: data.databasePath,
      homeDir: data.homeDir,
      migrationsFolder: data.migrationsFolder,
      secondary: { installationId: data.installationId, copied: data.copied },
    });
    const { result, areas } = await runJob(core, data.input, {
      progress: (done, total, step) => post({ type: 'progress', done, total, step }),
      checkCancelled: () => {
        if (Atomics.load(cancelFlag, 0) === 1) throw new JobCancelled();
      },
    });
    post({ type: 'done', result, areas });
  } catch (e) {
    if (e instanceof JobCancelled || Atomics.load(cancelFlag, 0) === 1) post({ type: 'cancelled' });
    else if (e instanceof DomainError) post({ type: 'failed', message: e.message });
    else post({ type: 'failed', message: `Unexpected error: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    core?.close();
  }
}

void main();
