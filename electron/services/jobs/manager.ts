import type { JobRow } from '../../../db/schema';
import type { Change, CoreEvent } from '../../api/events';
import { JOB_LABELS, JOB_STATE_LABELS, type JobKind, type JobStartInput, type JobState, type JobSummary } from '../../api/jobs';
import type { Db } from '../../../db/open';
import { DomainError, notFound, ruleViolation } from '../core/errors';
import { newId } from '../core/ids';
import { JOB_WRITES } from './kinds';
import { createJobHistory, STOPPED_BY_CRASH } from './history';
import type { JobTask, JobThreadData, JobThreadMessage } from './messages';
import { createThreadPool, SPARE_KIND, type Thread } from './threads';
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
   * free) and resolves to its answer. Not a job: no row in the jobs list, no events. Aborting
   * `signal` rejects it at once, saying it was cancelled, and stops its thread at its next check.
   */
  task<T>(task: JobTask, input: JobStartInput, operator: { id: string; name: string }, signal?: AbortSignal): Promise<T>;
  /**
   * Readies a spare thread for the next import: it loads the core's modules now, so the preview the
   * wizard asks for next starts at once. At most one waits; it ends unused after SPARE_THREAD_IDLE_MS.
   */
  readySpare(): void;
  /** Whether a spare import thread is waiting for a job (tests, the bench). */
  hasSpare(): boolean;
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
  thread: Thread<Running>;
  cancelFlag: Int32Array;
  kind: JobKind;
  ended: Promise<void>;
  finish(
    state: Exclude<JobState, 'running'>,
    outcome: { message?: string; result?: unknown; changes?: Change[]; refusal?: Extract<JobThreadMessage, { type: 'failed' }>['refusal'] },
  ): void;
}

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
  const pool = createThreadPool<Running>();

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
    return { thread: pool.thread(data), cancelFlag: new Int32Array(cancelFlag) };
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
        pool.released(thread);
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
        // After a preview the wizard previews again (a mapping changed) or commits: a spare is readied for it.
        if (input.kind === SPARE_KIND && !input.commit) pool.readySpare();
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

  function task<T>(kind: JobTask, input: JobStartInput, by: By, signal?: AbortSignal): Promise<T> {
    const { thread, cancelFlag } = launch(input, by, { jobId: newId(), task: kind });
    return new Promise<T>((resolve, reject) => {
      let ended = false;
      let answered = false;
      let resolveEnded!: () => void;
      // Aborted, the caller hears at once that it was cancelled (its thread may have counted the
      // rows already, and its answer would otherwise still come); the thread stops at its next look
      // at the flag (before it starts, and every 1,000 rows), and is released when it says so.
      const stop = () => {
        Atomics.store(cancelFlag, 0, 1);
        if (answered) return;
        answered = true;
        reject(ruleViolation(say('jobsCore.cancelled')));
      };
      const job: Running = {
        thread,
        cancelFlag,
        kind: input.kind,
        ended: new Promise<void>((r) => (resolveEnded = r)),
        finish(state, outcome) {
          if (ended) return;
          ended = true;
          signal?.removeEventListener('abort', stop);
          tasks.delete(job);
          pool.released(thread);
          resolveEnded();
          if (answered) return;
          answered = true;
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
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
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
      pool.forget(job.thread);
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
    readySpare: () => pool.readySpare(),
    hasSpare: () => pool.hasSpare(),
    idle: async () => {
      while (running.size + tasks.size > 0) await Promise.all([...running.values(), ...tasks].map((j) => j.ended));
    },
    close() {
      closed = true;
      for (const job of [...running.values(), ...tasks]) void job.thread.worker.terminate();
      pool.close();
      history.close();
    },
  };
}
