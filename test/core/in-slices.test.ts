import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { IN_SLICE_SIZE, inSlices, marks } from '../../electron/services/core/in-slices';
import { openTestCore, tempDir, type TestCore } from '../helpers/core';

/*
 * Lookups by a list of ids longer than one statement may bind (SQLite: 32,766 parameters) go
 * through inSlices, on real SQLite files: every row comes back once, in slice order, with the
 * query's other parameters around each slice, and the grid's save (saveRecords) reads 1,000
 * existing rows that way.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

function numbersFile(count: number): Database.Database {
  const t = tempDir();
  const db = new Database(path.join(t.dir, 'numbers.sqlite'));
  cleanups.push(t.cleanup, () => db.close());
  db.exec('CREATE TABLE numbers (id TEXT PRIMARY KEY, n INTEGER NOT NULL, site TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO numbers VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let n = 0; n < count; n++) insert.run(`id-${n}`, n, n % 2 === 0 ? 'even' : 'odd');
  })();
  return db;
}

describe('inSlices: IN (…) lookups by lists of any length', () => {
  it('asks 1,000 ids in slices of at most 400 and returns each row once, slice after slice', () => {
    const db = numbersFile(1000);
    const ids = Array.from({ length: 1000 }, (_, n) => `id-${999 - n}`);
    ids.splice(500, 0, 'id-unknown'); // an id with no row is simply not found
    const sliceLengths: number[] = [];
    const rows = inSlices(ids, (slice) => {
      sliceLengths.push(slice.length);
      return db.prepare(`SELECT id, n FROM numbers WHERE id IN (${marks(slice)}) ORDER BY n DESC`).all(...slice) as {
        id: string;
        n: number;
      }[];
    });
    expect(IN_SLICE_SIZE).toBe(400);
    expect(sliceLengths).toEqual([400, 400, 201]);
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 1000 }, (_, n) => 999 - n));
  });

  it('keeps the query’s other parameters before and after each slice', () => {
    const db = numbersFile(1000);
    const ids = Array.from({ length: 1000 }, (_, n) => `id-${n}`);
    const rows = inSlices(
      ids,
      (slice) =>
        db.prepare(`SELECT n FROM numbers WHERE site = ? AND id IN (${marks(slice)}) AND n >= ? ORDER BY n`).all('even', ...slice, 100) as {
          n: number;
        }[],
    );
    expect(rows).toHaveLength(450);
    expect(rows[0].n).toBe(100);
    expect(rows.every((r) => r.n % 2 === 0)).toBe(true);
  });

  it('reads 40,000 ids, which one IN (…) cannot bind', () => {
    const db = numbersFile(40_000);
    const ids = Array.from({ length: 40_000 }, (_, n) => `id-${n}`);
    expect(() => db.prepare(`SELECT n FROM numbers WHERE id IN (${marks(ids)})`).all(...ids)).toThrow(/too many SQL variables/);
    const rows = inSlices(
      ids,
      (slice) => db.prepare(`SELECT n FROM numbers WHERE id IN (${marks(slice)})`).all(...slice) as { n: number }[],
    );
    expect(new Set(rows.map((r) => r.n)).size).toBe(40_000);
  });

  it('asks nothing for an empty list', () => {
    let asked = 0;
    expect(inSlices([], () => (asked++, []))).toEqual([]);
    expect(asked).toBe(0);
  });
});

describe('the grid’s save reads existing rows in slices', () => {
  let t: TestCore;
  afterEach(() => t?.cleanup());

  it('updates 1,000 items in one save, each by its id and version', async () => {
    t = await openTestCore({ now: () => '2026-12-01T10:00:00.000Z' });
    const codes = Array.from({ length: 1000 }, (_, n) => `BULK-${String(n).padStart(4, '0')}`);
    await t.core.call('items.save', {
      rows: codes.map((code) => ({ code, name: `Item ${code}`, category: 'nfi', baseUnit: 'each' })) as never,
    });
    const stored = await t.core.call('items.list', {});
    expect(stored).toHaveLength(1000);
    const saved = await t.core.call('items.save', {
      rows: stored.map((r) => ({
        id: r.id,
        version: r.version,
        code: r.code,
        name: `${r.name} (checked)`,
        category: 'nfi',
        baseUnit: 'each',
      })) as never,
    });
    expect(saved).toHaveLength(1000);
    const after = await t.core.call('items.list', {});
    expect(after.every((r) => r.name.endsWith('(checked)') && r.version === 2)).toBe(true);
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM items').get()).toEqual({ n: 1000 });
  });
});
