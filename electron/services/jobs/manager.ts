import { Worker } from 'node:worker_threads';
import type { JobRow } from '../../../db/schema';
import type { Change, CoreEvent } from '../../api/events';
import { JOB_LABELS, JOB_STATE_LABELS, type JobKind, type JobStartInput, type JobState, type JobSummary } from '../../api/jobs';
import type { Db } from '../../../db/open';
import { notFound, ruleViolation } from '../core/errors';
import { newId } from '../core/ids';
import { threadScript } from '../core/thread-script';
import { JOB_WRITES } from './kinds';
import { createJobHistory, STOPPED_BY_CRASH } from './history';
import type { JobThreadData, JobThreadMessage } from './messages';
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
  /** Resolves once no job runs (tests, orderly shutdown). */
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
  finish(state: Exclude<JobState, 'running'>, outcome: { message?: string; result?: unknown; changes?: Change[] }): void;
}

/** A job's thread, and the job it runs now (a warm print thread runs one after another). */
interface Thread {
  worker: Worker;
  job: Running | null;
  onMessage?: (m: JobThreadMessage) => void;
  onError?: (e: Error) => void;
  onExit?: (code: number) => void;
}

/**
 * How long a print thread waits for the next print before it ends. A fresh thread spends about a
 * second loading the core's modules, pdfmake and its fonts, more than a 60-line waybill takes to
 * lay out; kept warm, the next print starts at once (a storekeeper prints a convoy's waybills one
 * after another). It is background work on its own connection, so the core's thread stays free.
 */
export const PRINT_THREAD_IDLE_MS = 10 * 60_000;

/**
 * The kinds that take the warm thread when it is free. Exports too: a 100,000-row CSV is written
 * in about half a second, less than a fresh thread takes to load the core's modules, and an
 * operator exports one grid after another. (The thread is named for prints, which came first.)
 */
const WARM_KINDS: ReadonlySet<JobKind> = new Set<JobKind>(['print', 'export']);

/**
 * A job thread's young generation, where V8 puts new objects. Left to itself V8 sizes it from the
 * machine's memory (128 MB on a 24 GB machine): a job reading a 100,000-row file fills it between
 * collections, and the process's memory grows by that much for nothing. At 24 MB (semi-spaces of
 * 8 MB) the same import's peak memory was ~85 MB lower, for the same time. Old objects are not
 * limited (a limit there would end a job on a large file).
 */
const JOB_THREAD_LIMITS = { maxYoungGenerationSizeMb: 24 };

/**
 * Runs jobs, one worker thread each (a print may take the print thread kept warm), and keeps
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
  let closed = false;
  /** The print thread kept warm between prints, and its idle timer. */
  let warmPrint: Thread | null = null;
  let warmTimer: NodeJS.Timeout | null = null;

  const spawn = (data: JobThreadData): Thread => {
    const { file, execArgv } = threadScript('job-thread');
    const thread: Thread = { worker: new Worker(file, { execArgv, workerData: data, resourceLimits: JOB_THREAD_LIMITS }), job: null };
    thread.worker.on('message', (m: JobThreadMessage) => thread.onMessage?.(m));
    thread.worker.on('error', (e) => thread.onError?.(e));
    thread.worker.on('exit', (code) => {
      if (warmPrint === thread) dropWarm();
      thread.onExit?.(code);
    });
    return thread;
  };
  const dropWarm = () => {
    if (warmTimer) clearTimeout(warmTimer);
    warmTimer = null;
    warmPrint = null;
  };
  /** A print's thread: the warm one when it is free, else a new one (kept warm when there is none). */
  const printThread = (data: JobThreadData): Thread => {
    if (warmPrint && !warmPrint.job) {
      if (warmTimer) clearTimeout(warmTimer);
      warmTimer = null;
      warmPrint.worker.ref();
      warmPrint.worker.postMessage({ type: 'run', data });
      return warmPrint;
    }
    if (warmPrint) return spawn(data);
    warmPrint = spawn({ ...data, keepWarm: true });
    return warmPrint;
  };
  /** A warm thread's job ended: it waits (not keeping the process alive) for the next print, or ends. */
  const released = (thread: Thread) => {
    thread.job = null;
    if (thread !== warmPrint || closed) return;
    thread.worker.unref();
    warmTimer = setTimeout(() => {
      const idle = warmPrint;
      dropWarm();
      void idle?.worker.terminate();
    }, PRINT_THREAD_IDLE_MS);
    warmTimer.unref();
  };

  const history = createJobHistory(deps.db);
  if (deps.recover) history.markInterrupted(deps.now());
  const isRunning = (id: string) => running.has(id);
  const view = (id: string) => summary(history.get(id)!, isRunning);

  function start(input: JobStartInput, by: { id: string; name: string; second?: { id: string; displayName: string } }): JobSummary {
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
    const cancelFlag = new SharedArrayBuffer(4);
    const data: JobThreadData = {
      ...deps.thread,
      jobId: id,
      input,
      cancelFlag,
      operator,
      operatorId: by.id,
      secondOperator: by.second,
      language: messageLanguage(),
    };
    const thread = WARM_KINDS.has(input.kind) ? printThread(data) : spawn(data);
    let progress = { done: 0, total: 0, step: say('jobs.step.starting') };
    let ended = false;
    let resolveEnded!: () => void;
    const job: Running = {
      thread,
      cancelFlag: new Int32Array(cancelFlag),
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
    thread.onError = (e) => job.finish('failed', { message: storeMessage('jobsCore.stoppedOnError', { error: e.message }) });
    thread.onExit = (code) => job.finish('failed', { message: storeMessage('jobsCore.threadEnded', { code: String(code) }) });
    const started = view(id);
    deps.emit({ type: 'job', job: started });
    return started;
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
      if (warmPrint === job.thread) dropWarm();
      void job.thread.worker.terminate();
    }
    return view(id);
  }

  return {
    start,
    cancel,
    list: (limit) => history.list(limit).map((r) => summary(r, isRunning)),
    running: () => [...running.keys()].map(view),
    idle: async () => {
      while (running.size > 0) await Promise.all([...running.values()].map((j) => j.ended));
    },
    close() {
      closed = true;
      for (const job of running.values()) void job.thread.worker.terminate();
      const idle = warmPrint;
      dropWarm();
      if (idle) void idle.worker.terminate();
      history.close();
    },
  };
}
