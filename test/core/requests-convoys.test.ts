import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../electron/api/requests';
import { requestIn, requestWorld, type RequestWorld } from './requests-fixture';

/**
 * Fulfilment by convoy on real SQLite: the battalion commits two trucks to an NGO's request and
 * links them to a convoy (one vehicle, then the whole convoy); the links are checked (state,
 * side, quantity, the convoy not arrived, the vehicle on it) and a refusal writes nothing; when
 * the convoy arrives the linked lines count as delivered and the request is fulfilled.
 */

let w: RequestWorld;
let convoyId: string;
let truck: string;
let spare: string;
let manifestLine: string;
let stopId: string;

beforeEach(async () => {
  w = await requestWorld('2026-06-15T09:00:00.000Z');
  const [site] = await w.call('sites.save', { rows: [{ code: 'FOB-N', name: 'Forward Operating Base North', kind: 'forward_base' }] });
  const vehicles = await w.call('vehicles.save', {
    rows: [
      { plate: 'UN-4471', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40 },
      { plate: 'UN-9000', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40 },
    ],
  });
  truck = vehicles[0].id;
  spare = vehicles[1].id;
  const convoy = await w.call('convoys.create', {
    originSiteId: site.id,
    plannedDeparture: '2026-06-16T06:00Z',
    stops: [{ placeName: 'Tarvik distribution point' }],
    vehicleIds: [truck],
  });
  convoyId = convoy.id;
  stopId = convoy.stops[0].id;
  const grn = await w.call('stock.documents.create', {
    siteId: site.id,
    kind: 'receipt',
    counterpartyOrgId: w.ngo,
    lines: [{ itemId: w.tent, lotNumber: 'T-1', ownerOrgId: w.ngo, quantity: 50 }],
    post: true,
  });
  const m = await w.call('convoys.manifest.save', {
    convoyId,
    rows: [{ vehicleId: truck, lotId: grn.lines[0].lotId!, consigneeOrgId: w.ngo, stopId, quantity: 10 }],
  });
  manifestLine = m.lines[0].id;
});
afterEach(() => w?.cleanup());

const link = (
  r: RequestDetail,
  input: { quantity: number; vehicleId?: string; manifestLineId?: string; convoyId?: string; actingOrgId?: string },
) =>
  w.core.invoke('requests.linkConvoy', {
    id: r.request.id,
    version: r.request.version,
    lineId: r.lines[0].id,
    convoyId: input.convoyId ?? convoyId,
    vehicleId: input.vehicleId,
    manifestLineId: input.manifestLineId,
    quantity: input.quantity,
    actingOrgId: input.actingOrgId,
  });

async function move(action: 'startLoading' | 'clear' | 'depart' | 'arrive' | 'cancel', comment?: string) {
  if (action === 'arrive')
    await w.call('convoys.receiveStop', { convoyId, stopId, lines: [{ lineId: manifestLine, good: 10, damaged: 0 }] });
  const c = await w.call('convoys.get', { id: convoyId });
  return w.call('convoys.act', { id: convoyId, version: c.version, action, comment });
}

describe('requests fulfilled by convoy', () => {
  it('a committed line linked to a vehicle and to a manifest line is delivered when the convoy arrives', async () => {
    const r = await requestIn(w, 'in_progress');
    expect(r.lines[0].committedQuantity).toBe(2);
    const one = await link(r, { quantity: 1, vehicleId: truck });
    expect(one.ok).toBe(true);
    const linked = one.ok ? (one.value as RequestDetail) : r;
    expect(linked.convoyLinks).toMatchObject([{ lineNo: 1, quantity: 1, plate: 'UN-4471', delivered: false, convoyStatus: 'planning' }]);
    expect(linked.timeline.at(-1)).toMatchObject({ action: 'linkConvoy', comment: expect.stringMatching(/^Line 1: 1 trucks on convoy /) });
    const two = await link(linked, { quantity: 1, manifestLineId: manifestLine });
    expect(two.ok).toBe(true);
    await move('startLoading');
    await move('clear');
    await move('depart');
    expect((await w.call('requests.get', { id: r.request.id })).request.status).toBe('in_progress');
    await move('arrive');
    const after = await w.call('requests.get', { id: r.request.id });
    expect(after.request.status).toBe('fulfilled');
    expect(after.request.fulfilledAt).toBe('2026-06-15T09:00:00.000Z');
    expect(after.lines[0].deliveredQuantity).toBe(2);
    expect(after.fulfilments.map((f) => [f.link, f.quantity, f.reference])).toEqual([
      ['convoy', 1, expect.stringMatching(/CVY.* · UN-4471$/)],
      ['convoy', 1, expect.stringMatching(/CVY-\d{4}-\d+$/)],
    ]);
    expect(after.convoyLinks.every((k) => k.delivered && k.convoyStatus === 'arrived')).toBe(true);
    expect(after.convoyLinks[1].manifestLine).toBe('TENT-F Family tent × 10');
    const measures = await w.call('requests.measures', {});
    expect(measures.overall.toFulfilment.count).toBe(1);
  });

  it('refuses a link beyond what is approved, a vehicle not on the convoy, a cancelled or unknown convoy, the wrong side or state; nothing is written', async () => {
    const r = await requestIn(w, 'in_progress');
    const count = () => (w.core.sqlite.prepare('SELECT count(*) AS n FROM request_convoy_links').get() as { n: number }).n;
    const refused = async (p: ReturnType<typeof link>, text: string | RegExp) => {
      const res = await p;
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).toMatch(text);
    };
    await refused(link(r, { quantity: 3 }), /Line 1 has 2 trucks approved and not yet delivered or on a convoy/);
    await refused(link(r, { quantity: 1, vehicleId: spare }), /That vehicle is not on convoy .*CVY/);
    await refused(link(r, { quantity: 1, convoyId: r.request.id }), /There is no such convoy/);
    await refused(link(r, { quantity: 1, actingOrgId: w.ngo }), /only|seul/i);
    const submitted = await requestIn(w, 'submitted');
    await refused(link(submitted, { quantity: 1 }), /.+/);
    const first = await link(r, { quantity: 2 });
    expect(first.ok).toBe(true);
    const now = await w.call('requests.get', { id: r.request.id });
    await refused(link(now, { quantity: 1 }), /Line 1 has 0 trucks approved/);
    await move('cancel', 'Bridge closed');
    const again = await requestIn(w, 'in_progress');
    await refused(link(again, { quantity: 1 }), /Convoy .* is cancelled/);
    expect(count()).toBe(1);
  });

  it('a request cancelled while its convoy (the whole of it) is on the way is not delivered when the convoy arrives', async () => {
    const r = await requestIn(w, 'in_progress');
    const res = await link(r, { quantity: 2 });
    expect(res.ok).toBe(true);
    const linked = res.ok ? (res.value as RequestDetail) : r;
    await w.call('requests.act', {
      id: r.request.id,
      version: linked.request.version,
      action: 'cancel',
      actingOrgId: w.ngo,
      comment: 'Delivered by WFA',
    });
    await move('startLoading');
    await move('clear');
    await move('depart');
    await move('arrive');
    const after = await w.call('requests.get', { id: r.request.id });
    expect(after.request.status).toBe('cancelled');
    expect(after.fulfilments).toEqual([]);
    expect(after.convoyLinks[0].delivered).toBe(false);
  });
});
