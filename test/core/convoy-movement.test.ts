import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileOf } from '../../electron/services/exchange/files';
import { exportThroughJob, readCsv, readXlsx } from '../helpers/exports';
import { recordEvents } from '../helpers/jobs';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * The movement notification (issue 13 point 6): a convoy's route, stops, timings, vehicles and
 * plates exported through the partner-spreadsheets export — real job, real file read back by
 * exceljs — with a partner's profile applied (labels, routes, departure times, escort) and the
 * export history recording it.
 */

let w: StockWorld;
let convoy: { id: string; number: string };
let trucks: { big: string; pickup: string };

beforeEach(async () => {
  w = await stockWorld();
  await w.call('items.save', {
    rows: [{ ...(await w.call('items.list', {})).find((i) => i.code === 'RICE-25')!, unitWeightKg: 25, unitVolumeM3: 0.04 }],
  });
  const sites = await w.call('sites.list', {});
  const wh = sites.find((s) => s.code === 'WH-A')!;
  await w.call('sites.save', { rows: [{ ...wh, adm1Code: 'VR02', adm2Code: 'VR0201' }] });
  const v = await w.call('vehicles.save', {
    rows: [
      { plate: 'UN-4471', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40, driverName: 'A. Driver', ownerOrgId: w.org.wfp },
      { plate: 'NGO-12', kind: 'pickup', payloadKg: 1000, cargoVolumeM3: 3, sharing: 'RED' },
    ],
  });
  trucks = { big: v[0].id, pickup: v[1].id };
  const grn = await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 500 },
  ]);
  const c = await w.call('convoys.create', {
    originSiteId: w.site.fob,
    plannedDeparture: '2099-01-01T06:30Z',
    plannedArrival: '2099-01-01T17:00Z',
    movementNumber: 'MOVCON-778',
    route: 'MSR Tampa via Kessa bridge, checkpoint K-7',
    escortNeeded: true,
    escortUnit: '3rd Bn',
    escortComposition: '2 APC, 1 QRF',
    stops: [{ siteId: w.site.wh, plannedArrival: '2099-01-01T12:00Z' }, { placeName: 'Kessa village school' }],
    vehicleIds: [trucks.big, trucks.pickup],
  });
  await w.call('convoys.manifest.save', {
    convoyId: c.id,
    rows: [{ vehicleId: trucks.big, lotId: grn.lines[0].lotId!, consigneeOrgId: w.org.wfp, stopId: c.stops[0].id, quantity: 120 }],
  });
  convoy = { id: c.id, number: c.number };
});
afterEach(async () => {
  await w.t.core.jobs.idle();
  w.t.cleanup();
});

const headerRow = (rows: unknown[][]) => rows.findIndex((r) => r?.[0] === 'Convoy');

