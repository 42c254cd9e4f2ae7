import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupOutcome, RestoreOutcome } from '../../electron/api/backups';
import type { CoreEvent } from '../../electron/api/events';
import type { JobSummary } from '../../electron/api/jobs';
import type { Item } from '../../electron/api/record-types';
import { backupsFolder, uploadsFolder } from '../../electron/services/backups/folders';
import { createSwappableCore, type SwappableCore } from '../../electron/services/core/swappable';
import { tempDir } from '../helpers/core';
import { recordEvents } from '../helpers/jobs';

/**
 * Backups and restore on real SQLite files, with the core as its thread holds it (swappable.ts:
 * the same code createWorkerCore runs), backup jobs in their own threads.
 */
let t: { core: SwappableCore; dir: string; dbPath: string; home: string; cleanup: () => void } | null = null;
afterEach(async () => {
  await t?.core.current.jobs.idle();
  t?.cleanup();
  t = null;
});

async function open() {
  const { dir, cleanup } = tempDir('corridor-backups-');
  const dbPath = path.join(dir, 'corridor.sqlite');
  const home = path.join(dir, 'home');
  const core = createSwappableCore({ databasePath: dbPath, homeDir: home });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await core.invoke(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };
  await call('system.setup', {
    operator: 'Capt. Test',
    pin: '1234',
    organisation: { name: 'Test Logistics Battalion', shortName: 'TLB', kind: 'military', country: 'XX' },
  });
  t = { core, dir, dbPath, home, cleanup: () => (core.close(), cleanup()) };
  return { ...t, call };
}

async function runJob(core: SwappableCore, input: unknown): Promise<BackupOutcome> {
  const rec = recordEvents({ subscribe: (l: (e: CoreEvent) => void) => core.subscribe(l) } as never);
  const r = await core.invoke('jobs.start', input);
  if (!r.ok) throw new Error(r.error.message);
  const job = await rec.ended((r.value as { id: string }).id);
  rec.unsubscribe();
  expect(job.state, job.message ?? '').toBe('done');
  return job.result as BackupOutcome;
}

/** The live database as bytes on disk: the file and its WAL. */
function liveHash(dbPath: string): string {
  const h = crypto.createHash('sha256');
  for (const f of [dbPath, `${dbPath}-wal`]) if (fs.existsSync(f)) h.update(fs.readFileSync(f));
  return h.digest('hex');
}

const newItem = (i: number) => ({ code: `BK-${i}`, name: `Backup test item ${i}`, category: 'nfi', baseUnit: 'each' });

