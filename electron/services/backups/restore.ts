import fs from 'node:fs';
import path from 'node:path';
import { BackupRefused, checkBackupFile, writeBackup, type BackupSummary } from '../../../db/backup-file';
import type { RestoreOutcome } from '../../api/backups';
import type { OpParsed } from '../../api/contract';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { notFound, ruleViolation } from '../core/errors';
import { say } from '../../api/i18n/current';
import { inTransaction } from '../core/transaction';
import { backupFileName, backupPathOf, backupsFolder, freeName, listBackups, uploadsFolder } from './folders';

/**
 * Restoring, in two halves. `prepareRestore` runs as the `backups.restore` operation on the core
 * that is about to be replaced: it finds the file, refuses it unless it is a whole Corridor
 * database this app can open (the live file is not touched then), and backs up the live
 * database. The core's owner (core/swappable.ts) then closes the core, swaps the file in
 * (`replaceDatabaseFile`) and opens a new core on it, which records the restore in its audit trail.
 */
export interface RestorePlan {
  source: string;
  sourceName: string;
  /** The backup's kind and time as listed, or a file the user chose. */
  sourceKind: RestoreOutcome['source'];
  sameInstallation: boolean;
  summary: BackupSummary;
  safetyBackup: string;
  safetySummary: BackupSummary;
  safetyWrittenAt: string;
  operator: string;
}

export async function prepareRestore(
  ctx: ServiceContext,
  input: OpParsed<'backups.restore'>,
  deps: { migrationsFolder: string; runningJobs: () => string[] },
): Promise<RestorePlan> {
  const [sourceName, source] =
    'backup' in input
      ? [input.backup, backupPathOf(ctx.databasePath, input.backup)]
      : [input.upload, path.join(uploadsFolder(ctx.homeDir), input.upload)];
  if (!source || !fs.existsSync(source))
    throw notFound(say('backup' in input ? 'backupCore.backupNoun' : 'backupCore.uploadNoun'), sourceName);
  const running = deps.runningJobs();
  if (running.length > 0) {
    throw ruleViolation(say('backupCore.jobRunning', { jobs: running.join(', ') }));
  }
  let summary: BackupSummary;
  try {
    summary = checkBackupFile(source, { name: `"${sourceName}"`, knownSchema: ctx.schemaVersion, migrationsFolder: deps.migrationsFolder });
  } catch (e) {
    if (e instanceof BackupRefused) throw ruleViolation(say('backupCore.nothingRestored', { reason: e.message }));
    throw e;
  }
  const folder = backupsFolder(ctx.databasePath);
  fs.mkdirSync(folder, { recursive: true });
  const safetyBackup = path.join(folder, freeName(folder, backupFileName(ctx.databasePath, 'before-restore', ctx.now())));
  const safety = await writeBackup(ctx.sqlite, safetyBackup, { knownSchema: ctx.schemaVersion, migrationsFolder: deps.migrationsFolder });
  const listed = 'backup' in input ? listBackups(ctx.databasePath).find((b) => b.name === input.backup) : undefined;
  return {
    source,
    sourceName,
    sourceKind: listed ? { kind: listed.kind, writtenAt: listed.writtenAt } : { kind: 'file', writtenAt: null },
    sameInstallation: summary.installationId === ctx.installationId,
    summary,
    safetyBackup,
    safetySummary: safety.summary,
    safetyWrittenAt: ctx.now(),
    operator: ctx.operator()!,
  };
}

/**
 * Puts `source` in place of the (closed) database file: copied beside it first, flushed to disk,
 * then renamed over it in one step, so a power cut leaves either the old file or the new one.
 * The old file's -wal and -shm go with it (its content is in the safety backup).
 */
export function replaceDatabaseFile(live: string, source: string): void {
  const incoming = `${live}.restoring`;
  fs.copyFileSync(source, incoming);
  const fd = fs.openSync(incoming, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(`${live}${side}`, { force: true });
  fs.renameSync(incoming, live);
}

/** On the new core: who restored what, with the file's figures before and after, in the audit trail. */
export function recordRestore(base: ServiceContext, plan: RestorePlan): RestoreOutcome {
  // Recorded under the operator verified on the old core (the restored file may not have their account).
  const ctx: ServiceContext = { ...base, operator: () => plan.operator };
  inTransaction(ctx, () =>
    recordAudit(ctx, [
      {
        entity: 'database',
        entityId: 'restore',
        before: { file: path.basename(plan.safetyBackup), ...plan.safetySummary },
        after: { file: plan.sourceName, ...plan.summary },
      },
    ]),
  );
  ctx.changes.mark('settings');
  return restoreOutcome(plan);
}

/** What the window is told about a restore (the operation's answer and the core's `restored` event). */
export function restoreOutcome(plan: RestorePlan): RestoreOutcome {
  return {
    restoredFrom: plan.sourceName,
    source: plan.sourceKind,
    summary: plan.summary,
    sameInstallation: plan.sameInstallation,
    safetyBackup: path.basename(plan.safetyBackup),
    safetyWrittenAt: plan.safetyWrittenAt,
  };
}
