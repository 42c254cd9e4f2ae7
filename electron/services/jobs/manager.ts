import { Worker } from 'node:worker_threads';
import type { JobRow } from '../../../db/schema';
import type { Change, CoreEvent } from '../../api/events';
import { JOB_LABELS, JOB_STATE_LABELS, type JobKind, type JobStartInput, type JobState, type JobSummary } from '../../api/jobs';
import type { Db } from '../../../db/open';
import { DomainError, notFound, ruleViolation } from '../core/errors';
import { newId } from '../core/ids';
import { threadScript } from '../core/thread-script';
import { JOB_BELOW_NORMAL, JOB_WRITES } from './kinds';
import { createJobHistory, STOPPED_BY_CRASH } from './history';
import type { JobTask, JobThreadData, JobThreadMessage } from './messages';
import { messageLanguage, say } from '../../api/i18n/current';
import { readStoredMessage, storeMessage } from '../core/stored-text';

export interface JobManager {
  /** Starts a job in a thread of its own and returns at once. */
  start(input: JobStartInput, operator: { id: string; name: string; second?: { id: string; displayName: string } }): JobSummary;
  /** Asks a running job to stop; it ends `cancelled` with nothing it was writing kept. */
  cancel(id: string, operator: string): JobSummary;
  list(limit: number): JobSummary[];
  /** The jobs running now (a restore waits until there are none). */
  running(): JobSummary[];
  /**
   * Runs a reading task (an export's preview) on a job thread of the input's kind (a warm one when
   * free) and resolves to its answer. Not a job: no row in the jobs list, no events, no cancel.
   */
  task<T>(task: JobTask, input: JobStartInput, operator: { id: string; name: string }): Promise<T>;
  /** The names of the tasks under way (a restore waits for them as for jobs: they hold a connection). */
  tasksRunning(): string[];
  /** Resolves once no job or task runs (tests, orderly shutdown). */
  idle(): Promise<void>;
  /** Stops every running job (their open transactions roll back as their connections close). */
  close(): void;
}

export interface JobManagerDeps {
  /** The core's own connection: the jobs table is written here, never by a job thread. */
  db: Db;
  emit(e: CoreEvent): void;
  now(): string;
  thread: Omit<JobThreadData, 'jobId' | 'input' | 'cancelFlag' | 'operator' | 'operatorId' | 'language'>;
  /** Mark jobs left running by a previous run as interrupted (the main core; never a job thread's). */
  recover: boolean;
}

function summary(row: JobRow, isRunning: (id: string) => boolean): JobSummary {
  const lost = row.state === 'running' && !isRunning(row.id);
  return {
    id: row.id,
    kind: row.kind as JobKind,
    label: JOB_LABELS[row.kind as JobKind] ?? row.kind,
    state: lost ? 'interrupted' : (row.state as JobState),
    operator: row.operator,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    done: row.done,
    total: row.total,
    step: row.step,
    // Messages the manager writes are stored as keys and worded for the reader; a job's own are worded as it ran.
    message: readStoredMessage(lost ? STOPPED_BY_CRASH : (row.message ?? '')) || null,
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
  };
}

interface Running {
  thread: Thread;
  cancelFlag: Int32Array;
  kind: JobKind;
  ended: Promise<void>;
  finish(
    state: Exclude<JobState, 'running'>,
    outcome: { message?: string; result?: unknown; changes?: Change[]; refusal?: Extract<JobThreadMessage, { type: 'failed' }>['refusal'] },
  ): void;
}

