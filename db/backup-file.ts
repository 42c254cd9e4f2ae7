import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { classifyFile } from './file-mark';
import { say } from '../electron/api/i18n/current';

/**
 * Backup files: written with SQLite's online backup (better-sqlite3's `backup()`, a consistent
 * copy while the app goes on writing), made self-contained (rollback journal, no -wal beside it),
 * then checked like any file offered for restore: Corridor's mark, SQLite's integrity_check, and
 * a schema this app can open. A file that fails is never listed nor restored.
 */

/** What a checked backup holds, shown before and after a restore. */
export interface BackupSummary {
  /** The newest change the file records (audit trail), or null for a file with none. */
  lastChangeAt: string | null;
  installationId: string | null;
  /** The organisation the file's installation belongs to ("NSLB · Northern Sector Logistics Battalion"), when set up. */
  organisation: string | null;
  /** Migrations applied in the file (this app's schema version when equal). */
  schemaVersion: number;
  counts: { organisations: number; sites: number; items: number; documents: number; ledgerEntries: number };
}

export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const countOf = (sqlite: Database.Database, table: string): number => {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
};

/**
 * Checks a file as a Corridor backup and returns what it holds, or throws BackupRefused saying
 * why not (in words a user can act on). `name` is how the message refers to the file. The file
 * is opened read-write only when `ours` (a copy the app made): a file offered for restore is read
 * in place, never changed.
 */
export function checkBackupFile(file: string, opts: { name: string; knownSchema: number; migrationsFolder: string }): BackupSummary {
  const { name } = opts;
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    throw new BackupRefused(say('backupCore.unreadable', { file: name, detail: (e as Error).message }));
  }
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (size < 512 || !head.equals(SQLITE_HEADER)) {
    throw new BackupRefused(say('backupCore.notDatabase', { file: name }));
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const kind = classifyFile(sqlite, opts.migrationsFolder);
    if (kind.kind === 'foreign') throw new BackupRefused(say('backupCore.foreign', { file: name, detail: kind.reason }));
    if (kind.kind === 'blank') throw new BackupRefused(say('backupCore.blank', { file: name }));
    const problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      const detail = `SQLite integrity_check: ${problems.slice(0, 2).join('; ')}${problems.length > 2 ? '; …' : ''}`;
      throw new BackupRefused(say('backupCore.damaged', { file: name, detail }));
    }
    const schemaVersion = countOf(sqlite, '__drizzle_migrations');
    if (schemaVersion > opts.knownSchema) {
      throw new BackupRefused(say('backupCore.newer', { file: name, schema: schemaVersion, known: opts.knownSchema }));
    }
    const setting = (key: string) =>
      (sqlite!.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
    const last = sqlite.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string | null };
    return {
      lastChangeAt: last.at,
      installationId: setting('installation_id'),
      organisation:
        (
          sqlite.prepare("SELECT short_name || ' · ' || name AS o FROM organisations WHERE id = ?").get(setting('home_organisation_id')) as
            { o: string } | undefined
        )?.o ?? null,
      schemaVersion,
      counts: {
        organisations: countOf(sqlite, 'organisations'),
        sites: countOf(sqlite, 'sites'),
        items: countOf(sqlite, 'items'),
        documents: countOf(sqlite, 'stock_documents'),
        ledgerEntries: countOf(sqlite, 'stock_ledger'),
      },
    };
  } catch (e) {
    if (e instanceof BackupRefused) throw e;
    const code = String((e as { code?: string }).code ?? '');
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new BackupRefused(say('backupCore.damaged', { file: name, detail: (e as Error).message }));
    }
    throw new BackupRefused(say('backupCore.notBackup', { file: name, detail: (e as Error).message }));
  } finally {
    sqlite?.close();
  }
}

/** Pages copied per step: small enough for frequent progress, large enough to finish fast. */
const PAGES_PER_STEP = 4096;

/**
 * Writes a consistent copy of `source` (an open connection) to `dest`, through a temporary file
 * beside it that is renamed once the copy is complete and checked, so `dest` is either absent or
 * a whole, checked backup. If writes by other connections keep restarting the copy, its last
 * attempt copies every remaining page in one step (a read transaction: writers are not held up
 * under WAL).
 */
export async function writeBackup(
  source: Database.Database,
  dest: string,
  opts: {
    knownSchema: number;
    migrationsFolder: string;
    progress?: (done: number, total: number) => void;
    checkCancelled?: () => void;
  },
): Promise<{ summary: BackupSummary; bytes: number }> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const partial = `${dest}.partial`;
  fs.rmSync(partial, { force: true });
  let lastRemaining = Infinity;
  let restarts = 0;
  try {
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        opts.checkCancelled?.();
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        opts.progress?.(totalPages - remainingPages, totalPages);
        return restarts >= 3 ? totalPages : PAGES_PER_STEP;
      },
    });
    // A backup copies the WAL flag of its source's header: switch the copy to a rollback journal,
    // so the file is whole on its own (a USB stick, an e-mail) and opens read-only anywhere.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const summary = checkBackupFile(partial, { name: 'The backup just written', ...opts });
    fs.renameSync(partial, dest);
    return { summary, bytes: fs.statSync(dest).size };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw e;
  }
}
