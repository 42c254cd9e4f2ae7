import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportRequest } from '../../electron/api/exchange';
import { TLP_LABELS } from '../../electron/api/vocabularies';
import { runExport, type ExportRun } from '../../electron/services/exchange/run';
import type { HalvesHelper, SharedRead } from '../../electron/services/exchange/split/halves';
import { rememberedCut } from '../../electron/services/exchange/split/cuts';
import { SPLIT_MIN_ROWS, splitKeyOf } from '../../electron/services/exchange/split/key';
import { itemsSource } from '../../electron/services/exchange/sources/records';
import { orderedSql, type SourceRun } from '../../electron/services/exchange/sources/source';
import { halvesHelper } from '../../electron/services/jobs/halves-helper';
import { openTestCore, type TestCore } from '../helpers/core';

/*
 * A big CSV export written in two halves by two threads (exchange/split) gives, byte for byte, the
 * file one thread writes: for the grid's own order, a sort each way, a sort on a column with blanks,
 * a quick search and a partner's profile. A real helper thread over the same real SQLite file.
 */
let t: TestCore;
let helper: HalvesHelper;
let partnerId: string;
/** How many exports the helper shared a snapshot for (shares that fell through are not counted). */
let shared = 0;
/** Enough rows that the random sample (key.ts: one row in 64) always finds the export big: ~470 sampled against the 313 needed (8 standard deviations). */
const ROWS = (SPLIT_MIN_ROWS * 3) / 2;

