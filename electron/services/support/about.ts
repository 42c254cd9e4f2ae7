import fs from 'node:fs';
import path from 'node:path';
import type { AboutInfo } from '../../api/system';
import type { ServiceContext } from '../core/context';
import { backupsFolder, listBackups } from '../backups/folders';
import { exportsFolder } from '../exchange/files';
import { APP_VERSION } from '../system/handlers';

/** The log the Electron shell writes (electron/main/log.ts), rotated at 1 MB into main.log.1. */
export const logsFolder = (homeDir: string) => path.join(homeDir, 'logs');

const freeBytes = (folder: string): number | null => {
  try {
    const s = fs.statfsSync(folder);
    return s.bavail * s.bsize;
  } catch {
    return null; // the folder does not exist yet, or the OS will not say
  }
};

const sizeOf = (file: string) => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};

/** Where everything lives, which versions, which installation, and the space left: for the About panel and support. */
export function aboutInfo(ctx: ServiceContext): AboutInfo {
  const dbFolder = path.dirname(path.resolve(ctx.databasePath));
  const backups = listBackups(ctx.databasePath);
  return {
    appVersion: APP_VERSION,
    schemaVersion: ctx.schemaVersion,
    sqliteVersion: (ctx.sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    runtime: `Node ${process.versions.node}${process.versions.electron ? `, Electron ${process.versions.electron}` : ''} on ${process.platform}-${process.arch}`,
    installationId: ctx.installationId,
    databasePath: path.resolve(ctx.databasePath),
    databaseBytes: sizeOf(ctx.databasePath) + sizeOf(`${ctx.databasePath}-wal`),
    backupsFolder: backupsFolder(ctx.databasePath),
    backupsBytes: backups.reduce((n, b) => n + b.bytes, 0),
    logsFolder: logsFolder(ctx.homeDir),
    exportsFolder: exportsFolder(ctx.homeDir),
    freeBytes: freeBytes(dbFolder),
  };
}
