import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../electron/api/i18n';
import { importThroughJob, upload } from '../helpers/imports';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/*
 * Refusals outside stock in the caller's language (issue 9): an import's file check and a
 * manifest line not ready to leave. Jobs and restores have theirs in jobs.test.ts and backups.test.ts.
 */

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(async () => {
  setMessageLanguage('en');
  await w.t.core.jobs.idle();
  w.t.cleanup();
});

describe('refusals outside stock, in French and Arabic', () => {
  it('an import of a binary file says so in French', { timeout: 120_000 }, async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2]);
    const r = await importThroughJob(w.t, upload(w.t, 'photo.png', png), { target: 'items', commit: true });
    expect(r.job.state).toBe('failed');
    expect(r.message).toMatch(/^photo\.png n’est pas un tableur : il contient des données binaires \(octet \d+\)/);
  });

  it('a manifest line without its consignee holds the convoy back, in French then Arabic', async () => {
    const [truck] = await w.call('vehicles.save', { rows: [{ plate: 'UN-4471', kind: 'truck', payloadKg: 9000, cargoVolumeM3: 40 }] });
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 100 },
    ]);
    const c = await w.call('convoys.create', { originSiteId: w.site.fob, stops: [{ siteId: w.site.wh }], vehicleIds: [truck.id] });
    await w.call('convoys.manifest.save', {
      convoyId: c.id,
      rows: [{ vehicleId: truck.id, lotId: grn.lines[0].lotId!, stopId: c.stops[0].id, quantity: 3 }],
    });
    await w.call('convoys.act', { id: c.id, version: (await w.call('convoys.get', { id: c.id })).version, action: 'startLoading' });
    const refusals = async () => (await w.call('convoys.get', { id: c.id })).workflow.refused.map((r) => r.message).join('\n');
    expect(await refusals()).toContain('Manifest line 1 needs its consignee');
    await w.call('system.setLanguage', { language: 'fr' });
    expect(await refusals()).toContain('La ligne 1 du manifeste n’a pas encore : destinataire');
    await w.call('system.setLanguage', { language: 'ar' });
    expect(await refusals()).toContain('سطر البيان 1 ينقصه: المرسل إليه');
  });

  it('the contract schemas refuse in French: a site code of the wrong shape, a backdating limit below 0', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const site = await w.t.core.invoke('sites.save', { rows: [{ code: 'X', name: 'Camp X', kind: 'warehouse' }] });
    expect(!site.ok && site.error.issues?.map((i) => i.message)).toContain(
      'Le code doit compter 2 à 12 lettres, chiffres ou tirets, p. ex. FOB-N',
    );
    const rules = await w.t.core.invoke('system.rules.save', { backdateLimitDays: -1, version: 1 });
    expect(!rules.ok && rules.error.issues?.map((i) => i.message)).toContain('La limite d’antidatage ne peut pas être négative');
  });
});
