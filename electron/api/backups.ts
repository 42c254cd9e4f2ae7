import { z } from 'zod';
import { command, query } from './define';
import { recordVersion } from './records';
import { fieldName, say, sayLater } from './i18n';

/**
 * Backups and restore. Automatic backups (a job at start when the newest is older than a day,
 * then at most daily) go to the `backups` folder beside the database and the oldest beyond the
 * chosen number are deleted; "Back up now" is a job whose file the window saves (a download in
 * the browser, a save dialog under Electron). Every backup is checked after writing. A restore
 * names a listed backup or an uploaded file by name, never a path.
 */

export interface BackupSummary {
  /** The newest change the file records (its audit trail), or null for a file with none. */
  lastChangeAt: string | null;
  installationId: string | null;
  /** The organisation the file's installation belongs to ("NSLB · Northern Sector Logistics Battalion"), when set up. */
  organisation: string | null;
  schemaVersion: number;
  counts: { organisations: number; sites: number; items: number; documents: number; ledgerEntries: number };
}

export interface BackupListing {
  name: string;
  bytes: number;
  /** When the file was written (its modification time). */
  writtenAt: string;
  kind: 'automatic' | 'manual' | 'before-restore';
}

export interface BackupSettings {
  /** Automatic backups kept; 0 turns them off. */
  keep: number;
  version: number;
}

export interface BackupsOverview extends BackupSettings {
  folder: string;
  backups: BackupListing[];
}

/** What a backup job produced (its result). */
export interface BackupOutcome {
  fileName: string;
  bytes: number;
  summary: BackupSummary;
  /** Automatic backups deleted to keep the chosen number. */
  removed: string[];
}

export interface RestoreOutcome {
  /** The file's name (a listed backup's, or the name an uploaded file was kept under): for the audit trail, not for people. */
  restoredFrom: string;
  /** What was restored, as people know it: a listed backup's kind and when it was written, or a file they chose. */
  source: { kind: BackupListing['kind'] | 'file'; writtenAt: string | null };
  summary: BackupSummary;
  /** The restored file was written by this installation (else by another, named in summary.organisation). */
  sameInstallation: boolean;
  /** The copy of the database as it was just before the restore (in the backups folder, kind before-restore). */
  safetyBackup: string;
  safetyWrittenAt: string;
}

export const BACKUP_KEEP_DEFAULT = 7;
export const BACKUP_KEEP_MAX = 100;

/** A file name inside the backups or uploads folder: no folders, no dots in front. */
const fileName = (label: string) =>
  z
    .string({ error: `${label} must be a file name` })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, `${label} must be a plain file name (letters, digits, dots, dashes)`);

export const backupSettingsInput = z.object({
  keep: z
    .number({ error: () => say('format.number', { field: fieldName('Backups kept') }) })
    .int({ error: () => say('format.wholeNumber', { field: fieldName('Backups kept') }) })
    .min(0, { error: () => say('format.between', { field: fieldName('Backups kept'), min: 0, max: BACKUP_KEEP_MAX }) })
    .max(BACKUP_KEEP_MAX, { error: () => say('format.between', { field: fieldName('Backups kept'), min: 0, max: BACKUP_KEEP_MAX }) }),
  version: recordVersion,
});

export const restoreInput = z.union(
  [z.object({ backup: fileName('Backup') }).strict(), z.object({ upload: fileName('Uploaded file') }).strict()],
  sayLater('schema.backupOrUpload'),
);

export const backupOps = {
  'backups.list': query<BackupsOverview>('read')(z.object({}).optional()),
  'backups.settings.save': command<BackupSettings>('settings')(backupSettingsInput),
  'backups.restore': command<RestoreOutcome>('restore')(restoreInput),
};
