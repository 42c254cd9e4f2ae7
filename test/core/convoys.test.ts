/* eslint-disable max-lines -- the convoy workflow, load rules, dispatch and arrival scenarios share one seeded database */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONVOY_ACTIONS, CONVOY_STATUSES, type ConvoyAction, type ConvoyStatus } from '../../electron/api/vocabularies';
import { verdict } from '../../electron/services/workflow/engine';
import { CONVOY_WORKFLOW, type ConvoyFacts } from '../../electron/services/workflow/convoys';
import { adrLabel, mixedLoadingProblem, vehicleLoads } from '../../electron/services/convoys/loads';
import { stockWorld, inDays, type StockWorld } from './stock-fixture';
import { writeSnapshot } from '../helpers/core';

/**
 * Convoys on real SQLite: the load rules (capacity, ADR 7.5.2.1, cold chain), every state × action
 * of the workflow, dispatch and arrival through the stock ledger (balances and the integrity
 * check), waybill numbering with a failed dispatch in between, and void.
 */

let w: StockWorld;
let ids: { vax: string; fuel: string; tnt: string; truck: string; reefer: string; small: string };

async function stocked() {
  const grn = await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 500 },
    { itemId: ids.vax, lotNumber: 'V-1', expiryDate: inDays(100), ownerOrgId: w.org.wfp, quantity: 1000 },
    { itemId: w.item.rice, lotNumber: 'R-2', expiryDate: inDays(300), ownerOrgId: w.org.wfp, quantity: 100 },
  ]);
  return { rice: grn.lines[0].lotId!, vax: grn.lines[1].lotId!, riceLate: grn.lines[2].lotId! };
}

async function plannedConvoy() {
  return w.call('convoys.create', {
    originSiteId: w.site.fob,
    plannedDeparture: '2099-01-01T06:00Z',
    stops: [{ siteId: w.site.wh }, { placeName: 'Kessa village school' }],
    vehicleIds: [ids.truck, ids.reefer],
  });
}

const balance = (site: string, lot: string, condition: string) =>
  (
    w.t.core.sqlite
      .prepare('SELECT quantity FROM stock_balances WHERE site_id = ? AND lot_id = ? AND condition = ?')
      .get(site, lot, condition) as { quantity: number } | undefined
  )?.quantity ?? 0;

async function act(
  id: string,
  action: 'startLoading' | 'clear' | 'depart' | 'arrive' | 'close' | 'cancel' | 'backToPlanning',
  comment?: string,
) {
  const c = await w.call('convoys.get', { id });
  return w.call('convoys.act', { id, version: c.version, action, comment });
}

describe('load rules', () => {
  it('flags a vehicle over its payload or volume, mixed explosives, and cold chain without refrigeration', () => {
    const v = { vehicleId: 'v', plate: 'UN-1', refrigerated: false, payloadKg: 1000, cargoVolumeM3: 2 };
    const ok = vehicleLoads([v], [{ vehicleId: 'v', weightKg: 1000, volumeM3: 2, dgClass: null, coldChain: false, itemCode: 'A' }]);
    expect(ok[0].problems).toEqual([]);
    const over = vehicleLoads([v], [{ vehicleId: 'v', weightKg: 1000.5, volumeM3: 2.5, dgClass: null, coldChain: false, itemCode: 'A' }]);
    expect(over[0].problems.join(' ')).toMatch(/over its payload.*over its cargo volume/);
    const cold = vehicleLoads([v], [{ vehicleId: 'v', weightKg: 1, volumeM3: 0, dgClass: null, coldChain: true, itemCode: 'VAX' }]);
    expect(cold[0].problems[0]).toContain('not refrigerated but carries cold-chain goods (VAX)');
    expect(
      vehicleLoads(
        [{ ...v, refrigerated: true }],
        [{ vehicleId: 'v', weightKg: 1, volumeM3: 0, dgClass: null, coldChain: true, itemCode: 'VAX' }],
      )[0].problems,
    ).toEqual([]);
  });

  it('ADR 7.5.2.1: classes 2 to 9 travel together; explosives 1.1–1.3 travel with no other class; 1.4 with 2–9', () => {
    expect(adrLabel('1.1D')).toBe('1');
    expect(adrLabel('1.4S')).toBe('1.4');
    expect(adrLabel('2.1')).toBe('2.1');
    for (const [a, b] of [
      ['3', '8'],
      ['2.1', '5.1'],
      ['3', '5.1'],
      ['1.4', '3'],
    ])
      expect(mixedLoadingProblem(a, b), `${a}+${b}`).toBe(false);
    for (const [a, b] of [
      ['1', '3'],
      ['1', '8'],
      ['1.5', '2.1'],
      ['1', '1.4'],
    ])
      expect(mixedLoadingProblem(a, b), `${a}+${b}`).toBe(true);
  });
});

