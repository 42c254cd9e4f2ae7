import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../db/open';
import type { Core } from '../../electron/services/core/create';
import { CORE_RESTARTED, createWorkerCore } from '../../electron/services/core/worker/host';
import { TEST_CRASH_OPERATION } from '../../electron/services/core/worker/messages';
import { tempDir } from '../helpers/core';
import { countsOnDisk, recordEvents } from '../helpers/jobs';

/**
 * The core in its worker thread, as both shells run it: calls, events and failures cross the
 * thread boundary; a thread that dies is reported, restarted, and leaves nothing half-written.
 */
let core: Core | null = null;
let cleanup: (() => void) | null = null;

// The crash hook is read by the core's thread from its environment, copied when the thread starts.
process.env.CORRIDOR_TEST_HOOKS = '1';

async function open() {
  const dir = tempDir();
  cleanup = dir.cleanup;
  const dbPath = path.join(dir.dir, 'corridor.sqlite');
  core = await createWorkerCore({ databasePath: dbPath, homeDir: path.join(dir.dir, 'home') });
  await core.call('system.setup', {
    operator: 'Capt. Test',
    pin: '1234',
    organisation: { name: 'Test Logistics Battalion', shortName: 'TLB', kind: 'military' },
    demo: false,
  });
  return { core, dbPath, dir: dir.dir };
}

afterEach(async () => {
  await core?.close();
  core = null;
  cleanup?.();
});

describe('the core in a worker thread', () => {
  it('answers an operation, sends its event, and returns failures as values', async () => {
    const { core } = await open();
    const rec = recordEvents(core);
    const saved = await core.call('organisations.save', { rows: [{ name: 'Relief NGO', shortName: 'RN', kind: 'ngo', sharing: 'GREEN' }] });
    expect(saved[0]).toMatchObject({ shortName: 'RN', version: 1 });
    expect(await rec.next((e) => e.type === 'changed')).toMatchObject({
      changes: expect.arrayContaining([expect.objectContaining({ type: 'organisations' })]),
    });

    const bad = await core.invoke('organisations.save', { rows: [{ name: '', shortName: 'X', kind: 'ngo' }] });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [expect.objectContaining({ path: ['rows', 0, 'name'] })] },
    });
    expect(await core.invoke('no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    // A value the thread boundary cannot carry is refused as a value too, never thrown.
    expect(await core.invoke('system.status', { f: () => 1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses a file that is not a Corridor database, as the in-process core does', async () => {
    const dir = tempDir();
    cleanup = dir.cleanup;
    const file = path.join(dir.dir, 'notes.sqlite');
    fs.writeFileSync(file, 'not a database at all, just text '.repeat(100));
    await expect(createWorkerCore({ databasePath: file, homeDir: path.join(dir.dir, 'home') })).rejects.toBeInstanceOf(DatabaseOpenError);
  });

  it('reports a crash of its thread, answers calls in flight with an error, restarts, and nothing half-written stays', async () => {
    const { core, dbPath } = await open();
    const rec = recordEvents(core);
    const before = countsOnDisk(dbPath);
    // A job that writes is in the middle of its transaction when the thread dies.
    const job = await core.call('jobs.start', { kind: 'demo' });
    await rec.progress(job.id, 1);
    const crash = core.invoke(TEST_CRASH_OPERATION, {});
    const inFlight = core.invoke('system.status', {});
    expect(await crash).toEqual({ ok: false, error: { code: 'internal', message: CORE_RESTARTED } });
    expect(await inFlight).toEqual({ ok: false, error: { code: 'internal', message: CORE_RESTARTED } });
    expect(await rec.next((e) => e.type === 'core')).toEqual({ type: 'core', state: 'restarted', message: CORE_RESTARTED });

    // The restarted core answers, the job is recorded as interrupted, and its writes are gone.
    expect((await core.call('system.status', {})).setupDone).toBe(true);
    expect(countsOnDisk(dbPath)).toEqual(before);
    // The restarted thread starts with the sessions signed in before: no PIN asked again.
    const [last] = await core.call('jobs.list', {});
    expect(last).toMatchObject({ id: job.id, state: 'interrupted', message: expect.stringContaining('nothing it was writing was kept') });
    // And writes work again.
    await core.call('organisations.save', { rows: [{ name: 'After Crash NGO', shortName: 'ACN', kind: 'ngo', sharing: 'GREEN' }] });
    expect(countsOnDisk(dbPath).counts.organisations).toBe(before.counts.organisations + 1);
  });

  it('without the test hook the crash operation is just an unknown operation', async () => {
    delete process.env.CORRIDOR_TEST_HOOKS;
    try {
      const { core } = await open();
      expect(await core.invoke(TEST_CRASH_OPERATION, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    } finally {
      process.env.CORRIDOR_TEST_HOOKS = '1';
    }
  });
});
