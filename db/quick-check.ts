import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What SQLite's quick_check found, run in the background after opening. */
export interface QuickCheckResult {
  /** False only when the file is damaged; a check that could not run for another reason is not damage. */
  ok: boolean;
  /** quick_check's own lines ("ok", or one line per problem), or the error that stopped it. */
  problems: string[];
  durationMs: number;
}

/**
 * The worker's whole program, inlined so it runs the same from the source tree (tsx, vitest), the
 * electron-vite bundle and a packaged app, with no second entry point to build or ship. It opens
 * its own read-only connection: the connection that answers calls is never held up by a scan that
 * takes seconds on a large file (24 s at 1.5 GB on a cold cache).
 */
const WORKER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
// Tells the host the native module is loaded: a thread ended while the module registers aborts the process.
parentPort.postMessage({ loaded: true });
const state = new Int32Array(workerData.state);
const started = Date.now();
(function run() {
  // 0 → 1: this thread now uses the file. If the host already said stop (2), it never touches it.
  if (Atomics.compareExchange(state, 0, 0, 1) !== 0) return;
  let db;
  try {
    db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const rows = db.pragma('quick_check(20)').map((r) => String(Object.values(r)[0]));
    parentPort.postMessage({ ok: rows.length === 1 && rows[0] === 'ok', problems: rows, durationMs: Date.now() - started });
  } catch (e) {
    const damaged = /^SQLITE_(CORRUPT|NOTADB)/.test(String(e && e.code));
    parentPort.postMessage({ ok: !damaged, problems: [String(e && e.message)], durationMs: Date.now() - started });
  } finally {
    if (db) db.close();
    Atomics.store(state, 0, 3);
    Atomics.notify(state, 0);
  }
})();
`;

export interface BackgroundCheck {
  result: Promise<QuickCheckResult>;
  /**
   * Stops the check (closing the core): a check that has not opened the file yet never will; one
   * that has is waited for a moment so it lets go of the file (its connection can create the
   * -wal/-shm files) before the caller moves or deletes it; a long one is then ended.
   */
  stop(): void;
}

/** How long stop() waits for a running check to let go of the file before ending its thread. */
const STOP_WAIT_MS = 2000;

/** Starts quick_check on `file` in a worker thread; never rejects. */
export function quickCheckInBackground(file: string): BackgroundCheck {
  const started = Date.now();
  const driver = createRequire(__filename).resolve('better-sqlite3');
  const state = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_PROGRAM, { eval: true, workerData: { file, driver, state: state.buffer } });
  // Until the thread has loaded better-sqlite3 it is never ended (stop waits) nor left behind by an
  // exiting process (it stays referenced): ending a thread while a native module registers aborts
  // the whole process. After that, a check still running must not keep a finished process alive.
  let loaded = false;
  let endWhenLoaded = false;
  const result = new Promise<QuickCheckResult>((resolve) => {
    const notRun = (why: string) => resolve({ ok: true, problems: [why], durationMs: Date.now() - started });
    worker.on('message', (m: QuickCheckResult | { loaded: true }) => {
      if (!('loaded' in m)) return resolve(m);
      loaded = true;
      if (endWhenLoaded) void worker.terminate();
      else worker.unref();
    });
    worker.once('error', (e) => notRun(`quick_check could not run: ${e.message}`));
    worker.once('exit', () => notRun('quick_check stopped before it finished'));
  });
  return {
    result,
    stop: () => {
      const was = Atomics.compareExchange(state, 0, 0, 2);
      if (was === 0 || was === 3) return; // never opened the file, or already let go of it: it ends by itself
      if (Atomics.wait(state, 0, 1, STOP_WAIT_MS) !== 'timed-out') return;
      if (loaded) void worker.terminate();
      else endWhenLoaded = true;
    },
  };
}
