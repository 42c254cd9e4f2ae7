import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalCore } from '../../electron/services/core/create';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * Random sequences of stock documents, valid and not, against a real database file: after every
 * step the balances equal the ledger sums and none is negative, and a refused operation leaves the
 * ledger, balances, numbering counters and audit trail exactly as they were. The dashboard's
 * stock by site and category (stock_site_category_totals, kept by triggers) equals the same figures
 * computed from the ledger sums and the items after every step.
 */

const EXPIRIES = [-30, 20, 120, 400];
const LOTS = ['A', 'B', 'C'];

const step = fc.oneof(
  fc.record({
    op: fc.constant('receipt' as const),
    site: fc.nat(1),
    item: fc.nat(1),
    lot: fc.nat(3),
    exp: fc.nat(3),
    owner: fc.nat(2),
    qty: fc.integer({ min: -1, max: 60 }),
  }),
  fc.record({
    op: fc.constant('issue' as const),
    site: fc.nat(1),
    pick: fc.nat(50),
    owner: fc.nat(2),
    qty: fc.integer({ min: 1, max: 70 }),
    override: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('transfer' as const),
    site: fc.nat(1),
    pick: fc.nat(50),
    qty: fc.integer({ min: 1, max: 70 }),
    override: fc.boolean(),
  }),
  fc.record({ op: fc.constant('receive' as const), pick: fc.nat(50), good: fc.nat(70), damaged: fc.nat(5) }),
  fc.record({
    op: fc.constant('adjust' as const),
    site: fc.nat(1),
    pick: fc.nat(50),
    up: fc.boolean(),
    qty: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ op: fc.constant('loss' as const), site: fc.nat(1), pick: fc.nat(50), qty: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('condition' as const), site: fc.nat(1), pick: fc.nat(50), qty: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat(50) }),
  fc.record({ op: fc.constant('count' as const), site: fc.nat(1), delta: fc.integer({ min: -5, max: 5 }) }),
  // An item's category, unit weight or volume edited: the dashboard's totals move with it.
  fc.record({
    op: fc.constant('reweigh' as const),
    item: fc.nat(1),
    category: fc.constantFrom('food', 'shelter', 'wash'),
    weight: fc.option(fc.constantFrom(0.25, 1.5, 25), { nil: null }),
    volume: fc.option(fc.constantFrom(0.001, 0.04), { nil: null }),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function snapshot(core: LocalCore) {
  const q = (sql: string) => core.sqlite.prepare(sql).all();
  return JSON.stringify({
    ledger: q('SELECT count(*) AS n, coalesce(sum(quantity), 0) AS s, max(id) AS last FROM stock_ledger'),
    balances: q('SELECT * FROM stock_balances ORDER BY site_id, lot_id, condition'),
    counters: q('SELECT * FROM document_counters ORDER BY site_id, doc_type, year'),
    audit: q('SELECT count(*) AS n, max(id) AS last FROM audit_log'),
    documents: q('SELECT id, status, version, number, reversed_by_document_id, received_by_document_id FROM stock_documents ORDER BY id'),
    lots: q('SELECT count(*) AS n FROM stock_lots'),
  });
}

function checkInvariants(core: LocalCore) {
  const integrity = core.sqlite
    .prepare(
      `SELECT count(*) AS n FROM (SELECT site_id, lot_id, condition, sum(quantity) AS s FROM stock_ledger GROUP BY 1, 2, 3) l
       FULL JOIN stock_balances b USING (site_id, lot_id, condition) WHERE coalesce(l.s, 0) <> coalesce(b.quantity, 0)`,
    )
    .get() as { n: number };
  expect(integrity.n).toBe(0);
  const negative = core.sqlite.prepare('SELECT count(*) AS n FROM stock_balances WHERE quantity < 0').get() as { n: number };
  expect(negative.n).toBe(0);
  const fromLedger = core.sqlite
    .prepare(
      `SELECT l.site_id AS siteId, i.category, count(*) AS lines, sum(l.s * coalesce(i.unit_weight_kg, 0)) AS weightKg,
         sum(l.s * coalesce(i.unit_volume_m3, 0)) AS volumeM3, sum(i.unit_weight_kg IS NULL) AS linesWithoutWeight
       FROM (SELECT site_id, lot_id, condition, sum(quantity) AS s FROM stock_ledger GROUP BY 1, 2, 3 HAVING sum(quantity) > 0) l
         JOIN stock_lots lot ON lot.id = l.lot_id JOIN items i ON i.id = lot.item_id
       GROUP BY l.site_id, i.category ORDER BY 1, 2`,
    )
    .all() as { weightKg: number; volumeM3: number }[];
  const kept = core.sqlite
    .prepare(
      `SELECT site_id AS siteId, category, lines, weight_kg AS weightKg, volume_m3 AS volumeM3, lines_without_weight AS linesWithoutWeight
       FROM stock_site_category_totals WHERE lines > 0 ORDER BY 1, 2`,
    )
    .all() as { weightKg: number; volumeM3: number }[];
  const rounded = (rows: { weightKg: number; volumeM3: number }[]) =>
    rows.map((r) => ({ ...r, weightKg: r.weightKg.toFixed(3), volumeM3: r.volumeM3.toFixed(4) }));
  expect(rounded(kept)).toEqual(rounded(fromLedger));
  const emptied = core.sqlite
    .prepare(
      'SELECT count(*) AS n FROM stock_site_category_totals WHERE lines = 0 AND (abs(weight_kg) > 1e-6 OR lines_without_weight <> 0)',
    )
    .get() as { n: number };
  expect(emptied.n).toBe(0);
}

async function apply(w: StockWorld, s: Step): Promise<{ ok: boolean; message?: string }> {
  const core = w.t.core;
  const sites = [w.site.fob, w.site.wh];
  const owners = [w.org.wfp, w.org.unicef, w.org.ngo];
  const balances = (site: string, condition = 'good') =>
    core.sqlite
      .prepare('SELECT lot_id AS lotId, quantity FROM stock_balances WHERE site_id = ? AND condition = ? ORDER BY lot_id')
      .all(site, condition) as { lotId: string; quantity: number }[];
  const pickLot = (site: string, n: number, condition = 'good') => {
    const rows = balances(site, condition);
    return rows.length ? rows[n % rows.length].lotId : undefined;
  };
  const invoke = async (name: Parameters<LocalCore['invoke']>[0], input: unknown) => {
    const r = await core.invoke(name, input);
    return r.ok ? { ok: true } : { ok: false, message: r.error.message };
  };
  switch (s.op) {
    case 'receipt': {
      const item = [w.item.rice, w.item.tent][s.item];
      // Lot 3 means "no lot": refused for the lot-tracked rice.
      const lot = s.lot === 3 ? {} : { lotNumber: LOTS[s.lot], expiryDate: inDays(EXPIRIES[s.exp]) };
      return invoke('stock.documents.create', {
        siteId: sites[s.site],
        kind: 'receipt',
        counterpartyOrgId: w.org.wfp,
        post: true,
        lines: [{ itemId: item, ownerOrgId: owners[s.owner], quantity: s.qty, ...lot }],
      });
    }
    case 'issue':
    case 'transfer': {
      const lotId = pickLot(sites[s.site], s.pick) ?? '00000000-0000-7000-8000-000000000000';
      return invoke('stock.documents.create', {
        siteId: sites[s.site],
        kind: s.op === 'issue' ? 'issue' : 'transfer_out',
        counterpartyOrgId: w.org.ngo,
        ownerOrgId: s.op === 'issue' ? owners[s.owner] : undefined,
        otherSiteId: s.op === 'transfer' ? sites[1 - s.site] : undefined,
        post: true,
        lines: [{ lotId, quantity: s.qty, fefoOverrideReason: s.override ? 'Property test override' : undefined }],
      });
    }
    case 'receive': {
      const pending = await core.call('stock.documents.list', { kind: 'transfer_out', status: 'posted' });
      if (pending.rows.length === 0)
        return invoke('stock.transfer.receive', { transferId: '00000000-0000-7000-8000-000000000000', version: 1 });
      const t = pending.rows[s.pick % pending.rows.length];
      const detail = await core.call('stock.documents.get', { id: t.id });
      return invoke('stock.transfer.receive', {
        transferId: t.id,
        version: detail.document.version,
        lines: detail.lines.map((l) => ({ lineId: l.id, good: s.good, damaged: s.damaged })),
      });
    }
    case 'adjust':
    case 'loss':
    case 'condition': {
      const lotId = pickLot(sites[s.site], s.pick) ?? '00000000-0000-7000-8000-000000000000';
      const line =
        s.op === 'adjust'
          ? { lotId, quantity: s.qty, direction: s.up ? 'increase' : 'decrease' }
          : s.op === 'condition'
            ? { lotId, quantity: s.qty, toCondition: 'quarantined' }
            : { lotId, quantity: s.qty };
      return invoke('stock.documents.create', {
        siteId: sites[s.site],
        kind: s.op === 'adjust' ? 'adjustment' : s.op === 'loss' ? 'loss' : 'condition_change',
        reasonCode: s.op === 'adjust' ? 'counting_error' : s.op === 'loss' ? 'theft' : 'quality_hold',
        post: true,
        lines: [line],
      });
    }
    case 'reverse': {
      const docs = await core.call('stock.documents.list', { status: 'posted', limit: 500 });
      if (docs.rows.length === 0)
        return invoke('stock.documents.reverse', { id: '00000000-0000-7000-8000-000000000000', version: 1, reason: 'none' });
      const doc = docs.rows[s.pick % docs.rows.length];
      return invoke('stock.documents.reverse', { id: doc.id, version: doc.version, reason: 'Property test reversal' });
    }
    case 'reweigh': {
      const item = core.sqlite
        .prepare('SELECT id, version, code, name, base_unit AS baseUnit FROM items WHERE id = ?')
        .get([w.item.rice, w.item.tent][s.item]) as { id: string; version: number; code: string; name: string; baseUnit: string };
      return invoke('items.save', { rows: [{ ...item, category: s.category, unitWeightKg: s.weight, unitVolumeM3: s.volume }] });
    }
    case 'count': {
      const sheet = await core.call('stock.count.create', { siteId: sites[s.site] });
      if (sheet.rows.length > 0) {
        await core.call('stock.count.setLines', {
          documentId: sheet.document.id,
          lines: sheet.rows.map((r, i) => ({
            lineId: r.id,
            version: r.version,
            counted: Math.max(0, (r.expected ?? 0) + (i === 0 ? s.delta : 0)),
          })),
        });
      }
      return invoke('stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    }
  }
}

describe('stock ledger properties', () => {
  it('keeps balances and the dashboard totals equal to ledger sums, never negative, and refusals leave no trace', async () => {
    let refusals = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        const w = await stockWorld();
        try {
          for (const s of steps) {
            const before = snapshot(w.t.core);
            const r = await apply(w, s);
            if (r.ok) accepted++;
            else {
              refusals++;
              expect(snapshot(w.t.core), `${s.op} refused (${r.message}) but changed the database`).toBe(before);
            }
            checkInvariants(w.t.core);
          }
          const report = await w.call('system.integrity', {});
          expect(report.differences).toEqual([]);
        } finally {
          w.t.cleanup();
        }
      }),
      { numRuns: 25 },
    );
    // The generator must exercise both sides, or the property proves little.
    expect(accepted).toBeGreaterThan(50);
    expect(refusals).toBeGreaterThan(50);
  });
});
