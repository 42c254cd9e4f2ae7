import fs from 'node:fs';
import path from 'node:path';
import type { BackupListing } from '../../api/backups';

/*
 * Where backups live: a `backups` folder beside the database file, each file named after the
 * database, its kind and when it was written (`corridor-auto-20261130-185400.sqlite`). Files
 * appear under these names only once written and checked (db/backup-file.ts writes them under
 * `.partial` first), so everything listed here passed its check. Uploaded files waiting to be
 * restored (browser mode, or the file Electron's open dialog picked) wait in <home>/uploads.
 */

export const backupsFolder = (databasePath: string) => path.join(path.dirname(path.resolve(databasePath)), 'backups');
export const uploadsFolder = (homeDir: string) => path.join(homeDir, 'uploads');

const KINDS: Record<string, BackupListing['kind']> = { auto: 'automatic', manual: 'manual', 'before-restore': 'before-restore' };

const stem = (databasePath: string) => path.basename(databasePath).replace(/\.[^.]*$/, '') || 'corridor';

/** 20261130-185400 from an ISO time (UTC), for file names that sort by time. */
const stamp = (iso: string) => iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export function backupFileName(databasePath: string, kind: 'auto' | 'manual' | 'before-restore', nowIso: string): string {
  return `${stem(databasePath)}-${kind}-${stamp(nowIso)}.sqlite`;
}

const pattern = (databasePath: string) =>
  new RegExp(
    `^${stem(databasePath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(auto|manual|before-restore)-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$`,
  );

/** The backups of this database, newest first. */
export function listBackups(databasePath: string): BackupListing[] {
  const folder = backupsFolder(databasePath);
  if (!fs.existsSync(folder)) return [];
  const re = pattern(databasePath);
  const rows: (BackupListing & { order: string })[] = [];
  for (const name of fs.readdirSync(folder)) {
    const m = re.exec(name);
    if (!m) continue;
    try {
      const st = fs.statSync(path.join(folder, name));
      // Newest first: by the time in the name, then by the -2, -3 … of a second backup in the same second.
      const order = `${m[2]}-${String(Number(m[3]?.slice(1) ?? 1)).padStart(6, '0')}`;
      rows.push({ name, bytes: st.size, writtenAt: st.mtime.toISOString(), kind: KINDS[m[1]], order });
    } catch {
      // removed between listing and reading (pruned meanwhile)
    }
  }
  return rows.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0)).map(({ order: _order, ...row }) => row);
}

/** A name not taken yet in the folder (two backups in one second get -2, -3 …). */
export function freeName(folder: string, name: string): string {
  if (!fs.existsSync(path.join(folder, name))) return name;
  for (let i = 2; ; i++) {
    const candidate = name.replace(/\.sqlite$/, `-${i}.sqlite`);
    if (!fs.existsSync(path.join(folder, candidate))) return candidate;
  }
}

/** Deletes the oldest automatic backups beyond `keep`; returns the names removed. */
export function pruneAutomatic(databasePath: string, keep: number): string[] {
  const automatic = listBackups(databasePath).filter((b) => b.kind === 'automatic');
  const removed: string[] = [];
  for (const b of automatic.slice(Math.max(keep, 1))) {
    fs.rmSync(path.join(backupsFolder(databasePath), b.name), { force: true });
    removed.push(b.name);
  }
  return removed;
}

/** The path of a listed backup, or null when the name is not one (no path ever comes from a caller). */
export function backupPathOf(databasePath: string, name: string): string | null {
  return listBackups(databasePath).some((b) => b.name === name) ? path.join(backupsFolder(databasePath), name) : null;
}
