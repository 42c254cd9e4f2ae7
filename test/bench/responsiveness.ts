import type { JobSummary } from '../../electron/api/jobs';
import type { Core } from '../../electron/services/core/create';
import { createWorkerCore } from '../../electron/services/core/worker/host';
import { benchOperator } from './operator';
import { printLine, summarise, type Timing } from './stats';

const PERIOD_MS = 50;

/**
 * How long a cheap call waits while long work runs: a `system.status` is sent every 50 ms (each
 * without waiting for the one before, as a window's polls and clicks would) until `work` settles,
 * and each one's wait from send to answer is kept.
 */
export async function waitsDuring(core: Core, work: () => Promise<unknown>): Promise<Timing & { workMs: number }> {
  const waits: number[] = [];
  const answers: Promise<void>[] = [];
  const send = () => {
    const t0 = performance.now();
    answers.push(core.invoke('system.status', {}).then(() => void waits.push(performance.now() - t0)));
  };
  const started = performance.now();
  send();
  const timer = setInterval(send, PERIOD_MS);
  await work();
  const workMs = performance.now() - started;
  clearInterval(timer);
  await Promise.all(answers);
  return { ...summarise(waits), workMs };
}

/**
 * The core as both shells run it (its own worker thread; the job in a thread of its own), with
 * the full integrity check as a job. Run after any in-process core on the file was closed.
 */
export async function responsivenessBench(opts: { dbPath: string; homeDir: string }): Promise<void> {
  const core = await createWorkerCore({ databasePath: opts.dbPath, homeDir: opts.homeDir, signedIn: benchOperator(opts.dbPath) });
  try {
    const finished = new Map<string, JobSummary>();
    let waiting: { id: string; resolve: (j: JobSummary) => void } | null = null;
    core.subscribe((e) => {
      if (e.type !== 'job' || e.job.state === 'running') return;
      finished.set(e.job.id, e.job);
      if (waiting?.id === e.job.id) waiting.resolve(e.job);
    });
    const jobEnd = (id: string) =>
      new Promise<JobSummary>((resolve) => (finished.has(id) ? resolve(finished.get(id)!) : (waiting = { id, resolve })));
    const t = await waitsDuring(core, async () => {
      const job = await core.call('jobs.start', { kind: 'integrity', depth: 'full' });
      const outcome = await jobEnd(job.id);
      if (outcome.state !== 'done') throw new Error(`the integrity job ended ${outcome.state}`);
    });
    printLine(
      `system.status every ${PERIOD_MS} ms while the full integrity job runs`,
      `worst ${t.max.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, median ${t.median.toFixed(1)} ms (${t.runs} calls over ${(t.workMs / 1000).toFixed(1)} s)   target worst < 100 ms`,
    );
  } finally {
    await core.close();
  }
}

/** The same calls while the check runs as one operation on the core's own thread (before jobs): each waits for all of it. */
export async function sameThreadBaseline(core: Core): Promise<void> {
  const t = await waitsDuring(core, () => core.call('system.integrity', { depth: 'full' }));
  printLine(
    `  the same while system.integrity full runs on the core's thread`,
    `worst ${t.max.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms (${t.runs} calls over ${(t.workMs / 1000).toFixed(1)} s): what jobs avoid`,
  );
}
