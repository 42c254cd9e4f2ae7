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
const started = Date.now();
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
}
`;

export interface BackgroundCheck {
  result: Promise<QuickCheckResult>;
  /** Stops the check (closing the core); the result then says it was stopped, not damage. */
  stop(): void;
}

/** Starts quick_check on `file` in a worker thread; never rejects. */
export function quickCheckInBackground(file: string): BackgroundCheck {
  const started = Date.now();
  const driver = createRequire(__filename).resolve('better-sqlite3');
  const worker = new Worker(WORKER_PROGRAM, { eval: true, workerData: { file, driver } });
  // A check still running must not keep a finished process (a CLI, a test run) alive.
  worker.unref();
  const result = new Promise<QuickCheckResult>((resolve) => {
    const notRun = (why: string) => resolve({ ok: true, problems: [why], durationMs: Date.now() - started });
    worker.once('message', (r: QuickCheckResult) => resolve(r));
    worker.once('error', (e) => notRun(`quick_check could not run: ${e.message}`));
    worker.once('exit', () => notRun('quick_check stopped before it finished'));
  });
  return { result, stop: () => void worker.terminate() };
}
