import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Corridor marks its files twice: SQLite's header field `application_id` (what `file(1)` and
 * other tools read) and a settings row (what survives a dump and reload). A non-empty file without
 * the mark is another program's and is never written to, even if it has drizzle's
 * `__drizzle_migrations` table like ours.
 */
export const APPLICATION_ID = 0x436f7272; // "Corr"
export const MARK_SETTING = 'database_format';
export const MARK_VALUE = 'corridor';

export type FileKind =
  /** No schema, no header fields set: a new file (or one SQLite created and nobody wrote to). */
  | { kind: 'blank' }
  /** Carries Corridor's mark. */
  | { kind: 'corridor' }
  /** Written by a Corridor version before the mark: recognised by its own migrations and settings table. */
  | { kind: 'corridor-unmarked' }
  | { kind: 'foreign'; reason: string };

/** The sha256 of each migration file, as drizzle's migrator stores it in `__drizzle_migrations.hash`. */
function migrationHashes(migrationsFolder: string): Set<string> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return new Set(
    journal.entries.map((e) =>
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(migrationsFolder, `${e.tag}.sql`)).toString())
        .digest('hex'),
    ),
  );
}

const hasTable = (sqlite: Database.Database, name: string) =>
  Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));

/** Reads (never writes) what kind of file this is. */
export function classifyFile(sqlite: Database.Database, migrationsFolder: string): FileKind {
  const appId = sqlite.pragma('application_id', { simple: true }) as number;
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const objects = (sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
  if (appId === APPLICATION_ID) return { kind: 'corridor' };
  if (appId !== 0) return { kind: 'foreign', reason: `its SQLite header names another application (id 0x${(appId >>> 0).toString(16)})` };
  if (objects === 0 && userVersion === 0) return { kind: 'blank' };
  // Files of the first Corridor versions: every migration they applied is one of ours, and they
  // have our settings table. Another drizzle app's migrations hash differently.
  if (hasTable(sqlite, '__drizzle_migrations') && hasTable(sqlite, 'settings')) {
    const known = migrationHashes(migrationsFolder);
    const applied = sqlite.prepare('SELECT hash FROM __drizzle_migrations').all() as { hash: string }[];
    if (applied.length > 0 && applied.every((m) => known.has(m.hash))) return { kind: 'corridor-unmarked' };
  }
  return { kind: 'foreign', reason: 'it has no Corridor mark' };
}

/** Writes both marks; run inside the open, after migrating (the settings table exists then). */
export function stampFile(sqlite: Database.Database): void {
  sqlite.pragma(`application_id = ${APPLICATION_ID}`);
  sqlite
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(MARK_SETTING, MARK_VALUE);
}
