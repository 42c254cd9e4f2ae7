import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase, SqliteEngineError } from '../../db/open';
import { tempDir } from '../helpers/core';

/**
 * A broken SQLite module (missing, another platform's, or needing a newer glibc) is reported as
 * what it is, not as "not a Corridor database", and no file is created or touched.
 */
let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function refusal(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
}

describe('SQLite engine load', () => {
  it('names the native module, not the database, when its binary cannot be loaded', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'corridor.sqlite');
    // What a binary for another system looks like to the loader: not a loadable library.
    const broken = path.join(t.dir, 'better_sqlite3.node');
    fs.writeFileSync(broken, 'this is not a shared library');

    const e = refusal(() => openDatabase(file, { nativeBinding: broken }));
    expect(e).toBeInstanceOf(SqliteEngineError);
    expect(e).toBeInstanceOf(DatabaseOpenError); // the shells show it like any refusal
    expect(e.message).toContain("Corridor's database engine could not be loaded");
    expect(e.message).toContain('better-sqlite3');
    expect(e.message).toMatch(/invalid ELF header|not a valid|file too short/i);
    expect(e.message).not.toMatch(/not a Corridor database/);
    expect(fs.existsSync(file)).toBe(false);

    const missing = refusal(() => openDatabase(file, { nativeBinding: path.join(t.dir, 'absent.node') }));
    expect(missing).toBeInstanceOf(SqliteEngineError);
    expect(missing.message).toMatch(/Cannot find module/);
  });

  it('the core in its worker thread reports it the same way, so the shells can name it', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const broken = path.join(t.dir, 'better_sqlite3.node');
    fs.writeFileSync(broken, 'this is not a shared library');
    const { createWorkerCore } = await import('../../electron/services/core/worker/host');
    const e = await createWorkerCore({ databasePath: path.join(t.dir, 'corridor.sqlite'), homeDir: t.dir, nativeBinding: broken }).then(
      () => new Error('expected a refusal'),
      (err: Error) => err,
    );
    expect(e).toBeInstanceOf(SqliteEngineError);
    expect(e.message).toContain("Corridor's database engine could not be loaded");
  });

  it('with a working engine, a foreign file is still "not a Corridor database"', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'notes.txt');
    fs.writeFileSync(file, 'x'.repeat(4096));
    const e = refusal(() => openDatabase(file));
    expect(e).not.toBeInstanceOf(SqliteEngineError);
    expect(e.message).toMatch(/not a Corridor database/);
  });
});
