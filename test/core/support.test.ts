import JSZip from 'jszip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileOf } from '../../electron/services/exchange/files';
import type { SupportBundleOutcome } from '../../electron/api/system';
import { openTestCore, type TestCore } from '../helpers/core';
import { recordEvents } from '../helpers/jobs';

/** Issue 15 points 4 and 5: the support bundle (a real zip, read back) and the About figures. */
let t: TestCore;
afterEach(async () => {
  await t?.core.jobs.idle();
  t?.cleanup();
});

async function bundle(includeDatabase: boolean): Promise<{ outcome: SupportBundleOutcome; zip: JSZip; jobId: string }> {
  const rec = recordEvents(t.core);
  const started = await t.core.call('jobs.start', { kind: 'support-bundle', includeDatabase });
  const job = await rec.ended(started.id);
  rec.unsubscribe();
  expect(job.state, job.message ?? '').toBe('done');
  const file = exportFileOf(path.join(t.dir, 'home'), started.id)!;
  expect(file.name).toMatch(/^corridor-support-\d{8}-\d{6}\.zip$/);
  return { outcome: job.result as SupportBundleOutcome, zip: await JSZip.loadAsync(fs.readFileSync(file.path)), jobId: started.id };
}

describe('support bundle and About', () => {
  it('holds versions, the log, the last integrity report and the job history; the database only when ticked', async () => {
    t = await openTestCore();
    const logs = path.join(t.dir, 'home', 'logs');
    fs.mkdirSync(logs, { recursive: true });
    fs.writeFileSync(path.join(logs, 'main.log'), '2026-11-30T10:00:00.000Z renderer gone (crashed), reloading\n');
    const rec = recordEvents(t.core);
    const check = await t.core.call('jobs.start', { kind: 'integrity', depth: 'quick' });
    await rec.ended(check.id);

    const without = await bundle(false);
    expect(without.outcome.contents.sort()).toEqual(['about.json', 'integrity-report.json', 'jobs.json', 'logs/main.log']);
    const about = JSON.parse(await without.zip.file('about.json')!.async('string')) as Record<string, unknown>;
    expect(about).toMatchObject({ appVersion: '0.1.0', schemaVersion: expect.any(Number), databasePath: path.resolve(t.dbPath) });
    expect(JSON.parse(await without.zip.file('integrity-report.json')!.async('string'))).toMatchObject({ ok: true, depth: 'quick' });
    const jobs = JSON.parse(await without.zip.file('jobs.json')!.async('string')) as { kind: string; operator: string }[];
    expect(jobs.map((j) => j.kind)).toContain('integrity');
    expect(jobs[0]).not.toHaveProperty('result');
    expect(await without.zip.file('logs/main.log')!.async('string')).toContain('renderer gone');
    expect(without.outcome.contents).not.toContain('database/corridor.sqlite');

    const withDb = await bundle(true);
    const db = await withDb.zip.file('database/corridor.sqlite')!.async('nodebuffer');
    expect(db.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const copy = path.join(t.dir, 'from-bundle.sqlite');
    fs.writeFileSync(copy, db);
    const { checkBackupFile } = await import('../../db/backup-file');
    const { MIGRATIONS } = await import('../helpers/core');
    expect(
      checkBackupFile(copy, { name: 'the bundled database', knownSchema: 999, migrationsFolder: MIGRATIONS }).counts.organisations,
    ).toBe(1);
  });

  it('About says where the database, backups and logs live, the versions, the installation and the disk space left', async () => {
    t = await openTestCore();
    const about = await t.core.call('system.about', {});
    const status = await t.core.call('system.status', {});
    expect(about).toMatchObject({
      appVersion: status.appVersion,
      schemaVersion: status.schemaVersion,
      installationId: status.installationId,
      databasePath: path.resolve(t.dbPath),
      backupsFolder: path.join(t.dir, 'backups'),
      logsFolder: path.join(t.dir, 'home', 'logs'),
    });
    expect(about.sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
    expect(about.databaseBytes).toBeGreaterThan(0);
    const fsStats = fs.statfsSync(os.tmpdir());
    expect(about.freeBytes).toBeGreaterThan(0);
    expect(about.freeBytes).toBeLessThanOrEqual(fsStats.blocks * fsStats.bsize);
  });
});
