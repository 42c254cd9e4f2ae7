import { Worker } from 'node:worker_threads';
import type { JobKind } from '../../api/jobs';
import { threadScript } from '../core/thread-script';
import { JOB_BELOW_NORMAL } from './kinds';
import type { JobThreadData, JobThreadMessage, JobThreadRun, SpareThreadData } from './messages';

/*
 * The job threads: a new one per job, except the kinds kept warm between jobs (prints, exports)
 * and the spare readied for the import wizard. The manager (manager.ts) starts the jobs and asks here for their threads.
 */

/** A job's thread, and the job it runs now (a warm thread runs one after another). */
export interface Thread<J = unknown> {
  worker: Worker;
  job: J | null;
  /** Its priority class (a thread's priority is set once, as it starts: job-thread.ts). */
  belowNormal: boolean;
  /** A warm thread's idle timer, while it waits for the next job. */
  idleTimer?: NodeJS.Timeout;
  onMessage?: (m: JobThreadMessage) => void;
  onError?: (e: Error) => void;
  onExit?: (code: number) => void;
}

/**
 * How long a warm thread waits for the next job before it ends. A fresh thread spends about a
 * second loading the core's modules, pdfmake and its fonts, more than a 60-line waybill takes to
 * lay out; kept warm, the next print starts at once (a storekeeper prints a convoy's waybills one
 * after another). It is background work on its own connection, so the core's thread stays free.
 */
export const PRINT_THREAD_IDLE_MS = 10 * 60_000;

/**
 * The kinds that take a warm thread when one is free. Exports too: a 100,000-row CSV is written
 * in about half a second, less than a fresh thread takes to load the core's modules, and an
 * operator exports one grid after another. Not imports (tried in wave 8): a warm import thread
 * skipped ~1 s of start from source under tsx, but idle it kept a 100,000-row commit's heap, and the
 * XLSX export run after it in `npm run bench` grew the process by +114 / +149 MB instead of +44 MB
 * (same sitting, load ~5). The warm threads are kept per priority class (a thread's priority is set
 * once, as it starts), so a kind at normal priority added here gets a warm thread of its own.
 */
const WARM_KINDS: ReadonlySet<JobKind> = new Set<JobKind>(['print', 'export']);

/**
 * The kind a spare thread is readied for (readySpare): imports. The import wizard previews a file
 * as soon as it is chosen and again after every change of mapping, then commits; a fresh thread
 * spends ~0.25–0.45 s loading the core's modules before it reads a row (on a 2-core laptop, of a
 * 100,000-row preview's ~2.5 s). A spare has loaded them before the job is asked for. Unlike a warm
 * thread it runs one job and ends, so the rows a preview or a commit kept in its heap go with it
 * (why imports are not in WARM_KINDS). One is readied when the wizard opens (`imports.ready`) and
 * after each preview ends (the next step is another preview or the commit), never after a commit.
 */
export const SPARE_KIND = 'import' satisfies JobKind;

/** How long a spare thread waits for its job before it ends (the wizard left open, or closed). */
export const SPARE_THREAD_IDLE_MS = 5 * 60_000;

/**
 * A job thread's heap. The young generation, where V8 puts new objects: left to itself V8 sizes it
 * from the machine's memory (128 MB on a 24 GB machine); a job reading a 100,000-row file fills it
 * between collections, and the process's memory grows by that much for nothing. At 24 MB
 * (semi-spaces of 8 MB) the same import's peak memory was ~85 MB lower, for the same time. Imports have since taken 64 MB, for speed (IMPORT_THREAD_LIMITS).
 *
 * The old generation's ceiling is set too, not as a limit any job comes near but because V8 lets
 * garbage pile up by a factor it picks from that ceiling (heap-controller.cc): with the default (the
 * machine's, 4 GB here) it collects when the heap is up to 4× what was live after the last
 * collection; for a ceiling between 256 MB and 2 GB the factor scales from 1.3× to 2× (the bounds
 * follow the system's pointer size, so Electron's compressed heap has the same ones; measured under
 * Node 24 only). A thread keeping 40 MB live while making garbage peaked at 391 MB of heap with the
 * default, 172 MB with 1,024 MB, 258 MB with 1,536. A 100,000-row XLSX import preview lives in
 * ~75 MB: its peak RSS growth went from ~+310 to ~+150–180 MB. The largest file the import takes
 * (100 MB) still fits: a 97 MB CSV of 990,000 rows was previewed (+755 MB RSS under a 768 MB
 * ceiling, +1.8 GB without one) and committed (+923 MB). A thread that reaches its ceiling while
 * one array grows can end the whole process rather than its job (nodejs/node#47224), so imports,
 * the jobs that keep rows, stop with a worded refusal at 90 % of it (import/memory-guard.ts); a
 * thread that still runs out ends its job 'failed' with `jobsCore.outOfMemory`.
 */
const JOB_THREAD_LIMITS = {
  maxYoungGenerationSizeMb: 24,
  maxOldGenerationSizeMb: 1024,
};

/**
 * The warm kinds' heap (prints and exports: a warm thread serves both, so they share one): a young
 * generation of 64 MB. They stream and keep nothing, so a bigger one costs only transient memory,
 * while at 24 MB a 100,000-row CSV export (a few hundred MB of short-lived strings) had the ropes
 * its lines are built of promoted and collected again in the old generation. In the job thread's
 * profile, garbage collection went from 65 to 7 ms and the encoding of those ropes from 30 to
 * 5 ms; the export job from ~475 to ~370 ms (same sitting, quiet machine). Its peak memory growth
 * stays far under issue 12's 200 MB (the exchange bench's `meanwhile` lines).
 */
