import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenedDb {
  sqlite: Database.Database;
  db: Db;
  /** Where the pre-migration copy went, when one was made. */
  backupPath: string | null;
  /** Migrations this app knows and the file now has applied. */
  schemaVersion: number;
}

/** Thrown for a database this app must not touch; the message is meant for the user. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

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
export function openDatabase(file: string, opts: { migrationsFolder?: string } = {}): OpenedDb {
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
    sqlite.pragma('busy_timeout = 5000');
    // A read that fails on anything but an SQLite file, before anything could be written to it.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    sqlite?.close();
    throw new DatabaseOpenError(
      `${file} is not a Corridor database (${(e as Error).message}). Choose a Corridor .sqlite file or a new file name.`,
    );
  }

  try {
    // Refusals come first, so a refused file is left exactly as it was (not even switched to WAL).
    const known = knownMigrationCount(migrationsFolder);
    const applied = appliedMigrationCount(sqlite);
    if (applied > known) {
      throw new DatabaseOpenError(
        `${file} was written by a newer version of Corridor (schema ${applied}, this app knows ${known}). ` +
          'Update Corridor to open it; it has not been changed.',
      );
    }
    const hasTables = (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as { n: number }).n > 0;
    if (applied === 0 && hasTables) {
      throw new DatabaseOpenError(
        `${file} is an SQLite database of another program, not a Corridor database; it has not been changed. ` +
          'Choose a Corridor .sqlite file or a new file name.',
      );
    }
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
    return { sqlite, db, backupPath, schemaVersion: known };
  } catch (e) {
    sqlite.close();
    if (e instanceof DatabaseOpenError) throw e;
    throw new DatabaseOpenError(`Could not open ${file}: ${(e as Error).message}`);
  }
}
