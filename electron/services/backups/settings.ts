import { BACKUP_KEEP_DEFAULT, BACKUP_KEEP_MAX, type BackupSettings } from '../../api/backups';
import type { Db } from '../../../db/open';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion } from '../core/errors';
import { say } from '../../api/i18n/current';
import { inTransaction } from '../core/transaction';
import { getSetting, setSetting } from '../system/settings';

/** How many automatic backups to keep (settings rows), with the version that locks the setting. */
export function backupSettings(db: Db): BackupSettings {
  const keep = Number(getSetting(db, 'backup_keep') ?? BACKUP_KEEP_DEFAULT);
  return {
    keep: Number.isInteger(keep) && keep >= 0 && keep <= BACKUP_KEEP_MAX ? keep : BACKUP_KEEP_DEFAULT,
    version: Number(getSetting(db, 'backup_settings_version') ?? 1),
  };
}

/** Changes the number kept; audited, refused on a stale version. The next automatic backup prunes. */
export function saveBackupSettings(ctx: ServiceContext, input: BackupSettings): BackupSettings {
  ctx.changes.mark('settings');
  return inTransaction(ctx, () => {
    const before = backupSettings(ctx.db);
    checkVersion(say('backupCore.settingsNoun'), before.version, input.version);
    if (before.keep === input.keep) return before;
    setSetting(ctx.db, 'backup_keep', String(input.keep));
    setSetting(ctx.db, 'backup_settings_version', String(before.version + 1));
    const after = backupSettings(ctx.db);
    recordAudit(ctx, [{ entity: 'setting', entityId: 'backups', before, after }]);
    return after;
  });
}
