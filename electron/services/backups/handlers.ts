import type { AreaHandlers } from '../core/handlers';
import { ruleViolation } from '../core/errors';
import { say } from '../../api/i18n/current';
import { backupsFolder, listBackups } from './folders';
import { prepareRestore, restoreOutcome, type RestorePlan } from './restore';
import { backupSettings, saveBackupSettings } from './settings';

export interface RestoreDeps {
  migrationsFolder: string;
  runningJobs(): string[];
  /** Hands the checked plan to the core's owner, which swaps the file once this call has returned. */
  request(plan: RestorePlan): void;
}

export function backupHandlers(restore: RestoreDeps | null): AreaHandlers<'backups.list' | 'backups.settings.save' | 'backups.restore'> {
  return {
    'backups.list': (ctx) => ({
      ...backupSettings(ctx.db),
      folder: backupsFolder(ctx.databasePath),
      backups: listBackups(ctx.databasePath),
    }),
    'backups.settings.save': (ctx, input) => saveBackupSettings(ctx, input),
    'backups.restore': async (ctx, input) => {
      // A core without an owner that can reopen it (a job's thread, an in-process test core).
      if (!restore) throw ruleViolation(say('backupCore.cannotReopen'));
      const plan = await prepareRestore(ctx, input, restore);
      restore.request(plan);
      return restoreOutcome(plan);
    },
  };
}
