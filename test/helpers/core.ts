import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { ApiError } from '../../electron/api/result';
import { createCore, type Core, type LocalCore } from '../../electron/services/core/create';
import { LOCAL_SESSION } from '../../electron/services/core/context';
import type { Role } from '../../electron/api/permissions';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'corridor-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: LocalCore;
  dir: string;
  dbPath: string;
  cleanup: () => void;
}

/** A core over a real SQLite file in a temp folder; `setup` answers the first-start questions. */
export async function openTestCore(opts: { setup?: boolean; demo?: boolean; now?: () => string } = {}): Promise<TestCore> {
  const { dir, cleanup } = tempDir();
  const dbPath = path.join(dir, 'corridor.sqlite');
  const core = createCore({ databasePath: dbPath, homeDir: path.join(dir, 'home'), now: opts.now });
  if (opts.setup !== false) {
    await core.call('system.setup', {
      operator: 'Capt. Test',
      pin: TEST_PIN,
      organisation: { name: 'Test Logistics Battalion', shortName: 'TLB', kind: 'military', country: 'XX' },
      demo: opts.demo ?? false,
    });
  }
  return {
    core,
    dir,
    dbPath,
    cleanup: () => {
      core.close();
      cleanup();
    },
  };
}

/** The PIN of every operator the tests create (the first administrator's too). */
export const TEST_PIN = '1234';

/**
 * Creates an operator (as the administrator signed in on the in-process session) and signs
 * `session` in as them with their PIN; by default the in-process session itself, so later
 * `core.call`s act as them. Returns the operator's id.
 */
export async function signInAs(
  core: Core,
  name: string,
  role: Role = 'administrator',
  session: string = LOCAL_SESSION,
  admin: string = LOCAL_SESSION,
): Promise<string> {
  const existing = (await core.call('auth.operators', {}, admin)).find((o) => o.displayName === name);
  const id = existing?.id ?? (await core.call('operators.create', { name, role, pin: TEST_PIN }, admin)).id;
  await core.call('auth.signIn', { operatorId: id, pin: TEST_PIN }, session);
  return id;
}

/** After reopening a file (sessions live in memory), signs the in-process session in as its first administrator again. */
export async function signInAgain(core: Core): Promise<void> {
  const admin = (await core.call('auth.operators', {})).find((o) => o.role === 'administrator');
  if (!admin) throw new Error('This database has no administrator to sign in as');
  await core.call('auth.signIn', { operatorId: admin.id, pin: TEST_PIN });
}

/** Row counts of every user table: proof that a refused operation wrote nothing. */
export function tableCounts(core: LocalCore): Record<string, number> {
  const tables = core.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map((t) => [t.name, (core.sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
  );
}

/** Rows in the audit trail: proof that a refused operation recorded nothing either. */
export function auditCount(core: LocalCore): number {
  return (core.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** Everything a refused operation must leave untouched: row counts of every table, audit included. */
export function writeSnapshot(core: LocalCore): { counts: Record<string, number>; audit: number; settings: string } {
  const settings = JSON.stringify(core.sqlite.prepare('SELECT key, value FROM settings ORDER BY key').all());
  return { counts: tableCounts(core), audit: auditCount(core), settings };
}

/** Invokes an operation that must be refused, checks that it wrote nothing, and returns its error. */
export async function refusedWritingNothing(core: LocalCore, name: string, input: unknown): Promise<ApiError> {
  const before = writeSnapshot(core);
  const r = await core.invoke(name, input);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(writeSnapshot(core)).toEqual(before);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

/** The committed migrations folder. */
export const MIGRATIONS = path.resolve(__dirname, '..', '..', 'db', 'migrations');

/**
 * A copy of the migrations with one extra migration appended, as the next app version would ship:
 * opening an existing database with it must back the file up and migrate.
 */
export function migrationsPlusOne(dir: string, sql = 'CREATE TABLE `test_next_version` (`id` text PRIMARY KEY NOT NULL);'): string {
  const folder = path.join(dir, 'migrations-next');
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
  };
  const last = journal.entries[journal.entries.length - 1];
  const tag = `${String(last.idx + 1).padStart(4, '0')}_test_next_version`;
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1000, tag, breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
  return folder;
}
