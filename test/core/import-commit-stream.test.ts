import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRequest } from '../../electron/api/imports';
import { runImport } from '../../electron/services/exchange/import/run';
import { countsOnDisk } from '../helpers/jobs';
import { openTestCore, type TestCore } from '../helpers/core';
import { upload } from '../helpers/imports';
import { inDays, stockWorld } from './stock-fixture';

/*
 * A commit of records writes as it reads (run.ts): its transaction opens before the first row,
 * accepted rows are written 5,000 at a time while the file is still being read, and a bad row, a
 * cancel or a refusal by the end of the file rolls every one of them back. These run the job's
 * own function in-process on a real SQLite file, so a test can look inside the open transaction
 * (how many items the job's connection sees) when the job asks whether it was cancelled, which it
 * does every 5,000 rows read.
 */
const ROWS = 12_000;
let t: TestCore;
afterEach(() => t?.cleanup());

const catalogue = (rows: number, last: (i: number) => string = (i) => `P-${i},Item ${i},nfi,each`) =>
  ['Code,Name,Category,Unit', ...Array.from({ length: rows }, (_, i) => (i === rows - 1 ? last(i) : `P-${i},Item ${i},nfi,each`))].join(
    '\r\n',
  );

class Cancelled extends Error {}

/** Runs the import job's function; `seen` holds the items the job's connection saw each time it asked about a cancel. */
async function commit(name: string, csv: string, cancelAt?: number) {
  const ctx = t.core.context('jobs.start');
  const seen: number[] = [];
  const steps: string[] = [];
  const cacheSize = () => ctx.sqlite.pragma('cache_size', { simple: true }) as number;
  let cacheWriting = 0;
  const req: ImportRequest = { uploadId: upload(t, name, csv), target: 'items', sheet: 0, commit: true };
  const run = {
    homeDir: path.join(t.dir, 'home'),
    progress: (_done: number, _total: number, step: string) => void steps.push(step),
    checkCancelled: () => {
      const n = (ctx.sqlite.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
      seen.push(n);
      cacheWriting = cacheSize();
      if (cancelAt !== undefined && n >= cancelAt) throw new Cancelled('cancelled');
    },
  };
  try {
    const preview = (await runImport(ctx, req, run)).preview;
    return { preview, error: null, seen, steps, inTransaction: ctx.sqlite.inTransaction, cacheWriting, cacheAfter: cacheSize() };
  } catch (e) {
    return { preview: null, error: e as Error, seen, steps, inTransaction: ctx.sqlite.inTransaction };
  }
}

describe('import commit: written as it is read, all or nothing', () => {
  it('a bad row at the end of the file, after two chunks were written, leaves nothing written and says which row', async () => {
    t = await openTestCore();
    const before = countsOnDisk(t.dbPath);
    const r = await commit(
      'late-bad.csv',
      catalogue(ROWS, (i) => `P-${i},Item ${i},Spaceships,each`),
    );
    expect(r.error?.message).toMatch(new RegExp(`^Nothing was written: 1 row is bad \\(first: row ${ROWS + 1}, C \\(Category\\)`));
    // The rows before it were written (10,000 of them by the last cancel check) and rolled back.
    expect(Math.max(...r.seen)).toBeGreaterThanOrEqual(10_000);
    // The operator is told the rows are written as they are checked, and kept only if all are good.
    expect(r.steps).toContain('Checking and writing rows (10000 read; nothing is kept unless every row is good)');
    expect(r.inTransaction).toBe(false);
    expect(countsOnDisk(t.dbPath).counts).toEqual(before.counts);
  });

  it('a code twice in the last row leaves nothing written', async () => {
    t = await openTestCore();
    const before = countsOnDisk(t.dbPath);
    const r = await commit(
      'twice.csv',
      catalogue(ROWS, () => 'p-7,Item again,nfi,each'),
    );
    expect(r.error?.message).toMatch(
      new RegExp(`^Nothing was written: 1 row is bad \\(first: row ${ROWS + 1}, A \\(Code\\).*also on row 9`),
    );
    expect(Math.max(...r.seen)).toBeGreaterThanOrEqual(10_000);
    expect(countsOnDisk(t.dbPath).counts).toEqual(before.counts);
  });

  it('a cancel after two chunks were written leaves nothing written', async () => {
    t = await openTestCore();
    const before = countsOnDisk(t.dbPath);
    const r = await commit('cancelled.csv', catalogue(ROWS), 10_000);
    expect(r.error).toBeInstanceOf(Cancelled);
    expect(r.inTransaction).toBe(false);
    expect(countsOnDisk(t.dbPath).counts).toEqual(before.counts);
  });

  it('commits the counts its preview showed, and the same file again (one row changed) creates nothing', async () => {
    t = await openTestCore();
    const items = () => countsOnDisk(t.dbPath).counts.items;
    const start = items();
    const first = await commit('catalogue.csv', catalogue(ROWS));
    expect(first.error).toBeNull();
    expect(first.preview).toMatchObject({ committed: true, dataRows: ROWS, creates: ROWS, updates: 0, unchanged: 0, badRows: 0 });
    // Written while the file was read: the job's connection saw items before its last row.
    expect(first.seen.some((n) => n > 0 && n < ROWS)).toBe(true);
    expect(items()).toBe(start + ROWS);
    // Its transaction wrote through a 32 MB page cache; the connection's own 64 MB (db/open.ts) was put back.
    expect(first.cacheWriting).toBe(-32 * 1024);
    expect(first.cacheAfter).toBe(-64 * 1024);

    const again = await commit(
      'catalogue-2.csv',
      catalogue(ROWS, (i) => `P-${i},Item ${i} renamed,nfi,each`),
    );
    expect(again.error).toBeNull();
    expect(again.preview).toMatchObject({ committed: true, creates: 0, updates: 1, unchanged: ROWS - 1, badRows: 0 });
    expect(items()).toBe(start + ROWS);
    const db = t.core.context('jobs.start').sqlite;
    expect(db.prepare("SELECT name FROM items WHERE code = 'P-11999'").get()).toEqual({ name: 'Item 11999 renamed' });
    expect(db.prepare('SELECT count(*) AS n FROM (SELECT code FROM items GROUP BY code COLLATE NOCASE HAVING count(*) > 1)').get()).toEqual(
      {
        n: 0,
      },
    );
  });

  it('a write refused in the first chunk is the refusal once the file is read, unless a row is bad', async () => {
    const w = await stockWorld();
    t = w.t;
    // Rice has stock: its base unit is frozen, which only the write checks (the preview cannot).
    await w.receive(w.site.fob, [{ itemId: w.item.rice, lotNumber: 'R-9', expiryDate: inDays(20), ownerOrgId: w.org.wfp, quantity: 9 }]);
    const before = countsOnDisk(t.dbPath);
    const rows = (last: string) =>
      ['Code,Name,Category,Unit', 'P-0,Item 0,nfi,each', 'P-1,Item 1,nfi,each', 'RICE-25,Rice 25 kg bag,food,kg']
        .concat(
          Array.from({ length: ROWS }, (_, i) => `Q-${i},Item ${i},nfi,each`),
          last,
        )
        .join('\r\n');
    const refused = await commit('unit.csv', rows('Q-last,Last,nfi,each'));
    // Named by its row in the file (row 4), not its place among the rows written (3rd).
    expect(refused.error?.message).toMatch(/^Base unit cannot change: RICE-25 .* \(row 4\)$/);
    expect(countsOnDisk(t.dbPath).counts).toEqual(before.counts);

    const bad = await commit('unit-bad.csv', rows('Q-last,Last,Spaceships,each'));
    expect(bad.error?.message).toMatch(new RegExp(`^Nothing was written: 1 row is bad \\(first: row ${ROWS + 5}, C \\(Category\\)`));
    expect(countsOnDisk(t.dbPath).counts).toEqual(before.counts);
  });
});
