import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError } from './database-open-error';
import { loadSqliteEngine } from './engine';
import { acquireLock, DatabaseLockedError } from './file-lock';
import { classifyFile, stampFile } from './file-mark';
import { preMigrationProblems } from './migration-checks';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenedDb {
  sqlite: Database.Database;
  db: Db;
  /** Where the pre-migration copy went, when one was made. */
  backupPath: string | null;
  /** Migrations this app knows and the file now has applied. */
  schemaVersion: number;
  /** Closes the connection and lets another process open the file. */
  close(): void;
}

/**
 * How long a write waits for another program's write lock before answering `conflict`. Short:
 * the core answers calls one at a time, so a long wait would freeze every read behind it.
 */
export const BUSY_TIMEOUT_MS = 250;
/**
 * The same wait on a job's own connection (`secondary`): a job is background work in a thread of
 * its own, so it can wait out another job's write (a 100,000-row import commit holds the lock for
 * its whole run) instead of failing with "database is locked" at its last step (an export's audit
 * entry, its file then deleted). Nothing else waits behind it.
 */
export const JOB_BUSY_TIMEOUT_MS = 60_000;

export { DatabaseOpenError } from './database-open-error';
export { SqliteEngineError } from './engine';

/**
 * Finds the committed drizzle-kit migrations: shipped as extraResources when packaged, next to
 * this file in the source tree, or beside the bundle (out/main → ../../db/migrations).
 */
export function defaultMigrationsFolder(): string {
  const candidates = [
    process.env.CORRIDOR_MIGRATIONS,
    (process as { resourcesPath?: string }).resourcesPath
      ? path.join((process as { resourcesPath?: string }).resourcesPath!, 'migrations')
      : undefined,
    path.join(__dirname, 'migrations'),
    path.join(__dirname, '..', '..', 'db', 'migrations'),
    path.join(process.cwd(), 'db', 'migrations'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(path.join(p, 'meta', '_journal.json')));
  if (!found) throw new DatabaseOpenError(`Database migrations not found (looked in: ${candidates.join(', ')})`);
  return found;
}

function knownMigrationCount(folder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'").get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Opens (creating if needed) a Corridor database file: checks it can be written, refuses a file
 * written by a newer app version, copies the file aside before any migration, migrates with
 * foreign keys handled safely, and sets WAL + foreign keys.
 */
export function openDatabase(
  file: string,
  opts: {
    migrationsFolder?: string;
    /**
     * Another connection of this process to a file its core already opened (a job's thread): the
     * core holds the file lock. Each thread has its own copy of the lock's bookkeeping, so a
     * second thread taking and releasing it would delete the lock file under the core.
     */
    secondary?: boolean;
    /** A .node file to load SQLite from instead of better-sqlite3's own (tests of a broken binary). */
    nativeBinding?: string;
  } = {},
): OpenedDb {
  // First, on its own: a broken SQLite module must not be reported as a bad database file.
  loadSqliteEngine(opts.nativeBinding);
  const migrationsFolder = opts.migrationsFolder ?? defaultMigrationsFolder();
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (e) {
    throw new DatabaseOpenError(`Cannot write the database file ${file}: ${(e as Error).message}. Choose a folder you can write to.`);
  }

  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file);
    sqlite.pragma(`busy_timeout = ${opts.secondary ? JOB_BUSY_TIMEOUT_MS : BUSY_TIMEOUT_MS}`);
    // A read that fails on anything but an SQLite file, before anything could be written to it.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    sqlite?.close();
    if ((e as { code?: string }).code === 'SQLITE_CORRUPT') throw damagedFile(file, e as Error);
    throw new DatabaseOpenError(
      `${file} is not a Corridor database (${(e as Error).message}). Choose a Corridor .sqlite file or a new file name.`,
    );
  }

  let release: (() => void) | undefined;
  try {
    // Refusals come first, so a refused file is left exactly as it was (not even switched to WAL).
    const known = knownMigrationCount(migrationsFolder);
    const found = classifyFile(sqlite, migrationsFolder);
    if (found.kind === 'foreign') {
      throw new DatabaseOpenError(
        `${file} is an SQLite database of another program, not a Corridor database (${found.reason}); it has not been changed. ` +
          'Choose a Corridor .sqlite file or a new file name.',
      );
    }
    const applied = appliedMigrationCount(sqlite);
    if (applied > known) {
      throw new DatabaseOpenError(
        `${file} was written by a newer version of Corridor (schema ${applied}, this app knows ${known}). ` +
          'Update Corridor to open it; it has not been changed.',
      );
    }
    const blocking = applied < known ? preMigrationProblems(sqlite, migrationsFolder, applied) : [];
    if (blocking.length > 0) {
      throw new DatabaseOpenError(
        `${file} cannot be upgraded to this version of Corridor until these are corrected: ${blocking.join('; ')}. ` +
          'Open it with the version of Corridor that wrote it and correct them there (rename one of each pair of codes). ' +
          'The file has not been changed.',
      );
    }
    release = opts.secondary ? () => {} : acquireLock(file);
    const hasTables = found.kind !== 'blank';
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // A 64 MB page cache and memory-mapped reads keep stock views fast at a million ledger
    // entries (the default 2 MB cache re-reads the balance pages on every query).
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('mmap_size = 268435456');
    sqlite.pragma('foreign_keys = ON');
    let backupPath: string | null = null;
    if (applied < known && hasTables) {
      backupPath = `${file}.bak-schema${applied}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      // VACUUM INTO writes a consistent copy even with a WAL in use.
      sqlite.prepare('VACUUM INTO ?').run(backupPath);
    }
    const db = drizzle(sqlite, { schema });
    if (applied < known) {
      // drizzle-kit may emit PRAGMA foreign_keys=OFF inside the migrator's transaction, where
      // SQLite ignores it; a table rebuild could then cascade-delete children. Switch it off here.
      sqlite.pragma('foreign_keys = OFF');
      migrate(db, { migrationsFolder });
      sqlite.pragma('foreign_keys = ON');
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new DatabaseOpenError(
          `Migration left ${violations.length} broken reference(s) in ${file}; the copy made before migrating is ${backupPath}.`,
        );
      }
    }
    if (found.kind !== 'corridor') stampFile(sqlite);
    const conn = sqlite;
    const unlock = release;
    return {
      sqlite,
      db,
      backupPath,
      schemaVersion: known,
      close() {
        if (conn.open) conn.close();
        unlock();
      },
    };
  } catch (e) {
    sqlite.close();
    release?.();
    if (e instanceof DatabaseOpenError) throw e;
    if (e instanceof DatabaseLockedError) throw new DatabaseOpenError(e.message);
    if ((e as { code?: string }).code === 'SQLITE_CORRUPT') throw damagedFile(file, e as Error);
    throw new DatabaseOpenError(`Could not open ${file}: ${(e as Error).message}`);
  }
}

/** The message for a file SQLite reads as damaged: what the user can do about it. */
export function damagedFile(file: string, e: Error): DatabaseOpenError {
  return new DatabaseOpenError(
    `${file} is damaged (${e.message}). Restore your latest backup copy of it, or keep a copy of this file for support; ` +
      'Corridor will not write to it.',
  );
}
