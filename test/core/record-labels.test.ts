import { afterEach, describe, expect, it } from 'vitest';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';
import { requestIn, requestWorld, type RequestWorld } from './requests-fixture';

/**
 * A record's sharing label is releasability, not movement: a convoy's and a request's label can
 * be changed alone in every state (a departed or arrived convoy, a decided or closed request),
 * audited like any change, while the fields their workflow froze stay refused, with or without
 * a label beside them.
 */

type Audit = { operation: string; before: string | null; after: string | null };
const audits = (sqlite: StockWorld['t']['core']['sqlite'], entity: string, id: string) =>
  sqlite
    .prepare(
      'SELECT operation, before_json AS before, after_json AS after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY rowid',
    )
    .all(entity, id) as Audit[];

describe('convoy sharing label', () => {
  let w: StockWorld;
  afterEach(() => w.t.cleanup());

  it('changes alone on a convoy in transit and arrived, is audited, and movement fields stay refused', async () => {
    w = await stockWorld();
    const [truck] = await w.call('vehicles.save', { rows: [{ plate: 'UN-4471', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40 }] });
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 100 },
    ]);
    let c = await w.call('convoys.create', {
      originSiteId: w.site.fob,
      plannedDeparture: '2099-01-01T06:00Z',
      stops: [{ siteId: w.site.wh }],
      vehicleIds: [truck.id],
    });
    await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [{ vehicleId: truck.id, lotId: grn.lines[0].lotId!, consigneeOrgId: w.org.wfp, stopId: c.stops[0].id, quantity: 40 }],
    });
    for (const action of ['startLoading', 'clear', 'depart'] as const) {
      c = await w.call('convoys.act', { id: c.id, version: c.version, action });
    }
    expect(c.status).toBe('in_transit');

    const red = await w.call('convoys.update', { id: c.id, version: c.version, sharing: 'RED' });
    expect(red.sharing).toBe('RED');
    expect(red.version).toBe(c.version + 1);
    const last = audits(w.t.core.sqlite, 'convoy', c.id).at(-1)!;
    expect(last.operation).toBe('convoys.update');
    expect(JSON.parse(last.before!)).toMatchObject({ sharing: null });
    expect(JSON.parse(last.after!)).toMatchObject({ sharing: 'RED', state: 'in_transit' });

    // The route froze at departure, alone or beside a label.
    for (const input of [{ route: 'MSR Tampa' }, { route: 'MSR Tampa', sharing: 'GREEN' as const }]) {
      const refused = await w.t.core.invoke('convoys.update', { id: c.id, version: red.version, ...input });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect((await w.call('convoys.get', { id: c.id })).sharing).toBe('RED');

    const lines = (await w.call('convoys.manifest.get', { convoyId: c.id })).lines;
    await w.call('convoys.receiveStop', {
      convoyId: c.id,
      stopId: c.stops[0].id,
      lines: lines.map((l) => ({ lineId: l.id, good: l.quantity, damaged: 0 })),
    });
    const got = await w.call('convoys.get', { id: c.id });
    const arrived = await w.call('convoys.act', { id: c.id, version: got.version, action: 'arrive' });
    expect(arrived.status).toBe('arrived');
    // Blank goes back to the type's default.
    const blank = await w.call('convoys.update', { id: c.id, version: arrived.version, sharing: '' as never });
    expect(blank.sharing).toBeNull();
    expect(JSON.parse(audits(w.t.core.sqlite, 'convoy', c.id).at(-1)!.after!)).toMatchObject({ sharing: null, state: 'arrived' });
    const notes = await w.t.core.invoke('convoys.update', { id: c.id, version: blank.version, notes: 'late' });
    expect(notes).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // A stale version is refused for a label as for anything else.
    const stale = await w.t.core.invoke('convoys.update', { id: c.id, version: arrived.version, sharing: 'AMBER' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('request sharing label', () => {
  let w: RequestWorld;
  afterEach(() => w.cleanup());

  it('changes alone on a submitted, approved or closed request, for either party, audited; frozen fields stay refused', async () => {
    w = await requestWorld();
    for (const state of ['submitted', 'approved', 'closed'] as const) {
      const r = await requestIn(w, state);
      const id = r.request.id;
      // The providing side (this installation) relabels a request it received.
      const red = await w.call('requests.update', { id, version: r.request.version, sharing: 'RED', actingOrgId: w.home });
      expect(red.request.sharing).toBe('RED');
      expect(red.request.status).toBe(state);
      const last = audits(w.core.sqlite, 'request', id).at(-1)!;
      expect(last.operation).toBe('requests.update');
      expect(JSON.parse(last.before!)).toMatchObject({ sharing: null });
      expect(JSON.parse(last.after!)).toMatchObject({ sharing: 'RED' });
      // The requesting side may too.
      const green = await w.call('requests.update', { id, version: red.request.version, sharing: 'GREEN', actingOrgId: w.ngo });
      expect(green.request.sharing).toBe('GREEN');
      // Anything else with it still needs a draft.
      for (const input of [{ title: 'Changed' }, { title: 'Changed', sharing: 'CLEAR' as const }]) {
        const refused = await w.core.invoke('requests.update', { id, version: green.request.version, actingOrgId: w.ngo, ...input });
        expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      }
      // An organisation that is no party may not.
      const stranger = await w.core.invoke('requests.update', {
        id,
        version: green.request.version,
        sharing: 'CLEAR',
        actingOrgId: w.ngo2,
      });
      expect(stranger).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
      const stored = await w.call('requests.get', { id });
      expect(stored.request).toMatchObject({ sharing: 'GREEN', title: r.request.title });
    }
  });
});