describe('movement notification export', () => {
  it('writes one row per vehicle with route, stops, timings and plates as XLSX, read back by exceljs, and records it in the export history', async () => {
    const { outcome, file } = await exportThroughJob(w.t, { source: 'convoyMovement', params: { convoyId: convoy.id }, format: 'xlsx' });
    expect(path.basename(file)).toMatch(/^corridor-movement-notification-\d{8}-\d{4}-TLP-RED\.xlsx$/);
    expect(outcome).toMatchObject({ rows: 2, label: 'RED', title: 'Movement notification' });
    const { rows } = await readXlsx(file);
    expect(rows[0][0]).toBe('Movement notification');
    expect(rows.slice(0, 5).flat().join(' ')).toContain(`convoy ${convoy.number}`);
    const h = headerRow(rows);
    const header = rows[h] as string[];
    const cell = (r: unknown[], name: string) => r[header.indexOf(name)];
    const [big, pickup] = rows.slice(h + 1);
    expect(cell(big, 'Convoy')).toBe(convoy.number);
    expect(cell(big, 'Movement/clearance number')).toBe('MOVCON-778');
    expect(cell(big, 'From')).toBe('FOB-N Forward Operating Base North');
    expect(cell(big, 'Stops (planned arrival, UTC)')).toBe('1. WH-A Warehouse Alpha (2099-01-01 12:00) → 2. Kessa village school');
    expect(cell(big, 'Planned departure (UTC)')).toEqual(new Date('2099-01-01T06:30:00Z'));
    expect(cell(big, 'Planned arrival (UTC)')).toEqual(new Date('2099-01-01T17:00:00Z'));
    expect(cell(big, 'Route')).toBe('MSR Tampa via Kessa bridge, checkpoint K-7');
    expect(cell(big, 'Escort composition')).toBe('2 APC, 1 QRF');
    expect([cell(big, 'Plate'), cell(big, 'Vehicle type'), cell(big, 'Vehicle owner'), cell(big, 'Driver')]).toEqual([
      'UN-4471',
      'Truck',
      'WFP',
      'A. Driver',
    ]);
    expect(cell(big, 'Cargo weight (kg)')).toBe(3000);
    expect([cell(pickup, 'Plate'), cell(pickup, 'Vehicle'), cell(pickup, 'Cargo weight (kg)')]).toEqual(['NGO-12', 2, 0]);
    expect(cell(big, 'Notification')).toBe('Not required');
    const history = await w.call('exports.history', {});
    expect(history[0]).toMatchObject({ title: 'Movement notification', rows: 2, label: 'RED', operator: 'Capt. Test' });
  });

  it('as CSV for a partner: a vehicle above its label withheld, departure times coarsened to the day, route to admin areas, escort composition omitted', async () => {
    await w.call('exportProfiles.save', {
      rows: [{ organisationId: w.org.ngo, maxLabel: 'AMBER', departureTimes: 'coarsen', routes: 'coarsen', escortComposition: 'omit' }],
    });
    const preview = await w.call('exports.preview', {
      source: 'convoyMovement',
      params: { convoyId: convoy.id },
      format: 'csv',
      partnerOrgId: w.org.ngo,
    });
    expect(preview).toMatchObject({ rows: 1, label: 'AMBER' });
    expect(preview.withheld).toEqual([{ label: 'RED', rows: 1, why: expect.stringContaining("above HH's highest label") }]);
    const { outcome, file } = await exportThroughJob(w.t, {
      source: 'convoyMovement',
      params: { convoyId: convoy.id },
      format: 'csv',
      partnerOrgId: w.org.ngo,
    });
    expect(outcome).toMatchObject({ rows: 1, withheldRows: 1, partnerShortName: 'HH' });
    const rows = await readCsv(file);
    const h = headerRow(rows);
    const header = rows[h];
    expect(header).not.toContain('Escort composition');
    expect(header).not.toContain('Route');
    const data = rows.slice(h + 1).filter((r) => r.some(Boolean));
    expect(data).toHaveLength(1);
    const r = data[0];
    expect(r[header.indexOf('Plate')]).toBe('UN-4471');
    expect(r[header.indexOf('Planned departure (UTC) (day)')]).toBe('2099-01-01');
    expect(r[header.indexOf('Route (admin areas only)')]).toBe('FOB-N → VR0201 → Kessa village school');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('NGO-12');
    expect(text).not.toContain('APC');
    expect(text).not.toContain('MSR Tampa');
    expect(text).not.toContain('06:30');
    expect((await w.call('exports.history', {}))[0]).toMatchObject({ partner: 'HH', withheldRows: 1 });
  });

  it('refuses a convoy with no vehicle, saying what to add, and writes no file and no history', async () => {
    const empty = await w.call('convoys.create', { originSiteId: w.site.fob, stops: [{ siteId: w.site.wh }] });
    const rec = recordEvents(w.t.core);
    const started = await w.t.core.call('jobs.start', {
      kind: 'export',
      source: 'convoyMovement',
      params: { convoyId: empty.id },
      format: 'xlsx',
    });
    const job = await rec.ended(started.id);
    rec.unsubscribe();
    expect(job.state).toBe('failed');
    expect(job.message).toContain(`Convoy ${empty.number} has no vehicle yet`);
    expect(exportFileOf(path.join(w.t.dir, 'home'), job.id)).toBeNull();
    expect(await w.call('exports.history', {})).toEqual([]);
  });
});