beforeAll(async () => {
  t = await openTestCore();
  const [partner] = await t.core.call('organisations.save', { rows: [{ name: 'Partner NGO', shortName: 'PNGO', kind: 'ngo' }] });
  partnerId = partner.id;
  await t.core.call('exportProfiles.save', {
    rows: [{ organisationId: partnerId, maxLabel: 'AMBER', locations: 'omit', callSigns: 'omit' }],
  });
  const ctx = t.core.context('jobs.start');
  const now = new Date().toISOString();
  const insert = t.core.sqlite.prepare(
    `INSERT INTO items (id, created_at, created_by_installation, updated_at, updated_by_installation, code, name, category, base_unit,
       unit_weight_kg, sharing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const categories = ['food', 'wash', 'shelter', 'health', 'nfi'];
  t.core.sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      // Codes out of insertion order, some with characters that sort between the cases ("_"), some lower case.
      const n = (i * 7919) % ROWS;
      const code = n % 11 === 0 ? `it_${n}` : n % 13 === 0 ? `IT_${n}` : `IT-${String(n).padStart(6, '0')}`;
      const name = n % 17 === 0 ? `Kit "${n}", spare` : `Item ${n % 500} é ع`;
      const weight = n % 5 === 0 ? null : (n % 300) / 4;
      const sharing = n % 9 === 0 ? null : TLP_LABELS[n % TLP_LABELS.length];
      insert.run(randomUUID(), now, ctx.installationId, now, ctx.installationId, code, name, categories[n % 5], 'piece', weight, sharing);
    }
  })();
  const operator = t.core.sqlite.prepare("SELECT id FROM operators WHERE role = 'administrator' LIMIT 1").pluck().get() as string;
  const h = halvesHelper();
  const real = h.forJob({
    databasePath: t.dbPath,
    homeDir: path.join(t.dir, 'home'),
    installationId: ctx.installationId,
    copied: false,
    operatorId: operator,
    operator: 'Capt. Test',
    language: 'en',
  });
  helper = sharing(real, (s) => (shared++, s));
  helper.start();
  await vi.waitFor(() => expect(helper.ready()).toBe(true), { timeout: 60_000, interval: 50 });
}, 120_000);
afterAll(() => t?.cleanup());

/** `h` with each snapshot it shares passed through `change` (to count them, or to fail a half). */
function sharing(h: HalvesHelper, change: (s: SharedRead) => SharedRead): HalvesHelper {
  return {
    ...h,
    open: () => {
      const session = h.open();
      return session && { ...session, share: async (sqlite) => ((s) => s && change(s))(await session.share(sqlite)) };
    },
  };
}

const base: ExportRequest = { source: 'items', params: {}, format: 'csv', hxl: true, sort: [] };

/** One export into a folder of its own: its outcome and bytes; the folder holds nothing else. */
async function exportOnce(req: ExportRequest, run: Partial<ExportRun> = {}) {
  const folder = path.join(t.dir, `out-${randomUUID()}`);
  const outcome = await runExport(t.core.context('jobs.start'), req, { folder, operator: 'Capt. Test', ...run });
  expect(fs.readdirSync(folder)).toEqual([outcome.fileName]);
  const bytes = fs.readFileSync(path.join(folder, outcome.fileName));
  fs.rmSync(folder, { recursive: true, force: true });
  return { outcome, bytes };
}

describe('a big CSV export in two halves', () => {
  const cases: [string, Partial<ExportRequest>][] = [
    ['the grid’s own order', {}],
    ['a sort on the name, descending', { sort: [{ colId: 'name', sort: 'desc' }] }],
    ['a sort on a column with blanks', { sort: [{ colId: 'unitWeightKg', sort: 'asc' }] }],
    [
      'a sort on a column with blanks, descending',
      {
        sort: [
          { colId: 'unitWeightKg', sort: 'desc' },
          { colId: 'code', sort: 'desc' },
        ],
      },
    ],
    ['a quick search', { quickFilter: 'spare' }],
    ['a column filter', { filterModel: { category: { filterType: 'text', type: 'equals', filter: 'Food' } } }],
    ['a partner’s profile', { partnerOrgId: 'partner' }],
  ];
  for (const [what, change] of cases) {
    it(`writes the same file as one thread: ${what}`, async () => {
      const req = { ...base, ...change, ...(change.partnerOrgId ? { partnerOrgId: partnerId } : {}) };
      const one = await exportOnce(req);
      const before = shared;
      const two = await exportOnce(req, { helper });
      // Every case is cut: the rows are counted as SQL reads them, before the grid's filters.
      expect(shared - before).toBe(1);
      expect(two.outcome).toEqual({ ...one.outcome, fileName: two.outcome.fileName });
      expect(two.outcome.sha256).toBe(one.outcome.sha256);
      expect(Buffer.compare(two.bytes, one.bytes)).toBe(0);
    }, 60_000);
  }

  it('reads the second half itself when the helper’s half is not used, and the file is the same', async () => {
    const one = await exportOnce(base);
    let fellBack = 0;
    const failing = sharing(helper, (s) => ({
      ...s,
      second: (req, value, column, file) => {
        const half = s.second(req, value, column, file);
        // As if the helper had failed after writing its file: this thread must not use it.
        return { ...half, done: half.done.then(() => (fellBack++, null)) };
      },
    }));
    const two = await exportOnce(base, { helper: failing });
    expect(fellBack).toBe(1);
    expect(Buffer.compare(two.bytes, one.bytes)).toBe(0);
    expect(two.outcome.rows).toBe(one.outcome.rows);
  }, 60_000);

  it('is written by one thread while a writer holds the database, and waits for no one', async () => {
    const writer = new (t.core.sqlite.constructor as typeof import('better-sqlite3'))(t.dbPath);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const before = shared;
      const one = await exportOnce(base, {
        helper,
        // The writer lets go once rows are being written (the export's audit entry needs the lock).
        checkCancelled: () => writer.inTransaction && writer.exec('ROLLBACK'),
      });
      expect(shared).toBe(before);
      expect(one.outcome.rows).toBeGreaterThan(SPLIT_MIN_ROWS / 2);
    } finally {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      writer.close();
    }
    expect(helper.ready()).toBe(true);
  }, 60_000);

  it('is written by one thread inside a caller’s own transaction, which it leaves open', async () => {
    const before = shared;
    t.core.sqlite.exec('BEGIN');
    try {
      const one = await exportOnce(base, { helper });
      expect(one.outcome.rows).toBeGreaterThan(0);
      expect(t.core.sqlite.inTransaction).toBe(true);
    } finally {
      t.core.sqlite.exec('COMMIT');
    }
    expect(shared).toBe(before);
    expect(helper.ready()).toBe(true);
  }, 60_000);

  it('leaves no file of either half when cancelled, and the helper serves the next export', async () => {
    const folder = path.join(t.dir, 'cancelled');
    let checks = 0;
    const before = shared;
    await expect(
      runExport(t.core.context('jobs.start'), base, {
        folder,
        operator: 'Capt. Test',
        helper,
        checkCancelled: () => {
          if (++checks === 5) throw new Error('cancelled by the test');
        },
      }),
    ).rejects.toThrow('cancelled by the test');
    expect(shared - before).toBe(1);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(helper.ready()).toBe(true);
    const next = await exportOnce(base, { helper });
    expect(shared - before).toBe(2);
    expect(next.outcome.rows).toBe(ROWS);
  }, 60_000);

  it('remembers where an export’s middle row was, for the next export of the same rows to cut there', async () => {
    await exportOnce(base);
    const q = itemsSource.query!({} as SourceRun, {});
    const names = t.core.sqlite
      .prepare(orderedSql(q))
      .columns()
      .map((c) => c.name);
    const cut = rememberedCut(splitKeyOf(q, names, [])!);
    expect(typeof cut).toBe('string');
    const before = t.core.sqlite.prepare('SELECT count(*) FROM items WHERE archived = 0 AND code < ?').pluck().get(cut) as number;
    // The key of every 1,000th row is kept: the middle one is within 1,000 rows of the middle.
    expect(Math.abs(before - ROWS / 2)).toBeLessThanOrEqual(1000);
  });

  it('leaves small exports to one thread', async () => {
    const before = shared;
    await exportOnce({ ...base, source: 'organisations' }, { helper });
    expect(shared).toBe(before);
  });
});
