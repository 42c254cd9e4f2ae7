import { afterEach, describe, expect, it } from 'vitest';
import { batchInsert, ROWS_PER_INSERT } from '../../electron/services/core/batch-insert';
import { openTestCore, type TestCore } from '../helpers/core';

/*
 * Rows written a hundred to a statement (core/batch-insert.ts), on the core's own SQLite file: the
 * shape's tail (an upsert) applies to full statements and to the rows left over alike, and a row
 * of the wrong width is refused before anything is queued. (The row-by-row retry of a refused
 * statement: records-inserter.test.ts.)
 */
let t: TestCore;
afterEach(() => t?.cleanup());

const SHAPE = {
  head: 'INSERT INTO temp.tallies (k, n) VALUES ',
  row: '(?, ?)',
  width: 2,
  tail: 'ON CONFLICT (k) DO UPDATE SET n = n + excluded.n',
};

describe('rows written many to a statement', () => {
  it('applies the tail to full statements and the rows left over, a key repeated inside one statement included', async () => {
    t = await openTestCore();
    const db = t.core.sqlite;
    db.exec('CREATE TEMP TABLE tallies (k TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    const insert = batchInsert(db, SHAPE);
    const rows = ROWS_PER_INSERT * 2 + 37;
    // Keys repeat every 50 rows: within each full statement, across statements and in the remainder.
    for (let i = 0; i < rows; i++) insert.add([`k${i % 50}`, 1]);
    insert.flush();
    const tallies = db.prepare('SELECT k, n FROM temp.tallies ORDER BY k').all() as { k: string; n: number }[];
    expect(tallies).toHaveLength(50);
    expect(tallies.reduce((sum, r) => sum + r.n, 0)).toBe(rows);
    expect(tallies.find((r) => r.k === 'k0')?.n).toBe(5); // rows 0, 50, 100, 150, 200
    expect(tallies.find((r) => r.k === 'k49')?.n).toBe(4); // rows 49, 99, 149, 199
  });

  it('refuses a row of the wrong width, naming both counts, and keeps the rows queued before it', async () => {
    t = await openTestCore();
    const db = t.core.sqlite;
    db.exec('CREATE TEMP TABLE tallies (k TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    const insert = batchInsert(db, SHAPE);
    insert.add(['a', 1]);
    expect(() => insert.add(['b', 1, 'extra'])).toThrow('a row of 3 values where the statement binds 2');
    insert.flush();
    expect(db.prepare('SELECT k, n FROM temp.tallies').all()).toEqual([{ k: 'a', n: 1 }]);
  });
});
