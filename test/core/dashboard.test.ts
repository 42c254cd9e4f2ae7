import { addMonths } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardFigures } from '../../electron/api/dashboard';
import { OPEN_REQUEST_STATUSES } from '../../electron/api/vocabularies';
import { AGE_BAND_FILTERS } from '../../renderer/src/features/requests/measureLinks';
import { openTestCore, type TestCore } from '../helpers/core';

/*
 * The dashboard's figures against the same figures computed straight from the ledger, the lots,
 * the thresholds, the convoys and the requests of the demo (independent SQL and plain loops
 * here, not the dashboard's queries), on a real SQLite file with the clock pinned. Each figure
 * also equals the total of the grid it opens.
 */
const NOW = '2026-11-30T10:00:00.000Z';
const TODAY = NOW.slice(0, 10);

let t: TestCore;
let sites: { id: string; code: string }[];
beforeAll(async () => {
  t = await openTestCore({ demo: true, now: () => NOW });
  sites = t.core.sqlite.prepare('SELECT id, code FROM sites ORDER BY code').all() as { id: string; code: string }[];
}, 120_000);
afterAll(() => t?.cleanup());

const call = (siteId?: string): Promise<DashboardFigures> => t.core.call('dashboard.get', siteId ? { siteId } : {});

/** Stock lines recomputed from the ledger: (site, lot, condition) with what the entries add up to. */
function ledgerLines(siteId?: string) {
  return t.core.sqlite
    .prepare(
      `SELECT e.site_id AS siteId, e.lot_id AS lotId, e.condition, sum(e.quantity) AS quantity
       FROM stock_ledger e ${siteId ? 'WHERE e.site_id = ?' : ''} GROUP BY e.site_id, e.lot_id, e.condition HAVING sum(e.quantity) > 0`,
    )
    .all(...(siteId ? [siteId] : [])) as { siteId: string; lotId: string; condition: string; quantity: number }[];
}
const lots = () =>
  new Map(
    (
      t.core.sqlite.prepare('SELECT id, item_id AS itemId, expiry_date AS expiry FROM stock_lots').all() as {
        id: string;
        itemId: string;
        expiry: string | null;
      }[]
    ).map((l) => [l.id, l]),
  );
const items = () =>
  new Map(
    (
      t.core.sqlite.prepare('SELECT id, category, unit_weight_kg AS w, unit_volume_m3 AS v FROM items').all() as {
        id: string;
        category: string;
        w: number | null;
        v: number | null;
      }[]
    ).map((i) => [i.id, i]),
  );

