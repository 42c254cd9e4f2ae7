import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { createCore } from '../../electron/services/core/create';
import { MIGRATIONS, migrationsPlusOne, tempDir, signInAgain } from '../helpers/core';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function workDir() {
  const t = tempDir();
  cleanup = t.cleanup;
  return t.dir;
}

const journalEntries = () =>
  (JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

/** Bytes and mtime of a file, to prove a refused open did not touch it. */
const fingerprint = (file: string) => ({ bytes: fs.readFileSync(file).toString('base64'), mtimeMs: fs.statSync(file).mtimeMs });

function openError(fn: () => unknown): DatabaseOpenError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatabaseOpenError);
    return e as DatabaseOpenError;
  }
  throw new Error('expected the open to be refused');
}

describe('opening a database file', () => {
  it('migrates an empty file: every table, foreign keys on, WAL, no backup', () => {
    const file = path.join(workDir(), 'new.sqlite');
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    try {
      const tables = (opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map(
        (t) => t.name,
      );
      for (const t of ['settings', 'audit_log', 'organisations', 'contacts', 'agreements', 'sites', 'items', '__drizzle_migrations']) {
        expect(tables).toContain(t);
      }
      expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.backupPath).toBeNull();
      expect(opened.schemaVersion).toBe(journalEntries());
      expect((opened.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(journalEntries());
      // Foreign keys are enforced on the connection the core uses.
      expect(() =>
        opened.sqlite
          .prepare(
            "INSERT INTO contacts (id, created_at, created_by_installation, updated_at, updated_by_installation, organisation_id, name) VALUES ('c', 'x', 'x', 'x', 'x', 'no-such-org', 'n')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      opened.sqlite.close();
    }
  });

  it('reopens an existing file keeping its data, without migrating or making a backup', async () => {
    const dir = workDir();
    const file = path.join(dir, 'corridor.sqlite');
    const first = createCore({ databasePath: file, homeDir: path.join(dir, 'home') });
    await first.call('system.setup', {
      operator: 'Sgt. One',
      pin: '1234',
      organisation: { name: 'Base', shortName: 'BASE', kind: 'military' },
    });
    await first.call('items.save', { rows: [{ code: 'TARP', name: 'Tarpaulin', category: 'shelter', baseUnit: 'each' }] });
    first.close();

    const again = createCore({ databasePath: file, homeDir: path.join(dir, 'home') });
    try {
      expect(again.backupPath).toBeNull();
      expect(fs.readdirSync(dir).filter((f) => f.includes('.bak'))).toEqual([]);
      await signInAgain(again);
      expect((await again.call('items.list', {})).map((i) => i.code)).toEqual(['TARP']);
      const status = await again.call('system.status', {});
      expect(status).toMatchObject({ setupDone: true, operator: { displayName: 'Sgt. One' }, copiedDatabase: false });
      expect(status.homeOrganisation?.shortName).toBe('BASE');
    } finally {
      again.close();
    }
  });

  it('refuses a database written by a newer version, leaving the file untouched', () => {
    const file = path.join(workDir(), 'newer.sqlite');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).sqlite.close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 1e9);
    raw.close();
    const before = fingerprint(file);

    const e = openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS }));
    expect(e.message).toContain('newer version of Corridor');
    expect(e.message).toContain(`schema ${journalEntries() + 1}, this app knows ${journalEntries()}`);
    expect(e.message).toMatch(/Update Corridor/);
    expect(fingerprint(file)).toEqual(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    // The core refuses the same way (the CLI and Electron shells show this message).
    expect(() => createCore({ databasePath: file, homeDir: path.join(path.dirname(file), 'home') })).toThrow(/newer version of Corridor/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('copies the file aside before migrating an older database, and keeps its data', async () => {
    const dir = workDir();
    const file = path.join(dir, 'older.sqlite');
    const old = createCore({ databasePath: file, homeDir: path.join(dir, 'home') });
    await old.call('system.setup', {
      operator: 'Sgt. Old',
      pin: '1234',
      organisation: { name: 'Base', shortName: 'BASE', kind: 'military' },
    });
    await old.call('sites.save', { rows: [{ code: 'FOB-N', name: 'FOB North', kind: 'forward_base' }] });
    old.close();

    const next = migrationsPlusOne(dir);
    const upgraded = createCore({ databasePath: file, homeDir: path.join(dir, 'home'), migrationsFolder: next });
    try {
      expect(upgraded.backupPath).toMatch(new RegExp(`older\\.sqlite\\.bak-schema${journalEntries()}-`));
      await signInAgain(upgraded);
      expect((await upgraded.call('sites.list', {})).map((s) => s.code)).toEqual(['FOB-N']);
      expect(upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'test_next_version'").get()).toBeTruthy();
      expect(upgraded.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      upgraded.close();
    }
    // The copy is the database as it was before the migration: readable, with the data, without the new table.
    const copy = new Database(upgraded.backupPath!, { readonly: true });
    try {
      expect((copy.prepare('SELECT code FROM sites').all() as { code: string }[]).map((r) => r.code)).toEqual(['FOB-N']);
      expect(copy.prepare("SELECT name FROM sqlite_master WHERE name = 'test_next_version'").get()).toBeUndefined();
      expect((copy.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(journalEntries());
    } finally {
      copy.close();
    }
    // Opening the migrated file again with the same app makes no second copy.
    const reopened = openDatabase(file, { migrationsFolder: next });
    expect(reopened.backupPath).toBeNull();
    reopened.sqlite.close();
  });

  it('refuses a file that is not an SQLite database, with a clear message, leaving it untouched', () => {
    const file = path.join(workDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'Convoy plan for Tuesday: 4 trucks to Kallen.\n'.repeat(200));
    const before = fingerprint(file);
    const e = openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS }));
    expect(e.message).toContain('is not a Corridor database');
    expect(e.message).toContain(file);
    expect(fingerprint(file)).toEqual(before);
  });

  it("refuses another program's SQLite database instead of adding Corridor's tables to it", () => {
    const file = path.join(workDir(), 'other-app.sqlite');
    const raw = new Database(file);
    raw.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO recipes (title) VALUES ('Bread');");
    raw.close();
    const before = fingerprint(file);
    const e = openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS }));
    expect(e.message).toContain('another program');
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a folder it cannot write to, naming the file', () => {
    const dir = workDir();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const file = path.join(blocker, 'corridor.sqlite'); // a path "inside" a regular file
    const e = openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS }));
    expect(e.message).toContain(`Cannot write the database file ${file}`);
  });
});
