import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_RULES, strictestLabel, TLP_LABELS, tlpRank, type TlpLabel } from '../../electron/api/vocabularies';
import { runExport } from '../../electron/services/exchange/run';
import { readCsv } from '../helpers/exports';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * Property (issue 12 point 3, convoys' sensitive fields): for random labels on a convoy, its
 * vehicles, the items, the owner and consignee organisation and the destination site, and a random
 * partner profile, the movement notification, the manifest and the receipt's document lines
 * exported for that partner never hold a vehicle or line above its highest label, nor a route, a
 * departure time, an escort's composition or weapons/ammunition (a line, or a class-1 DG entry) its
 * profile does not include (call signs: export-property.test.ts).
 */
let w: StockWorld;
let convoyId: string;
let vehicleIds: string[];
let ammoId: string;
let grnId: string;
const ROUTE = 'MSR Tampa via Kessa bridge, checkpoint K-7';
const ESCORT = '2 APC, 1 QRF';

beforeAll(async () => {
  w = await stockWorld();
  const [ammo] = await w.call('items.save', {
    rows: [
      {
        code: 'AMMO-556',
        name: 'Cartridge 5.56 mm, box of 840',
        category: 'other',
        baseUnit: 'box',
        supplyClass: 'V',
        dgClass: '1.4',
        unNumber: 'UN0012',
      },
    ],
  });
  ammoId = ammo.id;
  const grn = await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 500 },
    { itemId: ammo.id, ownerOrgId: w.org.wfp, quantity: 40 },
  ]);
  const v = await w.call('vehicles.save', {
    rows: [
      { plate: 'UN-4471', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40, driverName: 'A. Driver' },
      { plate: 'NGO-12', kind: 'pickup', payloadKg: 1000, cargoVolumeM3: 3 },
    ],
  });
  grnId = grn.document.id;
  vehicleIds = v.map((x) => x.id);
  const c = await w.call('convoys.create', {
    originSiteId: w.site.fob,
    plannedDeparture: '2099-01-01T06:30Z',
    plannedArrival: '2099-01-01T17:00Z',
    route: ROUTE,
    escortNeeded: true,
    escortUnit: '3rd Bn',
    escortComposition: ESCORT,
    stops: [{ siteId: w.site.wh, plannedArrival: '2099-01-01T12:00Z' }],
    vehicleIds,
  });
  convoyId = c.id;
  await w.call('convoys.manifest.save', {
    convoyId,
    rows: [
      { vehicleId: vehicleIds[0], lotId: grn.lines[0].lotId!, consigneeOrgId: w.org.wfp, stopId: c.stops[0].id, quantity: 120 },
      { vehicleId: vehicleIds[1], lotId: grn.lines[1].lotId!, consigneeOrgId: w.org.wfp, stopId: c.stops[0].id, quantity: 10 },
    ],
  });
});
afterAll(() => w?.t.cleanup());

const label = fc.constantFrom(...TLP_LABELS);
const labelOrDefault = fc.option(label, { nil: null });
const rule = fc.constantFrom(...FIELD_RULES);

