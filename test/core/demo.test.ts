import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentFileOf } from '../../electron/services/requests/attachments';
import type { ServiceContext } from '../../electron/services/core/context';
import { DEMO_ITEMS, loadDemoCatalogue } from '../../electron/services/demo/catalogue';
import { DEMO_AGREEMENTS, DEMO_CONTACTS, DEMO_ORGANISATIONS, loadDemoPartners } from '../../electron/services/demo/partners';
import { DEMO_SITES, loadDemoSites } from '../../electron/services/demo/sites';
import { DEMO_HOME_ORGANISATION, DEMO_OPERATOR } from '../../electron/services/demo/identity';
import { gtinCheckDigitValid } from '../../electron/api/formats';
import { openTestCore, tableCounts, writeSnapshot, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

describe('demo scenario', () => {
  it('loads through the services as the demo installation, once', async () => {
    t = await openTestCore({ setup: false });
    await t.core.call('system.setup', { operator: DEMO_OPERATOR, pin: '1234', organisation: DEMO_HOME_ORGANISATION, demo: true });
    const orgs = await t.core.call('organisations.list', {});
    expect(orgs).toHaveLength(DEMO_ORGANISATIONS.length);
    expect(orgs.filter((o) => o.shortName === 'NSLB')).toHaveLength(1);
    expect((await t.core.call('system.status', {})).homeOrganisation?.shortName).toBe('NSLB');
    expect(await t.core.call('contacts.list', {})).toHaveLength(DEMO_CONTACTS.length);
    expect(await t.core.call('agreements.list', {})).toHaveLength(DEMO_AGREEMENTS.length);
    const sites = await t.core.call('sites.list', {});
    expect(sites.map((s) => s.code).sort()).toEqual(DEMO_SITES.map((s) => s.code).sort());
    const fob = sites.find((s) => s.code === 'FOB-N')!;
    expect(fob.operatorOrgId).toBe(orgs.find((o) => o.shortName === 'NSLB')!.id);
    const items = await t.core.call('items.list', {});
    expect(items).toHaveLength(DEMO_ITEMS.length);

    // Every record was created by the demo operator through the audited operations.
    const counts = tableCounts(t.core);
    const created = Object.fromEntries(
      (
        t.core.sqlite
          .prepare('SELECT entity, count(*) AS n FROM audit_log WHERE operator = ? AND before_json IS NULL GROUP BY entity')
          .all(DEMO_OPERATOR) as { entity: string; n: number }[]
      ).map((r) => [r.entity, r.n]),
    );
    expect(created).toMatchObject({
      organisation: counts.organisations,
      contact: counts.contacts,
      agreement: counts.agreements,
      site: counts.sites,
      item: counts.items,
    });

    // Sharing: a profile for every partner, records under every label, one past export (for HHI).
    const profiles = await t.core.call('exportProfiles.list', {});
    expect(profiles).toHaveLength(DEMO_ORGANISATIONS.length - 1);
    expect(profiles.find((p) => p.organisationId === orgs.find((o) => o.shortName === 'HHI')!.id)).toMatchObject({
      maxLabel: 'GREEN',
      locations: 'coarsen',
      callSigns: 'omit',
    });
    const labels = new Set([...orgs.map((o) => o.sharing), ...sites.map((s) => s.sharing), ...items.map((i) => i.sharing)]);
    expect([...labels].filter(Boolean).sort()).toEqual(['AMBER', 'AMBER+STRICT', 'CLEAR', 'GREEN', 'RED']);
    // Posted documents relabelled after posting: a loss AMBER+STRICT, a donor's receipt at the NGO warehouse CLEAR.
    const posted = (await t.core.call('stock.documents.list', { status: 'posted', limit: 500 })).rows.filter((d) => d.sharing);
    expect(posted.map((d) => `${d.kind}:${d.sharing}`).sort()).toEqual(['loss:AMBER+STRICT', 'receipt:CLEAR']);
    const history = await t.core.call('exports.history', {});
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ partner: 'HHI', label: 'GREEN', operator: DEMO_OPERATOR, title: 'Stock report' });
    expect(history[0].withheldRows).toBeGreaterThan(0);

    // An attachment on the escort request, written through the service: its copy in the data folder.
    const [escort] = (await t.core.call('requests.list', { search: 'Escort for water trucking', limit: 1 })).rows;
    const [attached] = (await t.core.call('requests.get', { id: escort.id })).attachments;
    expect(attached).toMatchObject({ fileName: 'Kell gorge incident summary.txt', addedBy: DEMO_OPERATOR });
    expect(fs.readFileSync(attachmentFileOf(path.join(t.dir, 'home'), attached.id)!.path, 'utf8')).toContain('Kell gorge road');

    // Loading again adds nothing: the flag stops it, and each loader also skips what exists
    // (so a load interrupted half-way can simply be run again).
    const before = writeSnapshot(t.core);
    expect(await t.core.call('system.loadDemo', {})).toEqual({ loaded: false });
    const ctx = { call: t.core.call, now: () => new Date().toISOString() } as unknown as ServiceContext;
    const orgIds = await loadDemoPartners(ctx);
    await loadDemoSites(ctx, orgIds);
    await loadDemoCatalogue(ctx);
    expect(writeSnapshot(t.core)).toEqual(before);
  });

  it('completes a load that stopped half-way without duplicating what was written', async () => {
    t = await openTestCore({ setup: false });
    await t.core.call('system.setup', { operator: DEMO_OPERATOR, pin: '1234', organisation: DEMO_HOME_ORGANISATION, demo: false });
    const ctx = { call: t.core.call, now: () => new Date().toISOString() } as unknown as ServiceContext;
    await loadDemoPartners(ctx); // as if the process stopped after the partners
    expect(await t.core.call('system.loadDemo', {})).toEqual({ loaded: true });
    expect(await t.core.call('organisations.list', {})).toHaveLength(DEMO_ORGANISATIONS.length);
    expect(await t.core.call('contacts.list', {})).toHaveLength(DEMO_CONTACTS.length);
    expect(await t.core.call('items.list', {})).toHaveLength(DEMO_ITEMS.length);
  });

  it('loads beside another home organisation, creating NSLB as an ordinary partner', async () => {
    t = await openTestCore({ setup: true });
    expect(await t.core.call('system.loadDemo', {})).toEqual({ loaded: true });
    const orgs = await t.core.call('organisations.list', {});
    expect(orgs.map((o) => o.shortName)).toEqual(expect.arrayContaining(['TLB', 'NSLB', 'HHI', 'WWB']));
    expect(orgs).toHaveLength(DEMO_ORGANISATIONS.length + 1);
  });

  it('is internally consistent: categories, lot tracking, cold chain, dangerous goods and codes', async () => {
    t = await openTestCore({ setup: true, demo: true });
    const items = await t.core.call('items.list', {});
    const cats = new Set(items.map((i) => i.category));
    for (const c of ['food', 'nfi', 'shelter', 'wash', 'health', 'fuel', 'construction', 'spare_parts']) expect(cats).toContain(c);
    for (const i of items) {
      if (i.category === 'food' || i.category === 'health') expect(i.needsLotExpiry, i.code).toBe(true);
      if (i.gtin) expect(gtinCheckDigitValid(i.gtin), i.code).toBe(true);
      expect(i.unitWeightKg, i.code).toBeGreaterThan(0);
      expect(i.unitVolumeM3, i.code).toBeGreaterThan(0);
    }
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get('FU-DSL')).toMatchObject({ unNumber: 'UN1202', dgClass: '3', packingGroup: 'III', baseUnit: 'litre' });
    expect(byCode.get('FU-PET')).toMatchObject({ unNumber: 'UN1203', dgClass: '3' });
    expect(byCode.get('FU-LPG-13')).toMatchObject({ unNumber: 'UN1965', dgClass: '2.1', packingGroup: null });
    expect(byCode.get('HL-VAC-PEN')).toMatchObject({ coldMinC: 2, coldMaxC: 8, freezeSensitive: true });
    expect(byCode.get('FD-VOL-5L')?.packSizes).toEqual([
      { name: 'carton', quantity: 4 },
      { name: 'pallet', quantity: 192 },
    ]);
    expect(items.filter((i) => i.nsn).length).toBeGreaterThanOrEqual(10);
    expect(items.filter((i) => i.unicefCode).length).toBeGreaterThanOrEqual(10);
    expect(items.filter((i) => i.gtin).length).toBeGreaterThanOrEqual(4);

    const contacts = await t.core.call('contacts.list', {});
    const orgs = await t.core.call('organisations.list', {});
    const military = new Set(orgs.filter((o) => o.kind === 'military').map((o) => o.id));
    for (const c of contacts) if (military.has(c.organisationId)) expect(c.callSign, c.name).not.toBe('');
    const agreements = await t.core.call('agreements.list', {});
    for (const a of agreements) {
      expect(a.validFrom! <= new Date().toISOString().slice(0, 10)).toBe(true);
      expect(a.validUntil! > new Date().toISOString().slice(0, 10)).toBe(true);
    }
  });
});
