import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../db/file-lock';
import { createCore } from '../../electron/services/core/create';
import { openTestCore, signInAgain, type TestCore } from '../helpers/core';
import { countsOnDisk, recordEvents } from '../helpers/jobs';

/**
 * Jobs on a real core and real threads: each job runs in a worker thread of its own over its own
 * connection to the same SQLite file.
 */
let t: TestCore;
afterEach(async () => {
  await t?.core.jobs.idle();
  t?.cleanup();
});

describe('jobs', () => {
  it('starts at once with an id, reports progress in order, and keeps the outcome with the result', async () => {
    t = await openTestCore();
    const rec = recordEvents(t.core);
    const started = await t.core.call('jobs.start', { kind: 'integrity', depth: 'full' });
    expect(started).toMatchObject({
      kind: 'integrity',
      label: 'Integrity check',
      state: 'running',
      operator: 'Capt. Test',
      finishedAt: null,
    });
    const job = await rec.ended(started.id);
    expect(job).toMatchObject({ state: 'done', done: 2, total: 2, message: null });
    expect(job.result).toMatchObject({ ok: true, depth: 'full', sqlite: ['ok'], differences: [] });

    const progress = rec.progressOf(started.id);
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(progress[1].step).toContain('integrity_check');
    // The `job` events frame the progress: started first, ended last.
    const mine = rec.events.filter(
      (e) => (e.type === 'job' && e.job.id === started.id) || (e.type === 'progress' && e.jobId === started.id),
    );
    expect(mine[0]).toMatchObject({ type: 'job', job: { state: 'running' } });
    expect(mine[mine.length - 1]).toMatchObject({ type: 'job', job: { state: 'done' } });
    expect((await t.core.call('jobs.list', {}))[0]).toEqual(job);
    // The job's thread opened the file as a second connection of this process: the core's lock stays.
    expect(fs.existsSync(lockPathOf(t.dbPath))).toBe(true);
  });

  it('a job that writes, cancelled in the middle, leaves nothing it wrote', async () => {
    t = await openTestCore();
    const before = countsOnDisk(t.dbPath);
    const rec = recordEvents(t.core);
    const started = await t.core.call('jobs.start', { kind: 'demo' });
    // Partners are written (inside the job's transaction) before the sites step begins.
    await rec.progress(started.id, 1);
    const asked = await t.core.call('jobs.cancel', { jobId: started.id });
    expect(asked.id).toBe(started.id);
    const job = await rec.ended(started.id);
    expect(job.state).toBe('cancelled');
    expect(job.message).toContain('nothing it was writing was kept');
    expect(job.done).toBeLessThan(7);
    expect(countsOnDisk(t.dbPath)).toEqual(before);
    expect(rec.events.some((e) => e.type === 'changed')).toBe(false);
    // The same job then runs to the end and its changes are announced once, after commit.
    const again = await t.core.call('jobs.start', { kind: 'demo' });
    expect(await rec.ended(again.id)).toMatchObject({ state: 'done', done: 7, total: 7, result: { loaded: true } });
    expect(rec.events.find((e) => e.type === 'changed')).toMatchObject({
      changes: expect.arrayContaining([expect.objectContaining({ type: 'organisations' }), { type: 'stock_ledger' }]),
    });
    expect((await t.core.call('organisations.list', {})).length).toBeGreaterThan(1);
  });

  it('runs two jobs at once and answers other calls meanwhile', async () => {
    t = await openTestCore();
    const rec = recordEvents(t.core);
    const demo = await t.core.call('jobs.start', { kind: 'demo' });
    const check = await t.core.call('jobs.start', { kind: 'integrity', depth: 'full' });
    const running = (await t.core.call('jobs.list', {})).filter((j) => j.state === 'running').map((j) => j.id);
    expect(running.sort()).toEqual([demo.id, check.id].sort());
    expect((await t.core.call('system.status', {})).setupDone).toBe(true);
    const [a, b] = await Promise.all([rec.ended(demo.id), rec.ended(check.id)]);
    expect([a.state, b.state]).toEqual(['done', 'done']);
  });

  it('cancels a reading job at once, and refuses to cancel one that ended or does not exist', async () => {
    t = await openTestCore();
    const rec = recordEvents(t.core);
    const started = await t.core.call('jobs.start', { kind: 'integrity', depth: 'full' });
    const cancelled = await t.core.call('jobs.cancel', { jobId: started.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', message: 'Cancelled by Capt. Test.' });
    expect(await rec.ended(started.id)).toMatchObject({ state: 'cancelled' });

    const again = await t.core.invoke('jobs.cancel', { jobId: started.id });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: expect.stringContaining('already ended (Cancelled)') },
    });
    const unknown = await t.core.invoke('jobs.cancel', { jobId: 'no-such-job' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // In French (issue 9): the job's outcome and both refusals, the job's own words stored as keys.
    await t.core.call('system.setLanguage', { language: 'fr' });
    expect((await t.core.call('jobs.list', {})).find((j) => j.id === started.id)).toMatchObject({ message: 'Annulée par Capt. Test.' });
    expect(await t.core.invoke('jobs.cancel', { jobId: started.id })).toMatchObject({
      error: { message: 'Cette tâche est déjà terminée (Annulée) ; il n’y a rien à annuler' },
    });
    expect(await t.core.invoke('jobs.cancel', { jobId: 'no-such-job' })).toMatchObject({
      error: { message: expect.stringMatching(/^Tâche .*no-such-job/) },
    });
  });

  it('refuses an unknown kind naming the kinds, and needs an operator', async () => {
    t = await openTestCore();
    const r = await t.core.invoke('jobs.start', { kind: 'defrag' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('integrity, demo') } });
    t.cleanup();
    t = await openTestCore({ setup: false });
    expect(await t.core.invoke('jobs.start', { kind: 'integrity' })).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    expect(await t.core.invoke('jobs.list', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
  });

  it('closing the core while a job runs ends the job without writing to the closed file; the next start shows it interrupted', async () => {
    t = await openTestCore();
    const started = await t.core.call('jobs.start', { kind: 'demo' });
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      t.core.close();
      // The job's thread exits after the core's connection closed; its end must not be saved through it.
      await t.core.jobs.idle();
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    const reopened = createCore({ databasePath: t.dbPath, homeDir: path.join(t.dir, 'home') });
    await signInAgain(reopened);
    try {
      await signInAgain(reopened);
      expect((await reopened.call('jobs.list', {})).find((j) => j.id === started.id)).toMatchObject({ state: 'interrupted' });
    } finally {
      reopened.close();
    }
  });
});