describe('backups', () => {
  it('a backup taken while writes happen is a consistent, checked copy', async () => {
    const { core, call, dbPath } = await open();
    await call('items.save', { rows: Array.from({ length: 2000 }, (_, i) => newItem(i)) });
    const rec = recordEvents({ subscribe: (l: (e: CoreEvent) => void) => core.subscribe(l) } as never);
    const started = await call<{ id: string }>('jobs.start', { kind: 'backup' });
    // Write one item after another, each its own transaction with its audit entry, until the job ends.
    let ended = false;
    const end = rec.ended(started.id).then((j) => ((ended = true), j));
    let written = 0;
    while (!ended) {
      await call('items.save', { rows: [newItem(10_000 + written)] });
      written++;
      // The core's answers are promises only: let the job thread's messages in between writes.
      await new Promise((r) => setImmediate(r));
    }
    const job = await end;
    expect(job.state, job.message ?? '').toBe('done');
    expect(written).toBeGreaterThan(0);
    const outcome = job.result as BackupOutcome;
    const file = path.join(backupsFolder(dbPath), outcome.fileName);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const items = (copy.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
      const audited = (copy.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'item'").get() as { n: number }).n;
      // Every item came with its audit entry in one transaction: a consistent copy has as many of each.
      expect(items).toBe(audited);
      expect(items).toBeGreaterThanOrEqual(2000);
      expect(outcome.summary.counts.items).toBe(items);
    } finally {
      copy.close();
    }
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const listed = await call<{ backups: { name: string; bytes: number; kind: string }[] }>('backups.list', {});
    expect(listed.backups).toEqual([expect.objectContaining({ name: outcome.fileName, bytes: fs.statSync(file).size, kind: 'manual' })]);
  });

  it('keeps the chosen number of automatic backups', async () => {
    const { core, call } = await open();
    const settings = await call<{ keep: number; version: number }>('backups.list', {});
    expect(settings.keep).toBe(7);
    await call('backups.settings.save', { keep: 2, version: settings.version });
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push((await runJob(core, { kind: 'auto-backup' })).fileName);
    const listed = await call<{ keep: number; backups: { name: string; kind: string }[] }>('backups.list', {});
    expect(listed.keep).toBe(2);
    expect(listed.backups.map((b) => b.name)).toEqual([names[2], names[1]]);
    const refused = await core.invoke('backups.settings.save', { keep: -1, version: 2 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('restores a backup: the change made since is gone, the core reopens on it, and the restore is audited', async () => {
    const { core, call, dbPath } = await open();
    const [item] = await call<Item[]>('items.save', { rows: [newItem(1)] });
    const backup = await runJob(core, { kind: 'backup' });
    await call('items.save', { rows: [{ ...item, packSizes: '', name: 'Renamed after the backup' }] });
    await call('items.save', { rows: [newItem(2)] });
    const events: CoreEvent[] = [];
    core.subscribe((e) => events.push(e));

    const restored = await call<RestoreOutcome>('backups.restore', { backup: backup.fileName });
    expect(restored.restoredFrom).toBe(backup.fileName);
    expect(restored.summary.counts.items).toBe(1);
    const items = await call<Item[]>('items.list', {});
    expect(items.map((i) => i.name)).toEqual(['Backup test item 1']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'core', state: 'restored' }));

    const audit = await call<{ entity: string; entityId: string; operator: string; after: string }[]>('audit.list', { entity: 'database' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: 'restore', operator: 'Capt. Test' });
    expect(JSON.parse(audit[0].after)).toMatchObject({ file: backup.fileName, counts: { items: 1 } });
    // The database as it was before the restore is kept, and can itself be restored.
    const listed = await call<{ backups: { name: string; kind: string }[] }>('backups.list', {});
    expect(listed.backups.find((b) => b.kind === 'before-restore')?.name).toBe(restored.safetyBackup);
    await call('backups.restore', { backup: restored.safetyBackup });
    expect((await call<Item[]>('items.list', {})).map((i) => i.name).sort()).toEqual(['Backup test item 2', 'Renamed after the backup']);
    expect(fs.existsSync(`${dbPath}.lock`)).toBe(true);
  });

  it('waits for an export preview counting rows on a job thread as for a job (its thread holds a connection to the file)', async () => {
    const { core, call } = await open();
    await call('items.save', { rows: [newItem(1)] });
    const backup = await runJob(core, { kind: 'backup' });
    const preview = core.invoke('exports.preview', { source: 'items', format: 'csv' });
    const refused = await core.invoke('backups.restore', { backup: backup.fileName });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: expect.stringContaining('A job is running (Export to a spreadsheet)') },
    });
    expect(await preview).toMatchObject({ ok: true, value: { rows: 1 } });
    expect((await core.invoke('backups.restore', { backup: backup.fileName })).ok).toBe(true);
  });

  it('after a restore, the job list goes on (the backup job is done, not interrupted) and the notice says what was restored in words', async () => {
    const { core, call } = await open();
    await call('items.save', { rows: [newItem(1)] });
    const backup = await runJob(core, { kind: 'backup' });
    const jobsBefore = await call<JobSummary[]>('jobs.list', { limit: 20 });
    expect(jobsBefore.map((j) => [j.kind, j.state])).toEqual([['backup', 'done']]);
    await call('items.save', { rows: [newItem(2)] });
    const events: CoreEvent[] = [];
    core.subscribe((e) => events.push(e));

    const restored = await call<RestoreOutcome>('backups.restore', { backup: backup.fileName });
    // The restored file was copied while its backup job ran; the live history is what the list shows.
    const jobsAfter = await call<JobSummary[]>('jobs.list', { limit: 20 });
    expect(jobsAfter.map((j) => [j.id, j.kind, j.state])).toEqual(jobsBefore.map((j) => [j.id, j.kind, j.state]));

    expect(restored).toMatchObject({
      source: { kind: 'manual' },
      sameInstallation: true,
      summary: { organisation: 'TLB · Test Logistics Battalion', counts: { items: 1 } },
    });
    expect(Date.parse(restored.source.writtenAt!)).not.toBeNaN();
    expect(Date.parse(restored.safetyWrittenAt)).not.toBeNaN();
    const notice = events.find((e) => e.type === 'core' && e.state === 'restored');
    expect(notice).toMatchObject({ restore: restored });
    // In words a user reads: no internal file name.
    const message = (notice as { message: string }).message;
    expect(message).not.toContain(backup.fileName);
    expect(message).not.toContain(restored.safetyBackup);
    expect(message).toContain('manual backup of');
    expect(message).toContain('this installation');
  });

  it('refuses truncated, random, foreign and newer files with the live database untouched', async () => {
    const { core, call, dbPath, home } = await open();
    await call('items.save', { rows: [newItem(1)] });
    const good = path.join(backupsFolder(dbPath), (await runJob(core, { kind: 'backup' })).fileName);
    const uploads = uploadsFolder(home);
    fs.mkdirSync(uploads, { recursive: true });
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(path.join(uploads, 'truncated.sqlite'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    fs.writeFileSync(path.join(uploads, 'random.sqlite'), crypto.randomBytes(64 * 1024));
    const foreign = new Database(path.join(uploads, 'foreign.sqlite'));
    foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)');
    foreign.close();
    fs.copyFileSync(good, path.join(uploads, 'newer.sqlite'));
    const newer = new Database(path.join(uploads, 'newer.sqlite'));
    newer.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), Date.now());
    newer.close();

    const expected: Record<string, RegExp> = {
      'truncated.sqlite': /damaged or incomplete/,
      'random.sqlite': /not a database file/,
      'foreign.sqlite': /another program's SQLite database/,
      'newer.sqlite': /newer version of Corridor/,
    };
    for (const [name, message] of Object.entries(expected)) {
      const before = liveHash(dbPath);
      const r = await core.invoke('backups.restore', { upload: name });
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, name).toBe('rule_violation');
      expect(r.error.message, name).toMatch(message);
      expect(r.error.message).toContain('the database in use has not been changed');
      expect(liveHash(dbPath), name).toBe(before);
    }
    // Nothing names a path: a name with a folder in it is refused before anything is looked up.
    expect(await core.invoke('backups.restore', { backup: '../corridor.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.invoke('backups.restore', { backup: 'missing.sqlite' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // In French (issue 9): which check refused the file, and that nothing changed.
    await call('system.setLanguage', { language: 'fr' });
    expect(await core.invoke('backups.restore', { upload: 'random.sqlite' })).toMatchObject({
      error: {
        message:
          '"random.sqlite" n’est pas un fichier de base de données (il ne commence pas comme un fichier SQLite). Choisissez une sauvegarde Corridor (.sqlite). Rien n’a été restauré ; la base de données en service n’a pas été modifiée.',
      },
    });
    expect(await core.invoke('backups.restore', { backup: 'missing.sqlite' })).toMatchObject({
      error: { message: expect.stringMatching(/^Sauvegarde .*missing\.sqlite/) },
    });
    expect((await call<Item[]>('items.list', {})).map((i) => i.code)).toEqual(['BK-1']);
  });
});