/** A job's thread, and the job it runs now (a warm thread runs one after another). */
interface Thread {
  worker: Worker;
  job: Running | null;
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
 * A job thread's heap. The young generation, where V8 puts new objects: left to itself V8 sizes it
 * from the machine's memory (128 MB on a 24 GB machine); a job reading a 100,000-row file fills it
 * between collections, and the process's memory grows by that much for nothing. At 24 MB
 * (semi-spaces of 8 MB) the same import's peak memory was ~85 MB lower, for the same time.
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
const WARM_THREAD_LIMITS = { ...JOB_THREAD_LIMITS, maxYoungGenerationSizeMb: 64 };

/**
 * Runs jobs, one worker thread each (a print or an export may take a thread kept warm), and keeps
 * their history in the jobs table.
 *
 * Why a thread per job rather than chunks on the core's thread: the slow steps are single
 * SQLite calls (PRAGMA integrity_check runs 8.5 s at the scale seed as one call and cannot be cut
 * into pieces without skipping its whole-file page checks), and a synchronous call blocks the
 * thread it runs on. In its own thread, with its own connection (WAL: readers never wait for
 * the writer, nor it for them), such a call leaves the core's thread free to answer every other
 * operation. Two jobs are two threads and run side by side.
 */
export function createJobManager(deps: JobManagerDeps): JobManager {
  const running = new Map<string, Running>();
  /** Tasks under way (not jobs: see task()). */
  const tasks = new Set<Running>();
  let closed = false;
  /** The threads kept warm between jobs, one per priority class (below normal or not). */
  const warm = new Map<boolean, Thread>();

  const spawn = (data: JobThreadData): Thread => {
    const { file, execArgv } = threadScript('job-thread');
    const thread: Thread = {
      worker: new Worker(file, {
        execArgv,
        workerData: data,
        resourceLimits: WARM_KINDS.has(data.input.kind) ? WARM_THREAD_LIMITS : JOB_THREAD_LIMITS,
      }),
      job: null,
      belowNormal: JOB_BELOW_NORMAL[data.input.kind],
    };
    thread.worker.on('message', (m: JobThreadMessage) => thread.onMessage?.(m));
    thread.worker.on('error', (e) => thread.onError?.(e));
    thread.worker.on('exit', (code) => {
      dropWarm(thread);
      thread.onExit?.(code);
    });
    return thread;
  };
  /** The thread is no longer kept warm (it ended, was cancelled or timed out). */
  const dropWarm = (thread: Thread) => {
    if (thread.idleTimer) clearTimeout(thread.idleTimer);
    thread.idleTimer = undefined;
    if (warm.get(thread.belowNormal) === thread) warm.delete(thread.belowNormal);
  };
  /** A job's thread: its class's warm one when it is free, else a new one (kept warm when there is none). */
  const warmThread = (data: JobThreadData): Thread => {
    const belowNormal = JOB_BELOW_NORMAL[data.input.kind];
    const kept = warm.get(belowNormal);
    if (kept && !kept.job) {
      if (kept.idleTimer) clearTimeout(kept.idleTimer);
      kept.idleTimer = undefined;
      kept.worker.ref();
      kept.worker.postMessage({ type: 'run', data });
      return kept;
    }
    if (kept) return spawn(data);
    const thread = spawn({ ...data, keepWarm: true });
    warm.set(belowNormal, thread);
    return thread;
  };
  /** A warm thread's job ended: it waits (not keeping the process alive) for the next job, or ends. */
  const released = (thread: Thread) => {
    thread.job = null;
    if (warm.get(thread.belowNormal) !== thread || closed) return;
    thread.worker.unref();
    thread.idleTimer = setTimeout(() => {
      dropWarm(thread);
      void thread.worker.terminate();
    }, PRINT_THREAD_IDLE_MS);
    thread.idleTimer.unref();
  };

  const history = createJobHistory(deps.db);
  if (deps.recover) history.markInterrupted(deps.now());
  const isRunning = (id: string) => running.has(id);
  const view = (id: string) => summary(history.get(id)!, isRunning);

  type By = { id: string; name: string; second?: { id: string; displayName: string } };
  /** A job's or a task's thread (the warm one of its class for the kinds kept warm) and its cancel flag. */
  const launch = (input: JobStartInput, by: By, extra: Pick<JobThreadData, 'jobId' | 'task'>) => {
    const cancelFlag = new SharedArrayBuffer(4);
    const data: JobThreadData = {
      ...deps.thread,
      ...extra,
      input,
      cancelFlag,
      operator: by.name,
      operatorId: by.id,
      secondOperator: by.second,
      language: messageLanguage(),
    };
    return { thread: WARM_KINDS.has(input.kind) ? warmThread(data) : spawn(data), cancelFlag: new Int32Array(cancelFlag) };
  };
  /** A thread that fails or ends before its job's outcome ends the job 'failed', saying why. */
  const failOnThreadEnd = (thread: Thread, job: Running) => {
    thread.onError = (e) =>
      job.finish('failed', {
        message:
          (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? storeMessage('jobsCore.outOfMemory')
            : storeMessage('jobsCore.stoppedOnError', { error: e.message }),
      });
    thread.onExit = (code) => job.finish('failed', { message: storeMessage('jobsCore.threadEnded', { code: String(code) }) });
  };

  function start(input: JobStartInput, by: By): JobSummary {
    const operator = by.name;
    const id = newId();
    let saved: JobRow = {
      id,
      kind: input.kind,
      state: 'running',
      operator,
      input: JSON.stringify(input),
      startedAt: deps.now(),
      finishedAt: null,
      done: 0,
      total: 0,
      step: say('jobs.step.starting'),
      message: null,
      result: null,
    };
    history.save(saved);
    const { thread, cancelFlag } = launch(input, by, { jobId: id });
    let progress = { done: 0, total: 0, step: say('jobs.step.starting') };
    let ended = false;
    let resolveEnded!: () => void;
    const job: Running = {
      thread,
      cancelFlag,
      kind: input.kind,
      ended: new Promise<void>((r) => (resolveEnded = r)),
      finish(state, outcome) {
        if (ended) return;
        ended = true;
        running.delete(id);
        released(thread);
        // Closing ends running jobs (their threads exit after the core's connection closed): the
        // row stays 'running' and the next start marks it interrupted, as after a crash.
        if (closed) return resolveEnded();
        saved = {
          ...saved,
          state,
          finishedAt: deps.now(),
          ...progress,
          message: outcome.message ?? null,
          result: outcome.result === undefined ? null : JSON.stringify(outcome.result),
        };
        history.save(saved);
        deps.emit({ type: 'job', job: view(id) });
        if (outcome.changes?.length) deps.emit({ type: 'changed', changes: outcome.changes });
        resolveEnded();
      },
    };
    running.set(id, job);
    thread.job = job;
    thread.onMessage = (m: JobThreadMessage) => {
      if (ended) return;
      if (m.type === 'progress') {
        progress = { done: m.done, total: m.total, step: m.step };
        deps.emit({ type: 'progress', jobId: id, kind: input.kind, ...progress });
      } else if (m.type === 'done') {
        progress = { ...progress, done: progress.total };
        job.finish('done', { result: m.result, changes: m.changes });
      } else if (m.type === 'cancelled') job.finish('cancelled', { message: storeMessage('jobsCore.cancelled') });
      else job.finish('failed', { message: m.message });
    };
    failOnThreadEnd(thread, job);
    const started = view(id);
    deps.emit({ type: 'job', job: started });
    return started;
  }

  function task<T>(kind: JobTask, input: JobStartInput, by: By): Promise<T> {
    const { thread, cancelFlag } = launch(input, by, { jobId: newId(), task: kind });
    return new Promise<T>((resolve, reject) => {
      let ended = false;
      let resolveEnded!: () => void;
      const job: Running = {
        thread,
        cancelFlag,
        kind: input.kind,
        ended: new Promise<void>((r) => (resolveEnded = r)),
        finish(state, outcome) {
          if (ended) return;
          ended = true;
          tasks.delete(job);
          released(thread);
          resolveEnded();
          if (state === 'done') resolve(outcome.result as T);
          else {
            const message = readStoredMessage(outcome.message ?? '') || say('jobsCore.unexpected', { error: state });
            // A refusal in the task's thread reaches the caller as the core would have refused it.
            reject(outcome.refusal ? new DomainError(outcome.refusal.code, message, outcome.refusal.issues) : ruleViolation(message));
          }
        },
      };
      tasks.add(job);
      thread.job = job;
      thread.onMessage = (m: JobThreadMessage) => {
        if (m.type === 'done') job.finish('done', { result: m.result });
        else if (m.type === 'failed') job.finish('failed', { message: m.message, refusal: m.refusal });
        else if (m.type === 'cancelled') job.finish('cancelled', { message: storeMessage('jobsCore.cancelled') });
      };
      failOnThreadEnd(thread, job);
    });
  }

  function cancel(id: string, operator: string): JobSummary {
    const job = running.get(id);
    if (!job) {
      const r = history.get(id);
      if (!r) throw notFound(say('jobsCore.noun'), id);
      throw ruleViolation(say('jobsCore.alreadyEnded', { state: JOB_STATE_LABELS[r.state as JobState] ?? r.state }));
    }
    Atomics.store(job.cancelFlag, 0, 1);
    if (!JOB_WRITES[job.kind]) {
      // A reading job may sit in one long SQLite call; it has nothing to undo, so it ends now.
      job.finish('cancelled', { message: storeMessage('jobsCore.cancelledBy', { who: operator }) });
      dropWarm(job.thread);
      void job.thread.worker.terminate();
    }
    return view(id);
  }

  return {
    start,
    task,
    cancel,
    list: (limit) => history.list(limit).map((r) => summary(r, isRunning)),
    running: () => [...running.keys()].map(view),
    tasksRunning: () => [...tasks].map((j) => JOB_LABELS[j.kind] ?? j.kind),
    idle: async () => {
      while (running.size + tasks.size > 0) await Promise.all([...running.values(), ...tasks].map((j) => j.ended));
    },
    close() {
      closed = true;
      for (const job of [...running.values(), ...tasks]) void job.thread.worker.terminate();
      for (const idle of [...warm.values()]) {
        dropWarm(idle);
        void idle.worker.terminate();
      }
      history.close();
    },
  };
}
