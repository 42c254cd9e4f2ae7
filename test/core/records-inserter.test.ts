import { afterEach, describe, expect, it } from 'vitest';
import { recordsInserter } from '../../electron/services/core/write';
import { openTestCore, type TestCore } from '../helpers/core';

/*
 * New records written a hundred to a statement, what is left over one by one (core/write.ts):
 * every row lands with its stamps and its change_log entry (the trigger fires per row), and a row
 * SQLite refuses throws its own error with the rows before it written, as when each row was
 * written on its own.
 */
let t: TestCore;
afterEach(() => t?.cleanup());

const COLUMNS = ['code', 'name', 'category', 'base_unit'];
const item = (code: string) => [code, `Item ${code}`, 'nfi', 'each'];
const count = (sql: string) => (t.core.sqlite.prepare(sql).get() as { n: number }).n;

describe('records written many to a statement', () => {
  it('writes every queued row, full statements and the remainder, each with its stamps and change_log entry', async () => {
    t = await openTestCore();
    const ctx = t.core.context('items.save');
    const logged = count("SELECT count(*) AS n FROM change_log WHERE record_type = 'items'");
    const insert = recordsInserter(ctx, 'items', COLUMNS);
    const stamps = t.core.sqlite.transaction(() => {
      const s = Array.from({ length: 237 }, (_, i) => insert.add(item(`MANY-${i}`)));
      insert.flush();
      return s;
    })();
    expect(count("SELECT count(*) AS n FROM items WHERE code LIKE 'MANY-%'")).toBe(237);
    expect(count("SELECT count(*) AS n FROM change_log WHERE record_type = 'items'") - logged).toBe(237);
    const stored = t.core.sqlite.prepare(
      'SELECT id, code, version, created_at AS createdAt, pack_sizes AS packSizes FROM items WHERE code = ?',
    );
    expect(stored.get('MANY-236')).toEqual({
      id: stamps[236].id,
      code: 'MANY-236',
      version: 1,
      createdAt: stamps[236].createdAt,
      packSizes: '[]',
    });
    // Nothing is left queued: a second flush writes nothing more.
    insert.flush();
    expect(count("SELECT count(*) AS n FROM items WHERE code LIKE 'MANY-%'")).toBe(237);
  });

  it('a row SQLite refuses throws its own error, with the rows queued before it written, as one by one', async () => {
    t = await openTestCore();
    const ctx = t.core.context('items.save');
    const insert = recordsInserter(ctx, 'items', COLUMNS);
    t.core.sqlite.transaction(() => {
      insert.add(item('TAKEN'));
      insert.flush();
    })();
    let inside = -1;
    expect(() =>
      t.core.sqlite.transaction(() => {
        // Row 120 (the 21st of the second statement of a hundred) takes a code already stored: the
        // unique index refuses that statement, and its rows are then written one by one.
        try {
          for (let i = 0; i < 250; i++) insert.add(item(i === 120 ? 'taken' : `ONE-${i}`));
          insert.flush();
        } finally {
          inside = count("SELECT count(*) AS n FROM items WHERE code LIKE 'ONE-%'");
        }
      })(),
    ).toThrow(/UNIQUE constraint failed: items\.code/);
    expect(inside).toBe(120);
    // The transaction rolled back as a whole, as any save's does on an error.
    expect(count("SELECT count(*) AS n FROM items WHERE code LIKE 'ONE-%'")).toBe(0);
  });
});