describe('partner exports of convoys, property-based', () => {
  it('never hold a vehicle or manifest line above the partner’s label, nor a route, departure time, escort or weapons cargo it does not include', async () => {
    await fc.assert(
      fc.asyncProperty(
        labelOrDefault,
        fc.array(labelOrDefault, { minLength: 2, maxLength: 2 }),
        fc.record({ rice: labelOrDefault, ammo: labelOrDefault, wfp: label, wh: labelOrDefault }),
        label,
        fc.record({ routes: rule, departureTimes: rule, escortComposition: rule, weaponsCargo: rule }),
        async (convoyLabel, vehicleLabels, others, maxLabel, rules) => {
          const call = w.call;
          const items = (await call('items.list', {})).filter((x) => x.id === w.item.rice || x.id === ammoId);
          await call('items.save', { rows: items.map((x) => ({ ...x, sharing: x.id === ammoId ? others.ammo : others.rice })) });
          const wfp = (await call('organisations.list', {})).find((x) => x.id === w.org.wfp)!;
          await call('organisations.save', { rows: [{ ...wfp, sharing: others.wfp }] });
          const wh = (await call('sites.list', {})).find((x) => x.id === w.site.wh)!;
          await call('sites.save', { rows: [{ ...wh, sharing: others.wh }] });
          const convoy = await call('convoys.get', { id: convoyId });
          await call('convoys.update', { id: convoyId, version: convoy.version, sharing: convoyLabel });
          const vehicles = (await call('vehicles.list', {})).filter((x) => vehicleIds.includes(x.id));
          await call('vehicles.save', { rows: vehicles.map((x) => ({ ...x, sharing: vehicleLabels[vehicleIds.indexOf(x.id)] })) });
          const profiles = await call('exportProfiles.list', {});
          const existing = profiles.find((p) => p.organisationId === w.org.ngo);
          await call('exportProfiles.save', { rows: [{ ...(existing ?? {}), organisationId: w.org.ngo, maxLabel, ...rules }] });
          const d = await call('sharing.defaults', {});
          const ctx = w.t.core.context('jobs.start');
          const folder = path.join(w.t.dir, 'prop-convoys');

          const exported = async (source: 'convoyMovement' | 'manifest' | 'documentLines') => {
            fs.rmSync(folder, { recursive: true, force: true });
            const params = source === 'documentLines' ? { documentId: grnId } : { convoyId };
            const out = await runExport(
              ctx,
              { source, params, format: 'csv', hxl: true, partnerOrgId: w.org.ngo, sort: [] },
              { folder, operator: 'Capt. Test' },
            );
            const file = path.join(folder, out.fileName);
            return { out, rows: await readCsv(file), text: fs.readFileSync(file, 'utf8') };
          };

          const allowed = (extra: (TlpLabel | null)[]) =>
            tlpRank(strictestLabel([convoyLabel ?? d.convoy, ...extra.map((l, i) => l ?? [d.vehicle, d.item, d.organisation][i])])) <=
            tlpRank(maxLabel);
          const movement = await exported('convoyMovement');
          const plates = movement.rows.slice(2).map((r) => r[movement.rows[0].indexOf('Plate')]);
          const expectedPlates = ['UN-4471', 'NGO-12'].filter((_, i) => allowed([vehicleLabels[i]]));
          expect(plates.sort()).toEqual(expectedPlates.sort());
          if (rules.routes !== 'include') expect(movement.text).not.toContain('Kessa bridge');
          if (rules.departureTimes !== 'include') expect(movement.text).not.toMatch(/06:30/);
          if (rules.escortComposition !== 'include') expect(movement.text).not.toContain('APC');
          // The pickup's dangerous goods (1.4, explosives) tell of its ammunition.
          if (rules.weaponsCargo !== 'include') expect(movement.text).not.toMatch(/\b1\.4\b/);
          expect(tlpRank(movement.out.label)).toBeLessThanOrEqual(tlpRank(maxLabel));

          const manifest = await exported('manifest');
          const codes = manifest.rows.slice(2).map((r) => r[manifest.rows[0].indexOf('Item code')]);
          // Each line names its vehicle, item, owner and consignee (WFP) and its stop (our warehouse).
          const lineAllowed = (vehicle: TlpLabel | null, item: TlpLabel | null) =>
            allowed([vehicle, item, others.wfp]) &&
            tlpRank(strictestLabel([others.wfp ?? d.organisation, others.wh ?? d.site])) <= tlpRank(maxLabel);
          const expectedCodes = [
            ...(lineAllowed(vehicleLabels[0], others.rice) ? ['RICE-25'] : []),
            ...(lineAllowed(vehicleLabels[1], others.ammo) && rules.weaponsCargo === 'include' ? ['AMMO-556'] : []),
          ];
          expect(codes.sort()).toEqual(expectedCodes.sort());
          if (rules.weaponsCargo !== 'include') expect(manifest.text).not.toMatch(/AMMO|Cartridge|UN0012/);
          expect(tlpRank(manifest.out.label)).toBeLessThanOrEqual(tlpRank(maxLabel));

          // The receipt's lines: the document, its site (FOB, default), the item and the owner (WFP).
          const lines = await exported('documentLines');
          const lineCodes = lines.rows.slice(2).map((r) => r[lines.rows[0].indexOf('Item code')]);
          const docAllowed = (item: TlpLabel | null) =>
            tlpRank(strictestLabel([d.document, d.site, item ?? d.item, others.wfp ?? d.organisation])) <= tlpRank(maxLabel);
          expect(lineCodes.sort()).toEqual(
            [
              ...(docAllowed(others.rice) ? ['RICE-25'] : []),
              ...(docAllowed(others.ammo) && rules.weaponsCargo === 'include' ? ['AMMO-556'] : []),
            ].sort(),
          );
          if (rules.weaponsCargo !== 'include') expect(lines.text).not.toMatch(/AMMO|Cartridge/);
        },
      ),
      { numRuns: 10 },
    );
  });
});
