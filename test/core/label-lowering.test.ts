import { afterEach, describe, expect, it } from 'vitest';
import { signInAs, writeSnapshot } from '../helpers/core';
import { requestIn, requestWorld, type RequestWorld } from './requests-fixture';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Lowering a sharing label decides what may leave the base, so it needs `exports.release`
 * (approver and above), as releasing an export above TLP:GREEN does; keeping or raising one is for
 * anyone who may edit the record. Labels compare as they apply: blank is the type's default, and a
 * new record starts at it. Each refusal names the labels and the role, and writes nothing.
 */

const SK = 'sk-session';
const AP = 'ap-session';

async function roles(core: StockWorld['t']['core']) {
  await signInAs(core, 'Cpl. Storekeeper', 'storekeeper', SK);
  await signInAs(core, 'Maj. Approver', 'approver', AP);
}

describe('lowering a label', () => {
  let w: StockWorld;
  afterEach(() => w.t.cleanup());

  it('on a grid record: a storekeeper may raise it but not lower it (nor blank it below its label); an approver may', async () => {
    w = await stockWorld();
    await roles(w.t.core);
    const core = w.t.core;
    const [item] = await w.call('items.list', {}).then((rows) => rows.filter((i) => i.id === w.item.tent));
    const raised = await core.call('items.save', { rows: [{ ...item, sharing: 'RED' }] }, SK);
    expect(raised[0].sharing).toBe('RED');

    for (const sharing of ['CLEAR', null] as const) {
      const before = writeSnapshot(core);
      const refused = await core.invoke('items.save', { rows: [{ ...raised[0], sharing }] }, SK);
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.message).toContain('from TLP:RED to TLP:');
      expect(refused.error.message).toContain('Approver');
      expect(refused.error.issues?.[0]).toMatchObject({ path: ['rows', 0, 'sharing'] });
      expect(writeSnapshot(core)).toEqual(before);
    }
    // Other cells of the row save as before; the label kept is no change.
    const renamed = await core.call('items.save', { rows: [{ ...raised[0], name: 'Family tent, 16 m²' }] }, SK);
    expect(renamed[0]).toMatchObject({ name: 'Family tent, 16 m²', sharing: 'RED' });
    const lowered = await core.call('items.save', { rows: [{ ...renamed[0], sharing: 'GREEN' }] }, AP);
    expect(lowered[0].sharing).toBe('GREEN');
  });

  it('on a new record: below its type default needs an approver, at or above it does not', async () => {
    w = await stockWorld();
    await roles(w.t.core);
    const core = w.t.core;
    const defaults = await w.call('sharing.defaults', {});
    expect(defaults.site).toBe('GREEN');
    const refused = await core.invoke(
      'sites.save',
      { rows: [{ code: 'CLR-1', name: 'Clear site', kind: 'warehouse', sharing: 'CLEAR' }] },
      SK,
    );
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['rows', 0, 'sharing'] }] } });
    expect(refused.ok ? '' : refused.error.message).toContain('from TLP:GREEN to TLP:CLEAR');
    expect((await w.call('sites.list', {})).some((s) => s.code === 'CLR-1')).toBe(false);
    const strict = await core.call('sites.save', { rows: [{ code: 'RED-1', name: 'Red site', kind: 'warehouse', sharing: 'RED' }] }, SK);
    expect(strict[0].sharing).toBe('RED');
    const clear = await core.call('sites.save', { rows: [{ code: 'CLR-1', name: 'Clear site', kind: 'warehouse', sharing: 'CLEAR' }] }, AP);
    expect(clear[0].sharing).toBe('CLEAR');
  });

  it('on a posted stock document and a convoy: forbidden for a storekeeper, on the sharing field', async () => {
    w = await stockWorld();
    await roles(w.t.core);
    const core = w.t.core;
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 4 }]);
    const red = await core.call('stock.documents.setSharing', { id: grn.document.id, version: grn.document.version, sharing: 'RED' }, SK);
    expect(red.document.sharing).toBe('RED');
    const before = writeSnapshot(core);
    const refused = await core.invoke(
      'stock.documents.setSharing',
      { id: red.document.id, version: red.document.version, sharing: 'GREEN' },
      SK,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: ['sharing'] }] } });
    expect(writeSnapshot(core)).toEqual(before);
    const green = await core.call(
      'stock.documents.setSharing',
      { id: red.document.id, version: red.document.version, sharing: 'GREEN' },
      AP,
    );
    expect(green.document.sharing).toBe('GREEN');

    const c = await core.call(
      'convoys.create',
      { originSiteId: w.site.fob, stops: [{ siteId: w.site.wh }], vehicleIds: [], sharing: 'RED' },
      SK,
    );
    const lower = await core.invoke('convoys.update', { id: c.id, version: c.version, sharing: 'AMBER' }, SK);
    expect(lower).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: ['sharing'] }] } });
    const created = await core.invoke('convoys.create', { originSiteId: w.site.fob, stops: [], vehicleIds: [], sharing: 'CLEAR' }, SK);
    expect(created).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await core.call('convoys.update', { id: c.id, version: c.version, sharing: 'AMBER' }, AP)).sharing).toBe('AMBER');
  });
});

describe('lowering a request label', () => {
  let w: RequestWorld;
  afterEach(() => w.cleanup());

  it('is refused to a storekeeper in any state, and allowed to an approver', async () => {
    w = await requestWorld();
    await signInAs(w.core, 'Cpl. Storekeeper', 'storekeeper', SK);
    await signInAs(w.core, 'Maj. Approver', 'approver', AP);
    const r = await requestIn(w, 'submitted');
    const id = r.request.id;
    const red = await w.core.call('requests.update', { id, version: r.request.version, sharing: 'RED', actingOrgId: w.home }, SK);
    const refused = await w.core.invoke('requests.update', { id, version: red.request.version, sharing: 'CLEAR', actingOrgId: w.home }, SK);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await w.call('requests.get', { id })).request.sharing).toBe('RED');
    const clear = await w.core.call('requests.update', { id, version: red.request.version, sharing: 'CLEAR', actingOrgId: w.home }, AP);
    expect(clear.request.sharing).toBe('CLEAR');
  });
});
