import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../../../db/backup-file';
import { defaultMigrationsFolder } from '../../../db/open';
import type { BackupOutcome } from '../../api/backups';
import type { LocalCore } from '../core/create';
import { exportJobFolder } from '../exchange/files';
import { backupFileName, backupsFolder, freeName, pruneAutomatic } from './folders';
import { backupSettings } from './settings';
import { say } from '../../api/i18n/current';

/**
 * A backup job, in its own thread over its own connection: SQLite's online backup copies the
 * pages while the core goes on answering and writing (WAL), the copy is checked, then listed.
 * "Back up now" (`manual`) is also handed to the window to save where the user chooses: the file
 * is linked (or copied) into the job's export folder, which the shells serve by job id.
 */
export async function runBackup(
  core: LocalCore,
  kind: 'manual' | 'auto',
  job: { jobId: string; homeDir: string; migrationsFolder?: string },
  run: { progress(done: number, total: number, step: string): void; checkCancelled(): void },
): Promise<BackupOutcome> {
  const ctx = core.context('jobs.start');
  const folder = backupsFolder(core.databasePath);
  fs.mkdirSync(folder, { recursive: true });
  const fileName = freeName(folder, backupFileName(core.databasePath, kind, ctx.now()));
  const dest = path.join(folder, fileName);
  run.progress(0, 1, say('jobs.step.copyingDatabase'));
  const { summary, bytes } = await writeBackup(core.sqlite, dest, {
    knownSchema: ctx.schemaVersion,
    migrationsFolder: job.migrationsFolder ?? defaultMigrationsFolder(),
    progress: (done, total) => run.progress(done, total, say('jobs.step.copyingDatabase')),
    checkCancelled: run.checkCancelled,
  });
  run.checkCancelled();
  const removed = kind === 'auto' ? pruneAutomatic(core.databasePath, backupSettings(ctx.db).keep) : [];
  if (kind === 'manual') {
    const jobFolder = exportJobFolder(job.homeDir, job.jobId);
    fs.mkdirSync(jobFolder, { recursive: true });
    try {
      fs.linkSync(dest, path.join(jobFolder, fileName));
    } catch {
      fs.copyFileSync(dest, path.join(jobFolder, fileName)); // another volume, or links not allowed
    }
  }
  return { fileName, bytes, summary, removed };
}
