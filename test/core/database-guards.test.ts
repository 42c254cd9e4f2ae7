import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APPLICATION_ID, MARK_SETTING } from '../../db/file-mark';
import { lockPathOf } from '../../db/file-lock';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { createCore } from '../../electron/services/core/create';
import { MIGRATIONS, openTestCore, tempDir } from '../helpers/core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function workDir() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function openError(fn: () => unknown): DatabaseOpenError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatabaseOpenError);
    return e as DatabaseOpenError;
  }
  throw new Error('expected the open to be refused');
}

/** Opening must leave a refused file byte for byte as it was, and put nothing beside it. */
function expectRefusedUntouched(file: string, message: RegExp) {
  const before = sha256(file);
  const listing = fs.readdirSync(path.dirname(file)).sort();
  expect(openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS })).message).toMatch(message);
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(listing);
}

describe("Corridor's mark on its files", () => {
  it('stamps a new file: application_id in the header and a settings row', () => {
    const file = path.join(workDir(), 'new.sqlite');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.prepare('SELECT value FROM settings WHERE key = ?').get(MARK_SETTING)).toEqual({ value: 'corridor' });
    raw.close();
  });

  it("refuses another drizzle app's file, untouched, even with a settings table and a migrations table", () => {
    const file = path.join(workDir(), 'other-drizzle-app.sqlite');
    const raw = new Database(file);
    raw.exec(`CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric);
      INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('${'a'.repeat(64)}', 1700000000000);
      CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
      INSERT INTO settings VALUES ('theme', 'dark');
      CREATE TABLE notes (id integer PRIMARY KEY, body text);`);
    raw.close();
    expectRefusedUntouched(file, /another program, not a Corridor database.*it has not been changed/);
  });

  it('refuses a file whose header names another application, and one with only a user_version, untouched', () => {
    const dir = workDir();
    const other = path.join(dir, 'other-app-id.sqlite');
    let raw = new Database(other);
    raw.pragma('application_id = 1234');
    raw.close();
    expectRefusedUntouched(other, /header names another application \(id 0x4d2\)/);

    const versioned = path.join(dir, 'user-version.sqlite');
    raw = new Database(versioned);
    raw.pragma('user_version = 7');
    raw.close();
    expectRefusedUntouched(versioned, /no Corridor mark/);
  });

  it('opens and stamps a file made by the first version (migrations applied, no mark yet), keeping its data', async () => {
    const dir = workDir();
    const file = path.join(dir, 'landed.sqlite');
    // What the landed version did: drizzle's migrator over the same migrations, then its rows.
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    migrate(drizzle(raw), { migrationsFolder: MIGRATIONS });
    raw.prepare("INSERT INTO settings (key, value) VALUES ('operator', 'Sgt. Early'), ('setup_done', '1')").run();
    raw.close();

    const core = createCore({ databasePath: file, homeDir: path.join(dir, 'home') });
    try {
      // Set up before operator accounts: nobody is signed in, and the first start after the upgrade creates the administrator.
      expect(await core.call('system.status', {})).toMatchObject({ setupDone: true, needsAdministrator: true, operator: null });
      expect(core.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    } finally {
      core.close();
    }
  });
});

/** Starts another process that opens `file` and waits; resolves with its first line ("open" or "refused: …"). */
function holdInAnotherProcess(file: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'helpers', 'hold-database.ts'), file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, line }));
    child.once('error', reject);
  });
}
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('one process per database file', () => {
  it('refuses a second process, naming the one that holds the file; takes the lock over once that one is killed', async () => {
    const file = path.join(workDir(), 'shared.sqlite');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);

    const holder = await holdInAnotherProcess(file);
    expect(holder.line).toBe('open');
    const e = openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS }));
    expect(e.message).toContain(`already open in another Corridor: process ${holder.child.pid} on ${os.hostname()}`);
    expect(e.message).toContain('Close that one first');

    // A third process is refused the same way.
    const third = await holdInAnotherProcess(file);
    expect(third.line).toContain(`refused: ${file} is already open in another Corridor: process ${holder.child.pid}`);

    holder.child.kill('SIGKILL');
    await exited(holder.child);
    expect(fs.existsSync(lockPathOf(file))).toBe(true); // left behind by the killed process
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    opened.close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
  });

  it('takes over a stale lock: a pid that no longer runs, a reused pid, an unreadable lock file', () => {
    const file = path.join(workDir(), 'stale.sqlite');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    const stale = [
      { pid: 2 ** 22 + 17, host: os.hostname(), startedAt: '2026-01-01T00:00:00.000Z', app: 'corridor' },
      // This very pid once belonged to a process started long ago: the pid was reused.
      { pid: process.ppid, host: os.hostname(), startedAt: '2001-01-01T00:00:00.000Z', app: 'corridor' },
    ];
    for (const owner of stale) {
      fs.writeFileSync(lockPathOf(file), JSON.stringify(owner));
      openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    }
    fs.writeFileSync(lockPathOf(file), '{"pid": 12');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
  });

  it('refuses a lock held from another computer, saying it cannot tell whether it still runs', () => {
    const file = path.join(workDir(), 'share.sqlite');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    fs.writeFileSync(
      lockPathOf(file),
      JSON.stringify({ pid: 4321, host: 'laptop-2', startedAt: '2026-11-30T08:00:00.000Z', app: 'corridor' }),
    );
    const e = openError(() => openDatabase(file, { migrationsFolder: MIGRATIONS }));
    expect(e.message).toContain('process 4321 on laptop-2, started 2026-11-30 08:00:00 UTC (on another computer');
  });
});

describe("another program's write lock", () => {
  it('answers a write with conflict and a plain message, logs no stack trace, and still answers reads', async () => {
    const t = await openTestCore();
    cleanups.push(t.cleanup);
    await t.core.call('items.save', { rows: [{ code: 'TARP', name: 'Tarpaulin', category: 'shelter', baseUnit: 'each' }] });
    const outsider = new Database(t.dbPath);
    cleanups.push(() => outsider.close());
    outsider.prepare('BEGIN IMMEDIATE').run();
    outsider.prepare("INSERT INTO settings (key, value) VALUES ('outsider', '1')").run();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    cleanups.push(() => logged.mockRestore());

    const write = await t.core.invoke('items.save', { rows: [{ code: 'ROPE', name: 'Rope', category: 'shelter', baseUnit: 'each' }] });
    expect(write).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^The database file is busy: another program is writing to it\./) },
    });
    expect(logged).not.toHaveBeenCalled();
    const read = await t.core.invoke('items.list', {});
    expect(read.ok && (read.value as { code: string }[]).map((i) => i.code)).toEqual(['TARP']);

    outsider.prepare('COMMIT').run();
    expect((await t.core.invoke('items.save', { rows: [{ code: 'ROPE', name: 'Rope', category: 'shelter', baseUnit: 'each' }] })).ok).toBe(
      true,
    );
  });
});
