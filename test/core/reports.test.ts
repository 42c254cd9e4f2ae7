import { afterEach, describe, expect, it } from 'vitest';
import type { ExportSourceId } from '../../electron/api/exchange';
import { exportThroughJob, readCsv, readXlsx } from '../helpers/exports';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * Standard reports and the grid exports added by issue 12 point 1, each written by the core's
 * export job and read back by exceljs: typed cells (numbers as numbers, dates as dates), headers
 * in the operator's language (French here), the HXL row under them unchanged.
 */
const TODAY = '2026-11-30';
const NOW = () => `${TODAY}T09:00:00.000Z`;
const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

/** Rice at the warehouse (one lot expiring in 40 days), tents at the base below their minimum, HH operating the warehouse, one count sheet. */
async function world(language: 'en' | 'fr') {
  w = await stockWorld({ now: NOW });
  await w.call('system.setLanguage', { language });
  const sites = await w.call('sites.list', {});
  const wh = sites.find((s) => s.code === 'WH-A')!;
  await w.call('sites.save', { rows: [{ ...wh, operatorOrgId: w.org.ngo, adm1Code: 'VR02', adm2Code: 'VR0201', sharing: 'GREEN' }] });
  await w.receive(
    w.site.wh,
    [
      { itemId: w.item.rice, lotNumber: 'L-1', expiryDate: day(40), ownerOrgId: w.org.wfp, quantity: 100, condition: 'good' },
      { itemId: w.item.rice, lotNumber: 'L-2', expiryDate: day(400), ownerOrgId: w.org.wfp, quantity: 250, condition: 'good' },
    ],
    { occurredAt: day(-3) },
  );
  await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 7, condition: 'good' }], { occurredAt: day(-2) });
  await w.call('stock.thresholds.save', { rows: [{ siteId: w.site.fob, itemId: w.item.tent, minQuantity: 20 }] });
  const sheet = await w.call('stock.count.create', { siteId: w.site.wh });
  await w.call('stock.count.setLine', { lineId: sheet.rows[0].id, version: sheet.rows[0].version, counted: 98 });
  return { sheetId: sheet.document.id };
}

interface Case {
  source: ExportSourceId;
  params?: (s: { sheetId: string }) => Record<string, unknown>;
  title: string;
  /** A French header and its HXL tag, a number column and a date column (by French header) with a value expected in them. */
  header: [string, string];
  number?: [string, number];
  date?: [string, string];
}

const CASES: Case[] = [
  {
    source: 'onHand',
    title: 'État des stocks',
    header: ['Lot', '#x_lot +number'],
    number: ['Quantité', 250],
    date: ['Péremption', day(400)],
  },
  {
    source: 'stockCard',
    params: () => ({ siteId: w.site.wh, itemId: w.item.rice, from: day(-10), to: day(0) }),
    title: 'Fiche de stock',
    header: ['Solde', '#x_quantity +balance'],
    number: ['Solde', 350],
    date: ['Date', day(-3)],
  },
  {
    source: 'documents',
    params: () => ({ siteId: w.site.wh, from: day(-10) }),
    title: 'Registre des documents',
    header: ['Numéro', '#x_document +code'],
    number: ['Quantité totale', 350],
    date: ['Date', day(-3)],
  },
  {
    source: 'threeW',
    title: '3W : qui fait quoi où',
    header: ['Activité', '#activity'],
    number: ['Stock en bon état (unités de base)', 350],
  },
  { source: 'items', title: 'Catalogue', header: ['Code', '#item +code'] },
  { source: 'sites', title: 'Sites', header: ['Code', '#loc +code'] },
  { source: 'organisations', title: 'Organisations', header: ['Sigle', '#org +acronym'] },
  { source: 'audit', params: () => ({ limit: 5000 }), title: 'Journal d’audit', header: ['Opérateur', '#contact +name +operator'] },
  {
    source: 'expiryAlerts',
    params: () => ({ withinMonths: 3 }),
    title: 'Stock proche de la péremption',
    header: ['Jours avant péremption', '#x_days +expiry'],
    number: ['Quantité', 100],
    date: ['Péremption', day(40)],
  },
  { source: 'lowStock', title: 'Stock bas', header: ['Manque', '#x_quantity +short'], number: ['Manque', 13] },
  { source: 'counts', title: 'Inventaires', header: ['Articles comptés', '#sector'], number: ['Lignes', 2], date: ['Date', TODAY] },
  {
    source: 'countSheet',
    params: (s) => ({ id: s.sheetId }),
    title: 'Feuille d’inventaire',
    header: ['Compté', '#x_quantity +counted'],
    number: ['Compté', 98],
    date: ['Péremption', day(40)],
  },
];