describe('the convoy workflow: every state × action', () => {
  const base: ConvoyFacts = {
    number: 'FOB-N-CVY-2026-00001',
    status: 'planning',
    escortNeeded: false,
    movementNumber: '',
    notificationStatus: 'not_required',
    stopCount: 1,
    vehicleCount: 1,
    lineCount: 1,
    loadProblem: '',
    stopsPending: 0,
  };
  const allowed: Record<ConvoyStatus, ConvoyAction[]> = {
    planning: ['edit', 'editManifest', 'startLoading', 'cancel'],
    loading: ['edit', 'editManifest', 'backToPlanning', 'clear', 'cancel'],
    cleared: ['edit', 'backToPlanning', 'depart', 'cancel'],
    in_transit: ['arrive'],
    arrived: ['close'],
    closed: [],
    cancelled: [],
  };
  for (const status of CONVOY_STATUSES)
    for (const action of CONVOY_ACTIONS)
      it(`${status} × ${action}`, () => {
        const v = verdict(CONVOY_WORKFLOW, { ...base, status }, action);
        expect(v.allowed).toBe(allowed[status].includes(action));
        if (!v.allowed) expect(v.message.length).toBeGreaterThan(10);
      });

  it('guards: an overload, escort without clearance, an unacknowledged notification, stops still to receive', () => {
    const cleared = { ...base, status: 'cleared' as const };
    expect(verdict(CONVOY_WORKFLOW, { ...cleared, loadProblem: 'UN-1 is over its payload' }, 'depart')).toMatchObject({
      allowed: false,
      message: 'UN-1 is over its payload',
    });
    expect(verdict(CONVOY_WORKFLOW, { ...cleared, escortNeeded: true }, 'depart')).toMatchObject({
      allowed: false,
      message: expect.stringContaining('clearance number'),
    });
    expect(verdict(CONVOY_WORKFLOW, { ...cleared, escortNeeded: true, movementNumber: 'MC-1' }, 'depart').allowed).toBe(true);
    expect(verdict(CONVOY_WORKFLOW, { ...cleared, notificationStatus: 'submitted' }, 'depart')).toMatchObject({
      allowed: false,
      message: expect.stringContaining('acknowledged'),
    });
    expect(verdict(CONVOY_WORKFLOW, { ...cleared, notificationStatus: 'acknowledged' }, 'depart').allowed).toBe(true);
    expect(verdict(CONVOY_WORKFLOW, { ...base, status: 'in_transit', stopsPending: 1 }, 'arrive')).toMatchObject({ allowed: false });
    expect(verdict(CONVOY_WORKFLOW, { ...base, stopCount: 0 }, 'startLoading')).toMatchObject({
      allowed: false,
      message: expect.stringContaining('stop'),
    });
  });
});

