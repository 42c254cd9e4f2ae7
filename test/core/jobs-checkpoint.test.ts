import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../electron/api/events';
import type { JobSummary } from '../../electron/api/jobs';
import { openTestCore, type TestCore } from '../helpers/core';
import { upload } from '../helpers/imports';
import { recordEvents } from '../helpers/jobs';

/*
 * A writing job's thread copies its pages from the WAL into the database file after it has said
 * it is done, not inside its COMMIT (jobs/job-thread.ts), and the core's own connection leaves
 * checkpoints to it until the thread has closed its connection (jobs/manager.ts): otherwise the
 * core's small write of the job's end could start the big copy on the core's thread.
 */
let t: TestCore;
afterEach(async () => {
  await t?.core.jobs.idle();
  t?.cleanup();
});

const ROWS = 6_000;
const catalogue = ['Code,Name,Category,Unit', ...Array.from({ length: ROWS }, (_, i) => `CK-${i},Checkpointed item ${i},nfi,each`)].join(
  '\r\n',
);
const autoCheckpoint = () => t.core.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;

describe('a writing job checkpoints after its outcome, on its own thread', () => {
  it('the core does not checkpoint while the job thread has its connection; the job copied its pages into the file by the time it closed', async () => {
    t = await openTestCore();
    expect(autoCheckpoint()).toBe(1000);
    const uploadId = upload(t, 'checkpoint.csv', catalogue);
    const fileBefore = fs.statSync(t.dbPath).size;
    const rec = recordEvents(t.core);
    // Read as the job's end is announced: the thread has said 'done' but not yet 'closed'
    // (its messages arrive in order, and this listener runs inside the handling of 'done').
    let atDone: number | null = null;
    const unsubscribe = t.core.subscribe((e: CoreEvent) => {
      if (e.type === 'job' && e.job.state === 'done') atDone = autoCheckpoint();
    });
    const started = await t.core.call('jobs.start', { kind: 'import', uploadId, target: 'items', sheet: 0, commit: true });
    expect(autoCheckpoint()).toBe(0);
    const job: JobSummary = await rec.ended(started.id);
    expect(job.state, job.message ?? '').toBe('done');
    expect(atDone).toBe(0);
    await t.core.jobs.idle();
    unsubscribe();
    rec.unsubscribe();
    expect(autoCheckpoint()).toBe(1000);
    // The 6,000 items (with their audit, search and change rows: well over 1,000 pages) are in the
    // database file itself, though the core never checkpointed: the job's thread did.
    expect(fs.statSync(t.dbPath).size - fileBefore).toBeGreaterThan(2_000_000);
    expect((t.core.sqlite.prepare("SELECT count(*) AS n FROM items WHERE code LIKE 'CK-%'").get() as { n: number }).n).toBe(ROWS);
  });

  it('a job that only reads leaves the core checkpointing as usual', async () => {
    t = await openTestCore();
    const rec = recordEvents(t.core);
    const started = await t.core.call('jobs.start', { kind: 'integrity', depth: 'quick' });
    expect(autoCheckpoint()).toBe(1000);
    expect((await rec.ended(started.id)).state).toBe('done');
    rec.unsubscribe();
  });
});
