import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS } from '../../db/open';
import type { CoreEvent } from '../../electron/api/events';
import { recordEvents } from '../helpers/jobs';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * A job waits out another writer (a long import commit holds SQLite's write lock for its whole run)
 * instead of failing at its last step: an export's audit entry once failed with "Unexpected error:
 * database is locked" a quarter of a second after the lock was found taken, and its file was deleted.
 */
let w: StockWorld;
let other: Database.Database | null = null;
afterEach(async () => {
  if (other?.inTransaction) other.exec('ROLLBACK');
  other?.close();
  other = null;
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

describe('jobs and the write lock', () => {
  it(
    'an export started while another connection writes waits for it and ends done, its audit entry written',
    { timeout: 120_000 },
    async () => {
      w = await stockWorld();
      // Another writer (as an import commit in its own thread would be) holds the lock.
      other = new Database(w.t.dbPath);
      other.exec('BEGIN IMMEDIATE');
      const rec = recordEvents(w.t.core);
      const started = await w.t.core.call('jobs.start', {
        kind: 'export',
        source: 'items',
        params: {},
        format: 'csv',
        hxl: false,
        sort: [],
      });
      // The file is written (reads need no lock); the audit entry that follows must wait.
      await rec.next((e): e is CoreEvent => e.type === 'progress' && e.jobId === started.id && e.step === 'Finishing the file');
      // Held well past the core's own wait, which the export's connection used to have too.
      await new Promise((resolve) => setTimeout(resolve, 8 * BUSY_TIMEOUT_MS));
      other.exec('COMMIT');
      const job = await rec.ended(started.id);
      rec.unsubscribe();
      expect(job.state, job.message ?? '').toBe('done');
      const history = await w.call('exports.history', {});
      expect(history[0]).toMatchObject({ fileName: (job.result as { fileName: string }).fileName });
    },
  );
});