describe('convoys on real SQLite', () => {
  beforeEach(async () => {
    w = await stockWorld();
    const items = await w.call('items.save', {
      rows: [
        {
          code: 'VAX-M',
          name: 'Measles vaccine',
          category: 'health',
          baseUnit: 'dose',
          unitWeightKg: 0.1,
          unitVolumeM3: 0.0002,
          coldMinC: 2,
          coldMaxC: 8,
          needsLotExpiry: true,
        },
        {
          code: 'FUEL-D',
          name: 'Diesel jerrycan 20 l',
          category: 'fuel',
          baseUnit: 'each',
          unitWeightKg: 18,
          unitVolumeM3: 0.025,
          unNumber: 'UN1202',
          dgClass: '3',
        },
        {
          code: 'CHG-D',
          name: 'Demolition charge',
          category: 'spare_parts',
          baseUnit: 'each',
          unitWeightKg: 5,
          unitVolumeM3: 0.01,
          unNumber: 'UN0048',
          dgClass: '1.1D',
        },
      ],
    });
    await w.call('items.save', {
      rows: [
        { ...(await w.call('items.list', {})).find((i) => i.code === 'RICE-25')!, packSizes: '', unitWeightKg: 25, unitVolumeM3: 0.04 },
      ],
    });
    const vehicles = await w.call('vehicles.save', {
      rows: [
        { plate: 'UN-4471', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40, driverName: 'A. Driver' },
        { plate: 'UN-5520', kind: 'refrigerated_truck', payloadKg: 4000, cargoVolumeM3: 20, refrigerated: true },
        { plate: 'NGO-12', kind: 'pickup', payloadKg: 1000, cargoVolumeM3: 3 },
      ],
    });
    ids = { vax: items[0].id, fuel: items[1].id, tnt: items[2].id, truck: vehicles[0].id, reefer: vehicles[1].id, small: vehicles[2].id };
  });
  afterEach(() => w.t.cleanup());

  it('numbers convoys per origin and year, keeps a timeline, and refuses a cancel without a reason', async () => {
    const a = await plannedConvoy();
    const b = await plannedConvoy();
    expect(a.number).toMatch(/^FOB-N-CVY-\d{4}-00001$/);
    expect(b.number).toMatch(/-00002$/);
    expect(a.stops.map((s) => s.label)).toEqual(['WH-A Warehouse Alpha', 'Kessa village school']);
    const r = await w.t.core.invoke('convoys.act', { id: a.id, version: a.version, action: 'cancel' });
    expect(r.ok).toBe(false);
    const done = await act(a.id, 'cancel', 'Road closed by flooding');
    expect(done.status).toBe('cancelled');
    expect(done.timeline.map((e) => [e.action, e.toStatus, e.operator, e.comment])).toEqual([
      ['create', 'planning', 'Capt. Test', ''],
      ['cancel', 'cancelled', 'Capt. Test', 'Road closed by flooding'],
    ]);
  });

  it('manifest: weight and volume from the item, load bars, over capacity flagged at once and refused at dispatch, cold chain', async () => {
    const lots = await stocked();
    const c = await plannedConvoy();
    const [wh, village] = c.stops;
    const m = await w
      .call('convoys.manifest.save', {
        convoyId: c.id,
        rows: [{ vehicleId: ids.small, lotId: lots.rice, consigneeOrgId: w.org.ngo, stopId: wh.id, quantity: 10 }],
      })
      .catch((e: Error) => e);
    expect(String(m)).toContain('not on this convoy');
    const saved = await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [
        {
          vehicleId: ids.truck,
          lotId: lots.rice,
          consigneeOrgId: w.org.wfp,
          stopId: wh.id,
          quantity: 300,
          handlingUnits: 300,
          handlingUnitType: 'bags',
        },
        { vehicleId: ids.truck, lotId: lots.vax, consigneeOrgId: w.org.ngo, stopId: village.id, quantity: 100 },
      ],
    });
    expect(saved.lines.map((l) => [l.weightKg, l.volumeM3, l.coldChain])).toEqual([
      [7500, 12, false],
      [10, 0.02, true],
    ]);
    const truck = saved.loads.find((l) => l.plate === 'UN-4471')!;
    expect(truck).toMatchObject({ weightKg: 7510, payloadKg: 10000 });
    expect(truck.problems).toEqual([expect.stringContaining('not refrigerated but carries cold-chain goods (VAX-M)')]);
    // Move the vaccines to the reefer; then overload the truck.
    const moved = await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [{ id: saved.lines[1].id, version: saved.lines[1].version, vehicleId: ids.reefer }],
    });
    expect(moved.loads.every((l) => l.problems.length === 0)).toBe(true);
    const heavy = await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [{ id: saved.lines[0].id, version: saved.lines[0].version, quantity: 450 }],
    });
    expect(heavy.loads.find((l) => l.plate === 'UN-4471')!.problems[0]).toContain('over its payload: 11,250 kg loaded, 10,000 kg allowed');
    const loading = await act(c.id, 'startLoading');
    expect(loading.workflow.refused.find((r) => r.action === 'clear')?.message).toContain('over its payload');
    expect((await w.t.core.invoke('convoys.act', { id: c.id, version: loading.version, action: 'clear' })).ok).toBe(false);
  });

  it('refuses more than the origin holds, and a later-expiring lot without a FEFO reason', async () => {
    const lots = await stocked();
    const c = await plannedConvoy();
    const tooMuch = await w.t.core.invoke('convoys.manifest.save', {
      convoyId: c.id,
      rows: [{ vehicleId: ids.truck, lotId: lots.rice, consigneeOrgId: w.org.wfp, stopId: c.stops[0].id, quantity: 501 }],
    });
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok)
      expect(tooMuch.error.issues?.[0]).toMatchObject({ path: ['rows', 0, 'quantity'], message: expect.stringContaining('Only 500') });
    const late = await w.t.core.invoke('convoys.manifest.save', {
      convoyId: c.id,
      rows: [{ vehicleId: ids.truck, lotId: lots.riceLate, consigneeOrgId: w.org.wfp, stopId: c.stops[0].id, quantity: 10 }],
    });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.issues?.[0]).toMatchObject({ path: ['rows', 0, 'fefoOverrideReason'] });
    const reasoned = await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [
        {
          vehicleId: ids.truck,
          lotId: lots.riceLate,
          consigneeOrgId: w.org.wfp,
          stopId: c.stops[0].id,
          quantity: 10,
          fefoOverrideReason: 'R-1 is stacked behind',
        },
      ],
    });
    expect(reasoned.lines[0].fefoOverrideReason).toBe('R-1 is stacked behind');
  });

  it('dispatch moves stock into transit through transfers and issues; arrival receives with a shortage and damage; integrity holds', async () => {
    const lots = await stocked();
    const c = await plannedConvoy();
    const [wh, village] = c.stops;
    await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [
        { vehicleId: ids.truck, lotId: lots.rice, consigneeOrgId: w.org.wfp, stopId: wh.id, quantity: 200 },
        { vehicleId: ids.reefer, lotId: lots.vax, consigneeOrgId: w.org.ngo, stopId: village.id, quantity: 100 },
        { vehicleId: ids.truck, lotId: lots.rice, consigneeOrgId: w.org.ngo, stopId: village.id, quantity: 50 },
      ],
    });
    await act(c.id, 'startLoading');
    await act(c.id, 'clear');
    const gone = await act(c.id, 'depart');
    expect(gone.status).toBe('in_transit');
    expect(gone.waybills.map((x) => x.number)).toEqual([
      expect.stringMatching(/^FOB-N-WB-\d{4}-00001$/),
      expect.stringMatching(/^FOB-N-WB-\d{4}-00002$/),
    ]);
    expect(gone.documents.map((d) => d.kind).sort()).toEqual(['issue', 'transfer_out']);
    expect(balance(w.site.fob, lots.rice, 'good')).toBe(250);
    expect(balance(w.site.wh, lots.rice, 'in_transit')).toBe(200);
    expect(balance(w.site.fob, lots.vax, 'good')).toBe(900);

    const lines = (await w.call('convoys.manifest.get', { convoyId: c.id })).lines;
    const afterWh = await w.call('convoys.receiveStop', {
      convoyId: c.id,
      stopId: wh.id,
      lines: [{ lineId: lines.find((l) => l.stopId === wh.id)!.id, good: 190, damaged: 4 }],
    });
    expect(afterWh.workflow.refused.find((r) => r.action === 'arrive')?.message).toContain('1 still to do');
    expect(balance(w.site.wh, lots.rice, 'good')).toBe(190);
    expect(balance(w.site.wh, lots.rice, 'damaged')).toBe(4);
    expect(balance(w.site.wh, lots.rice, 'in_transit')).toBe(0);
    await w.call('convoys.receiveStop', {
      convoyId: c.id,
      stopId: village.id,
      lines: lines.filter((l) => l.stopId === village.id).map((l) => ({ lineId: l.id, good: l.quantity, damaged: 0 })),
    });
    const arrived = await act(c.id, 'arrive');
    expect(arrived.status).toBe('arrived');
    expect((await act(c.id, 'close')).status).toBe('closed');
    const card = await w.call('stock.card', { siteId: w.site.wh, lotId: lots.rice });
    // On hand counts every condition but in transit: 190 good and 4 damaged.
    expect(card.closing).toBe(194);
    const check = await w.call('system.integrity', { depth: 'ledger' });
    expect(check.differences).toEqual([]);
  });

  it('waybill numbers: a failed dispatch leaves no gap; a voided waybill stays in the register', async () => {
    const lots = await stocked();
    const first = await plannedConvoy();
    await w.call('convoys.manifest.save', {
      convoyId: first.id,
      rows: [{ vehicleId: ids.truck, lotId: lots.rice, consigneeOrgId: w.org.wfp, stopId: first.stops[0].id, quantity: 100 }],
    });
    await act(first.id, 'startLoading');
    await act(first.id, 'clear');
    // Another convoy takes the same stock meanwhile, so this dispatch fails inside its transaction.
    const other = await plannedConvoy();
    await w
      .call('convoys.manifest.save', {
        convoyId: other.id,
        rows: [{ vehicleId: ids.small, lotId: lots.rice, consigneeOrgId: w.org.wfp, stopId: other.stops[0].id, quantity: 450 }],
      })
      .catch(() => undefined);
    await w.call('convoys.vehicles.add', { convoyId: other.id, vehicleId: ids.small });
    await w.call('convoys.manifest.save', {
      convoyId: other.id,
      rows: [{ vehicleId: ids.small, lotId: lots.rice, consigneeOrgId: w.org.wfp, stopId: other.stops[0].id, quantity: 40 }],
    });
    await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      lines: [{ lotId: lots.rice, quantity: 450 }],
    });
    const before = writeSnapshot(w.t.core);
    const c1 = await w.call('convoys.get', { id: first.id });
    const failed = await w.t.core.invoke('convoys.act', { id: first.id, version: c1.version, action: 'depart' });
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.message).toMatch(/Dispatch refused.*WH-A/);
    expect(writeSnapshot(w.t.core)).toEqual(before);
    await act(other.id, 'startLoading');
    await act(other.id, 'clear');
    const sent = await act(other.id, 'depart');
    expect(sent.waybills[0].number).toMatch(/-WB-\d{4}-00001$/);
    const voided = await w.call('waybills.void', {
      id: sent.waybills[0].id,
      version: sent.waybills[0].version,
      reason: 'Printed copy torn',
    });
    expect(voided).toMatchObject({ status: 'void', voidReason: 'Printed copy torn', number: sent.waybills[0].number });
    expect((await w.call('convoys.get', { id: other.id })).waybills).toHaveLength(1);
    expect((await w.t.core.invoke('waybills.void', { id: voided.id, version: voided.version, reason: 'again' })).ok).toBe(false);
  });

  it('refuses a mix of explosives and fuel on one vehicle at clearance', async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: ids.fuel, ownerOrgId: w.org.wfp, quantity: 10 },
      { itemId: ids.tnt, ownerOrgId: w.org.wfp, quantity: 10 },
    ]);
    const c = await plannedConvoy();
    const m = await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: grn.lines.map((l) => ({
        vehicleId: ids.truck,
        lotId: l.lotId!,
        consigneeOrgId: w.org.wfp,
        stopId: c.stops[0].id,
        quantity: 10,
      })),
    });
    expect(m.loads.find((l) => l.plate === 'UN-4471')!.problems).toEqual([expect.stringContaining('class 1 and 3')]);
    expect(m.lines.every((l) => l.dangerousGoods)).toBe(true);
  });
});