export const WARM_THREAD_LIMITS = { ...JOB_THREAD_LIMITS, maxYoungGenerationSizeMb: 64 };

/**
 * An import's heap: a young generation of 64 MB too. Reading a 100,000-row XLSX makes ~1.5 GB of
 * short-lived objects (XML text, cells, rows), but a batch of rows and the chunk being parsed are
 * still live at each collection: at 24 MB the preview's thread ran 192 young-generation collections
 * (~0.4–0.46 s) and its profile spent ~0.9 s of a ~2.3 s preview collecting. At 64 MB, alternating
 * the two in one process (14 previews, built), the preview's run went from a median of 2.24 to
 * 2.09 s; in `npm run bench` the preview from 2.41–2.81 to 2.17–2.41 s and the commit from 5.6 to
 * 4.9 s, for a peak memory growth of +85 MB instead of +49 (preview) and +106 instead of +60
 * (commit), under the 200 MB of issue 12 even counting the ~60 MB of the spare thread itself.
 */
const IMPORT_THREAD_LIMITS = WARM_THREAD_LIMITS;
const limitsOf = (kind: JobKind) =>
  WARM_KINDS.has(kind) ? WARM_THREAD_LIMITS : kind === SPARE_KIND ? IMPORT_THREAD_LIMITS : JOB_THREAD_LIMITS;

/** Starts, keeps and ends the job threads; `J` is the manager's running job. */
export function createThreadPool<J>() {
  let closed = false;
  /** The threads kept warm between jobs, one per priority class (below normal or not). */
  const warm = new Map<boolean, Thread<J>>();

  /** A thread started with `workerData`: a job's, or a spare's (no job yet). */
  const startThread = (workerData: JobThreadData | SpareThreadData, kind: JobKind): Thread<J> => {
    const { file, execArgv } = threadScript('job-thread');
    const thread: Thread<J> = {
      worker: new Worker(file, { execArgv, workerData, resourceLimits: limitsOf(kind) }),
      job: null,
      belowNormal: JOB_BELOW_NORMAL[kind],
    };
    thread.worker.on('message', (m: JobThreadMessage) => thread.onMessage?.(m));
    thread.worker.on('error', (e) => thread.onError?.(e));
    thread.worker.on('exit', (code) => {
      forget(thread);
      thread.onExit?.(code);
    });
    return thread;
  };
  const spawn = (data: JobThreadData): Thread<J> => startThread(data, data.input.kind);
  /** The spare import thread waiting for its job, if one was readied (see SPARE_KIND). */
  let spare: Thread<J> | null = null;

  /** The thread is no longer waiting, kept warm or spare (it ended, was cancelled, timed out or took its job). */
  const forget = (thread: Thread<J>) => {
    clearTimeout(thread.idleTimer);
    thread.idleTimer = undefined;
    if (warm.get(thread.belowNormal) === thread) warm.delete(thread.belowNormal);
    if (spare === thread) spare = null;
  };
  /** Forgotten at once (no job is handed to a thread on its way out), then ended. */
  const end = (thread: Thread<J>) => {
    forget(thread);
    void thread.worker.terminate();
  };
  /** A thread waits for a job: it keeps neither the process alive nor itself past `ms`. */
  const wait = (thread: Thread<J>, ms: number) => {
    thread.worker.unref();
    thread.idleTimer = setTimeout(() => end(thread), ms);
    thread.idleTimer.unref();
  };
  /** Hands a waiting thread (warm or spare) its job; it may still be loading: the job waits in its queue. */
  const handOver = (thread: Thread<J>, data: JobThreadData): Thread<J> => {
    clearTimeout(thread.idleTimer);
    thread.idleTimer = undefined;
    thread.worker.ref();
    thread.worker.postMessage({ type: 'run', data } satisfies JobThreadRun);
    return thread;
  };

  const readySpare = () => {
    if (spare || closed) return;
    spare = startThread({ spare: SPARE_KIND } satisfies SpareThreadData, SPARE_KIND);
    wait(spare, SPARE_THREAD_IDLE_MS);
  };
  /** An import's thread: the spare when one waits, else a new one. */
  const spareOrSpawn = (data: JobThreadData): Thread<J> => {
    const thread = spare;
    if (!thread) return spawn(data);
    spare = null;
    return handOver(thread, data);
  };
  /** A job's thread: its class's warm one when it is free, else a new one (kept warm when there is none). */
  const warmThread = (data: JobThreadData): Thread<J> => {
    const belowNormal = JOB_BELOW_NORMAL[data.input.kind];
    const kept = warm.get(belowNormal);
    if (kept && !kept.job) return handOver(kept, data);
    if (kept) return spawn(data);
    const thread = spawn({ ...data, keepWarm: true });
    warm.set(belowNormal, thread);
    return thread;
  };
  /** A warm thread's job ended: it waits for the next job, or ends. */
  const released = (thread: Thread<J>) => {
    thread.job = null;
    if (warm.get(thread.belowNormal) === thread && !closed) wait(thread, PRINT_THREAD_IDLE_MS);
  };

  return {
    /** A job's thread: its class's warm one, the spare (imports) or a new one. */
    thread: (data: JobThreadData): Thread<J> =>
      WARM_KINDS.has(data.input.kind) ? warmThread(data) : data.input.kind === SPARE_KIND ? spareOrSpawn(data) : spawn(data),
    released,
    /** The thread is no longer kept warm or spare (a cancelled reading job's, which the manager ends). */
    forget,
    readySpare,
    hasSpare: () => spare !== null,
    /** Ends the threads that wait (the running jobs' threads are the manager's to end). */
    close() {
      closed = true;
      for (const idle of [...warm.values()]) end(idle);
      if (spare) end(spare);
    },
  };
}