describe('dashboard figures on the demo', () => {
  it('has something in every group to compare (the demo is not empty)', async () => {
    const d = await call();
    expect(d.stock.length).toBeGreaterThan(5);
    expect(d.expiry.within9).toBeGreaterThan(0);
    expect(d.lowStock.items).toBeGreaterThan(0);
    expect(d.convoys.planned + d.convoys.inTransit).toBeGreaterThan(0);
    expect(Object.values(d.requests.openByPriority).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  for (const scope of ['all sites', 'each site'] as const) {
    it(`stock by site and category: lines, weight and volume from the ledger (${scope})`, async () => {
      for (const siteId of scope === 'all sites' ? [undefined] : sites.map((s) => s.id)) {
        const d = await call(siteId);
        const L = lots();
        const I = items();
        const expected = new Map<string, { lines: number; weightKg: number; volumeM3: number; linesWithoutWeight: number }>();
        for (const line of ledgerLines(siteId)) {
          const item = I.get(L.get(line.lotId)!.itemId)!;
          const k = `${line.siteId}|${item.category}`;
          const e = expected.get(k) ?? { lines: 0, weightKg: 0, volumeM3: 0, linesWithoutWeight: 0 };
          e.lines += 1;
          e.weightKg += line.quantity * (item.w ?? 0);
          e.volumeM3 += line.quantity * (item.v ?? 0);
          if (item.w === null) e.linesWithoutWeight += 1;
          expected.set(k, e);
        }
        const got = new Map(d.stock.map((s) => [`${s.siteId}|${s.category}`, s]));
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [k, e] of expected) {
          const g = got.get(k)!;
          expect(g.lines, k).toBe(e.lines);
          expect(g.linesWithoutWeight, k).toBe(e.linesWithoutWeight);
          expect(g.weightKg, k).toBeCloseTo(e.weightKg, 2);
          expect(g.volumeM3, k).toBeCloseTo(e.volumeM3, 2);
        }
      }
    });

    it(`lots expired and expiring within 3 and 9 months, from the ledger (${scope})`, async () => {
      const in3 = addMonths(new Date(`${TODAY}T12:00:00Z`), 3)
        .toISOString()
        .slice(0, 10);
      const in9 = addMonths(new Date(`${TODAY}T12:00:00Z`), 9)
        .toISOString()
        .slice(0, 10);
      for (const siteId of scope === 'all sites' ? [undefined] : sites.map((s) => s.id)) {
        const d = await call(siteId);
        const L = lots();
        const expiries = ledgerLines(siteId)
          .map((l) => L.get(l.lotId)!.expiry)
          .filter((e): e is string => e !== null);
        expect(d.expiry).toEqual({
          expired: expiries.filter((e) => e < TODAY).length,
          within3: expiries.filter((e) => e <= in3).length,
          within9: expiries.filter((e) => e <= in9).length,
          asOf: TODAY,
          within3Until: in3,
          within9Until: in9,
        });
      }
    });

    it(`low stock: items under their threshold, from the ledger's good stock (${scope})`, async () => {
      for (const siteId of scope === 'all sites' ? [undefined] : sites.map((s) => s.id)) {
        const d = await call(siteId);
        const thresholds = t.core.sqlite
          .prepare('SELECT site_id AS siteId, item_id AS itemId, min_quantity AS min FROM stock_thresholds WHERE archived = 0')
          .all() as { siteId: string; itemId: string; min: number }[];
        const good = new Map<string, number>();
        const L = lots();
        for (const l of ledgerLines()) {
          if (l.condition !== 'good') continue;
          const k = `${l.siteId}|${L.get(l.lotId)!.itemId}`;
          good.set(k, (good.get(k) ?? 0) + l.quantity);
        }
        const below = thresholds.filter((th) => (!siteId || th.siteId === siteId) && (good.get(`${th.siteId}|${th.itemId}`) ?? 0) < th.min);
        expect(d.lowStock.items).toBe(below.length);
        expect(d.lowStock.worst.length).toBe(Math.min(5, below.length));
        for (const w of d.lowStock.worst) expect(w.goodQuantity).toBe(good.get(`${w.siteId}|${w.itemId}`) ?? 0);
      }
    });

    it(`convoys planned, in transit and overdue (${scope})`, async () => {
      const convoys = t.core.sqlite
        .prepare(
          'SELECT id, status, origin_site_id AS origin, planned_departure AS dep, planned_arrival AS arr FROM convoys WHERE archived = 0',
        )
        .all() as { id: string; status: string; origin: string; dep: string | null; arr: string | null }[];
      const stops = t.core.sqlite.prepare('SELECT convoy_id AS convoyId, site_id AS siteId FROM convoy_stops').all() as {
        convoyId: string;
        siteId: string | null;
      }[];
      for (const siteId of scope === 'all sites' ? [undefined] : sites.map((s) => s.id)) {
        const d = await call(siteId);
        const mine = convoys.filter((c) => !siteId || c.origin === siteId || stops.some((s) => s.convoyId === c.id && s.siteId === siteId));
        const planned = mine.filter((c) => ['planning', 'loading', 'cleared'].includes(c.status));
        const moving = mine.filter((c) => c.status === 'in_transit');
        const late = (at: string | null) => at !== null && Date.parse(at) < Date.parse(NOW);
        expect(d.convoys).toEqual({
          planned: planned.length,
          inTransit: moving.length,
          overdue: planned.filter((c) => late(c.dep)).length + moving.filter((c) => late(c.arr)).length,
        });
      }
    });
  }

  it('open requests by priority and age, response times of the last 90 days (the same for every site)', async () => {
    const d = await call();
    expect((await call(sites[0].id)).requests).toEqual(d.requests);
    const rows = t.core.sqlite.prepare('SELECT status, priority, submitted_at AS submitted, decided_at AS decided FROM requests').all() as {
      status: string;
      priority: 1 | 2 | 3;
      submitted: string | null;
      decided: string | null;
    }[];
    const open = rows.filter((r) =>
      ['draft', 'submitted', 'under_review', 'approved', 'partially_approved', 'in_progress'].includes(r.status),
    );
    expect(d.requests.openByPriority).toEqual({
      1: open.filter((r) => r.priority === 1).length,
      2: open.filter((r) => r.priority === 2).length,
      3: open.filter((r) => r.priority === 3).length,
    });
    const days = (r: { submitted: string | null }) =>
      (Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${r.submitted!.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
    expect(d.requests.openByAge).toEqual({
      notSubmitted: open.filter((r) => !r.submitted).length,
      under7: open.filter((r) => r.submitted && days(r) < 7).length,
      from7to30: open.filter((r) => r.submitted && days(r) >= 7 && days(r) <= 30).length,
      over30: open.filter((r) => r.submitted && days(r) > 30).length,
    });
    expect(d.requests.periodFrom).toBe('2026-09-01');
    const decided = rows.filter((r) => r.submitted && r.submitted >= '2026-09-01' && r.decided);
    expect(d.requests.toDecision.count).toBe(decided.length);
  });

  it('the open requests figures equal the totals of the register filters their bars open', async () => {
    const d = await call();
    // What the dashboard's links ask the register for (dashboard/links.ts): "Open, drafts included"
    // (RequestRegister.tsx maps it to these statuses), a priority, an age band (measureLinks.ts).
    const status = [...OPEN_REQUEST_STATUSES];
    const listed = async (filter: Record<string, unknown>) => (await t.core.call('requests.list', { limit: 1, ...filter })).total;
    const heading = d.requests.openByPriority[1] + d.requests.openByPriority[2] + d.requests.openByPriority[3];
    expect(heading).toBeGreaterThan(0);
    expect(d.requests.openByAge.notSubmitted).toBeGreaterThan(0);
    expect(await listed({ status })).toBe(heading);
    for (const p of [1, 2, 3] as const) expect(await listed({ status, priority: [p] })).toBe(d.requests.openByPriority[p]);
    expect(await listed({ status: ['draft'] })).toBe(d.requests.openByAge.notSubmitted);
    expect(await listed({ status, ...AGE_BAND_FILTERS.under7 })).toBe(d.requests.openByAge.under7);
    expect(await listed({ status, ...AGE_BAND_FILTERS['7to30'] })).toBe(d.requests.openByAge.from7to30);
    expect(await listed({ status, ...AGE_BAND_FILTERS.over30 })).toBe(d.requests.openByAge.over30);
  });

  it('each figure equals the total of the on-hand grid it opens', async () => {
    for (const siteId of [undefined, ...sites.map((s) => s.id)]) {
      const d = await call(siteId);
      const total = async (filter: Record<string, unknown>) => (await t.core.call('stock.onHand', { siteId, limit: 1, ...filter })).total;
      expect(await total({ expiry: 'within3' })).toBe(d.expiry.within3);
      expect(await total({ expiry: 'within9' })).toBe(d.expiry.within9);
      expect(await total({ expiry: 'expired' })).toBe(d.expiry.expired);
      const byCategory = new Map<string, number>();
      for (const s of d.stock) byCategory.set(s.category, (byCategory.get(s.category) ?? 0) + s.lines);
      for (const [category, lines] of byCategory) expect(await total({ category })).toBe(lines);
      const alerts = await t.core.call('stock.alerts.lowStock', { siteId, limit: 10_000 });
      expect(alerts.length).toBe(d.lowStock.items);
    }
  });

  it('an empty database answers zeros and empty lists', async () => {
    const empty = await openTestCore({ now: () => NOW });
    try {
      const d = await empty.core.call('dashboard.get', {});
      expect(d.stock).toEqual([]);
      expect(d.expiry).toMatchObject({ expired: 0, within3: 0, within9: 0 });
      expect(d.lowStock).toEqual({ items: 0, worst: [] });
      expect(d.convoys).toEqual({ planned: 0, inTransit: 0, overdue: 0 });
      expect(d.requests.openByPriority).toEqual({ 1: 0, 2: 0, 3: 0 });
    } finally {
      empty.cleanup();
    }
  });

  it('an unknown site is refused naming the field', async () => {
    const r = await t.core.invoke('dashboard.get', { siteId: 'not an id' });
    expect(r.ok).toBe(false);
  });
});