describe('standard reports and grid exports, read back by exceljs', () => {
  it.each(CASES)('$source: French headers, HXL row, typed cells', async (c) => {
    const s = await world('fr');
    const { file, outcome } = await exportThroughJob(w.t, { source: c.source, params: c.params?.(s) ?? {}, format: 'xlsx', hxl: true });
    const { rows, sheet } = await readXlsx(file);
    expect(rows[0][0]).toBe(c.title);
    expect(sheet.getRow(6).font?.bold ?? sheet.getRow(6).getCell(1).font?.bold).toBe(true);
    const header = rows[5] as string[];
    const hxl = rows[6] as string[];
    expect(hxl[header.indexOf(c.header[0])]).toBe(c.header[1]);
    expect(hxl.every((tag) => typeof tag === 'string' && tag.startsWith('#'))).toBe(true);
    const data = rows.slice(7);
    expect(data.length).toBe(outcome.rows);
    expect(outcome.rows).toBeGreaterThan(0);
    if (c.number) {
      const col = header.indexOf(c.number[0]);
      expect(col, `${c.number[0]} in ${header.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(data.map((r) => r[col])).toContain(c.number[1]);
      for (const r of data) if (r[col] != null) expect(typeof r[col]).toBe('number');
    }
    if (c.date) {
      const col = header.indexOf(c.date[0]);
      expect(col, `${c.date[0]} in ${header.join(' | ')}`).toBeGreaterThanOrEqual(0);
      const dates = data.map((r) => r[col]).filter((v) => v != null);
      for (const d of dates) expect(d).toBeInstanceOf(Date);
      expect(dates.map((d) => (d as Date).toISOString().slice(0, 10))).toContain(c.date[1]);
    }
  });

  it('3W: who (organisation), what (activity and sector), where (site and admin areas), from stock held and sites operated', async () => {
    await world('en');
    const { file } = await exportThroughJob(w.t, { source: 'threeW', format: 'csv', hxl: true });
    const rows = await readCsv(file);
    const h = rows[0];
    const pick = (r: string[]) => [
      r[h.indexOf('Acronym')],
      r[h.indexOf('Activity')],
      r[h.indexOf('Sector')],
      r[h.indexOf('Site')],
      r[h.indexOf('Admin 2')],
    ];
    expect(rows.slice(2).map(pick)).toEqual([
      ['HH', 'Operates the site', 'Logistics', 'WH-A', 'VR0201'],
      ['UNICEF', 'Holds stock', 'Shelter', 'FOB-N', ''],
      ['WFP', 'Holds stock', 'Food', 'WH-A', 'VR0201'],
    ]);
  });

  it('a grid as shown: its columns in its order, a cell showing two values exported as two typed columns', async () => {
    await world('en');
    const doc = await exportThroughJob(w.t, {
      source: 'documents',
      format: 'xlsx',
      params: { siteId: w.site.wh, kind: 'receipt' },
      columns: [{ colId: 'party' }, { colId: 'number' }, { colId: 'totals' }],
    });
    const d = await readXlsx(doc.file);
    expect(d.rows[5]).toEqual(['From / to', 'Other site', 'Number', 'Total quantity']);
    expect(d.rows[6]).toEqual(['WFP', null, 'WH-A-GRN-2026-00001', 350].map((v) => v ?? undefined));

    const alerts = await exportThroughJob(w.t, {
      source: 'expiryAlerts',
      format: 'xlsx',
      params: { withinMonths: 9 },
      columns: [{ colId: 'quantity' }, { colId: 'itemCode' }],
      sort: [{ colId: 'itemCode', sort: 'asc' }],
      filterModel: { itemCode: { filterType: 'text', type: 'contains', filter: 'rice' } },
    });
    const a = await readXlsx(alerts.file);
    expect(a.rows[5]).toEqual(['Quantity', 'Unit', 'Item code']);
    expect(a.rows.slice(6)).toEqual([[100, 'each', 'RICE-25']]);
  });

  it('the incoming transfers, thresholds and vehicles grids export too, typed', async () => {
    await world('en');
    const lot = (await w.call('stock.lots.list', { itemId: w.item.rice })).find((l) => l.lotNumber === 'L-1')!.id;
    const sent = await w.post({
      siteId: w.site.wh,
      kind: 'transfer_out',
      otherSiteId: w.site.fob,
      occurredAt: day(-1),
      lines: [{ lotId: lot, quantity: 12 }],
    });
    await w.call('vehicles.save', {
      rows: [{ plate: 'UN-4411', kind: 'truck', payloadKg: 8000.5, cargoVolumeM3: 30, refrigerated: true, ownerOrgId: w.org.wfp }],
    });

    const incoming = await readXlsx(
      (await exportThroughJob(w.t, { source: 'incoming', format: 'xlsx', params: { siteId: w.site.fob } })).file,
    );
    expect(incoming.rows[5]).toEqual([
      'Transfer',
      'From',
      'To',
      'Sent',
      'Expected arrival',
      'Convoy',
      'Lines',
      'Total quantity',
      'Weight (kg)',
      'Reference',
    ]);
    const row = incoming.rows[6];
    expect(row.slice(0, 3)).toEqual([sent.document.number, 'WH-A', 'FOB-N']);
    expect((row[3] as Date).toISOString().slice(0, 10)).toBe(day(-1));
    expect(row[7]).toBe(12);

    const thresholds = await readXlsx(
      (await exportThroughJob(w.t, { source: 'thresholds', format: 'xlsx', columns: [{ colId: 'itemCode' }, { colId: 'minQuantity' }] }))
        .file,
    );
    expect(thresholds.rows.slice(5)).toEqual([
      ['Item code', 'Minimum', 'Unit'],
      ['TENT-F', 20, 'each'],
    ]);

    const vehicles = await readXlsx((await exportThroughJob(w.t, { source: 'vehicles', format: 'xlsx' })).file);
    expect(vehicles.rows[5].slice(0, 6)).toEqual(['Plate', 'Type', 'Owner', 'Payload (kg)', 'Volume (m³)', 'Refrigerated']);
    expect(vehicles.rows[6].slice(0, 6)).toEqual(['UN-4411', 'Truck', 'WFP', 8000.5, 30, 'yes']);
  });

  it('the stock card needs its site and item: a clear refusal naming the report, nothing written', async () => {
    await world('en');
    await expect(w.call('exports.preview', { source: 'stockCard', format: 'xlsx', params: { siteId: w.site.wh } })).rejects.toThrow(
      /Stock card.*(item or a lot)/,
    );
  });
});
