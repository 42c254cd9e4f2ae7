import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { ExportRequest } from '../../api/exchange';
import type { HalvesHelper, SecondHalf, SharedRead } from '../exchange/split/halves';
import { threadScript } from '../core/thread-script';
import type { FromHelper, HalvesThreadData, HelperOpen, ToHelper } from './halves-messages';
import { WARM_THREAD_LIMITS } from './threads';

/*
 * A warm export thread's halves helper (exchange/split/halves.ts): a thread of its own, started
 * after the first export of a big grid, in either format (a fresh thread loads the core's modules
 * in ~0.3 s, about what a 100,000-row CSV takes to write, so that export does not wait for it) and
 * kept while the export thread is (the pool ends that one; a thread's threads end with it). It
 * costs a thread's memory (~50 MB) only on a machine that exported a big grid.
 */

/**
 * How long the export waits for writers to finish before it keeps them out (BEGIN IMMEDIATE on a
 * connection of its own) to begin the two reads at one snapshot. Past it (an import committing,
 * say), the export does not wait: it is written by one thread.
 */
const LOCK_WAIT_MS = 50;

/** The helper of one export thread; `forJob` binds it to a job's database and operator. */
export function halvesHelper() {
  let worker: Worker | null = null;
  let loaded = false;
  /** Helping an export (from `open` until the export is done with it). */
  let busy = false;
  /** The one request waiting for its answer (the helper answers in order, one at a time). */
  let waiting: ((m: FromHelper) => void) | null = null;

  const answer = (m: FromHelper) => {
    const w = waiting;
    waiting = null;
    w?.(m);
  };
  const start = () => {
    if (worker) return;
    const { file, execArgv } = threadScript('job-thread');
    const w = new Worker(file, {
      execArgv,
      workerData: { halvesHelper: true } satisfies HalvesThreadData,
      resourceLimits: WARM_THREAD_LIMITS,
    });
    worker = w;
    // It waits for work without keeping the export thread's event loop alive.
    w.unref();
    w.on('message', (m: FromHelper) => (m.type === 'loaded' ? (loaded = true) : answer(m)));
    const gone = (why: string) => {
      if (worker !== w) return;
      worker = null;
      loaded = false;
      answer({ type: 'failed', message: why });
    };
    w.on('error', (e) => gone(e.message));
    w.on('exit', (code) => gone(`the helper thread ended (${code})`));
  };
  const ask = (m: ToHelper) =>
    new Promise<FromHelper>((resolve) => {
      if (!worker) return resolve({ type: 'failed', message: 'no helper thread' });
      waiting = resolve;
      worker.postMessage(m);
    });
  /** The helper ends its read and closes the database; it is free for the next export. */
  const release = () => {
    worker?.postMessage({ type: 'release' } satisfies ToHelper);
    busy = false;
  };

  /** Begins the two reads at one snapshot, once the helper has opened the database (`opening`). */
  const share = async (sqlite: Database.Database, opening: Promise<FromHelper>): Promise<SharedRead | null> => {
    // Not inside a caller's own transaction (its snapshot is not one the helper could share).
    if ((await opening).type !== 'opened' || sqlite.inTransaction) return (release(), null);
    // A connection of this export's own takes the write lock while the two reads begin. Opened for
    // this export only: no connection stays open between jobs (a restore replaces the file then).
    let writers: Database.Database | null = null;
    try {
      writers = new Database(sqlite.name, { timeout: LOCK_WAIT_MS, fileMustExist: true });
      writers.exec('BEGIN IMMEDIATE');
    } catch {
      writers?.close();
      return (release(), null); // a writer holds the database: one thread writes this export
    }
    try {
      sqlite.exec('BEGIN');
      // Any read begins the transaction's snapshot: now, while writers are kept out.
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
      if ((await ask({ type: 'hold' })).type !== 'held') throw new Error('the helper could not begin its read');
    } catch {
      // Written by one thread after all, and the helper is free again.
      if (sqlite.inTransaction) sqlite.exec('COMMIT');
      return (release(), null);
    } finally {
      writers.exec('ROLLBACK');
      writers.close();
    }
    let asked = false;
    return {
      second(req: ExportRequest, value: unknown, column: string, path: string): SecondHalf {
        asked = true;
        const flags = new Int32Array(new SharedArrayBuffer(8));
        const done = ask({ type: 'half', req, value, column, path, flags: flags.buffer as SharedArrayBuffer }).then((m) =>
          m.type === 'half-done' ? { tally: m.tally, plan: m.plan } : null,
        );
        return { done, stop: () => Atomics.store(flags, 0, 1), written: () => Atomics.load(flags, 1) };
      },
      end() {
        if (sqlite.inTransaction) sqlite.exec('COMMIT');
        if (asked)
          busy = false; // the helper closed the database as its half ended
        else release();
      },
    };
  };

  return {
    forJob: (open: HelperOpen): HalvesHelper => ({
      ready: () => worker !== null && loaded && !busy,
      start,
      open() {
        if (!worker || !loaded || busy) return null;
        busy = true;
        const opening = ask({ type: 'open', open });
        return {
          share: (sqlite) => share(sqlite, opening),
          release: () => void opening.then(release),
        };
      },
    }),
  };
}
