import Database from 'better-sqlite3';
import { DatabaseOpenError } from './database-open-error';

/**
 * Thrown when SQLite itself cannot be loaded: better-sqlite3's native binary is missing, built
 * for another platform, or needs a newer system library (e.g. glibc) than this machine has.
 * Nothing is wrong with the database file then, and the message must not say otherwise.
 */
export class SqliteEngineError extends DatabaseOpenError {
  constructor(message: string) {
    super(message);
    this.name = 'SqliteEngineError';
  }

  static because(cause: string): SqliteEngineError {
    return new SqliteEngineError(
      `Corridor's database engine could not be loaded, so no database was opened; your database file is not the problem. ` +
        `The SQLite module shipped with Corridor (better-sqlite3) is missing or does not run on this system: ${cause}. ` +
        'Reinstall Corridor, or use it on a supported system.',
    );
  }
}

/**
 * Loads better-sqlite3's native binary on its own, before any file is touched: it is loaded
 * lazily inside `new Database()`, so without this a broken installation reads as a bad file.
 * `nativeBinding` (a .node path) is for tests that simulate a broken binary.
 */
export function loadSqliteEngine(nativeBinding?: string): void {
  try {
    new Database(':memory:', nativeBinding ? { nativeBinding } : {}).close();
  } catch (e) {
    throw SqliteEngineError.because((e as Error).message);
  }
}
