import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileOf } from '../../electron/services/exchange/files';
import { refusedWritingNothing } from '../helpers/core';
import { exportThroughJob, readCsv, readXlsx } from '../helpers/exports';
import { recordEvents } from '../helpers/jobs';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * Exports in the core, as jobs writing real files, read back by real readers (exceljs for XLSX
 * and CSV). The partner rules are checked on the files themselves.
 */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

async function world() {
  w = await stockWorld();
  const sites = await w.call('sites.list', {});
  const fob = sites.find((s) => s.code === 'FOB-N')!;
  const wh = sites.find((s) => s.code === 'WH-A')!;
  await w.call('sites.save', {
    rows: [
      { ...fob, adm1Code: 'VR01', adm2Code: 'VR0102', latitude: 12.345678, longitude: 23.456789, sharing: 'RED' },
      { ...wh, adm1Code: 'VR02', adm2Code: 'VR0201', latitude: 11.5, longitude: 22.25, sharing: 'GREEN' },
    ],
  });
  await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'L-1', expiryDate: inDays(400), ownerOrgId: w.org.wfp, quantity: 100, condition: 'good' },
  ]);
  await w.receive(w.site.wh, [
    { itemId: w.item.rice, lotNumber: 'L-2', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 250, condition: 'good' },
    { itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 7, condition: 'good' },
  ]);
  return w;
}

describe('exports', () => {
  it('writes the stock report as XLSX: title block with the label, bold frozen header, HXL row, typed cells, document properties', async () => {
    await world();
    const { outcome, file } = await exportThroughJob(w.t, { source: 'onHand', params: {}, format: 'xlsx', hxl: true });
    expect(outcome).toMatchObject({ rows: 3, withheldRows: 0, label: 'RED', partnerShortName: null, format: 'xlsx' });
    expect(path.basename(file)).toMatch(/^corridor-stock-report-\d{8}-\d{4}-TLP-RED\.xlsx$/);
    const { wb, sheet, rows } = await readXlsx(file);
    expect(rows[0][0]).toBe('Stock report');
    expect(String(rows[1][0])).toMatch(/^TLP:RED — /);
    expect(String(rows[2][0])).toContain('by Capt. Test');
    expect(String(rows[2][0])).toContain('(TLB)');
    const header = rows[5];
    expect(header.slice(0, 5)).toEqual(['Site', 'Site name', 'Admin 1', 'Latitude', 'Longitude']);
    expect(sheet.getRow(6).font?.bold).toBe(true);
    expect(rows[6].slice(0, 5)).toEqual(['#loc +code', '#loc +name', '#adm1 +code', '#geo +lat', '#geo +lon']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    const q = header.indexOf('Quantity');
    const e = header.indexOf('Expiry');
    const data = rows.slice(7);
    expect(data.map((r) => r[q])).toEqual(expect.arrayContaining([100, 250, 7]));
    expect(data.find((r) => r[q] === 250)![e]).toBeInstanceOf(Date);
    expect(typeof data[0][header.indexOf('Latitude')]).toBe('number');
    expect(wb.keywords).toBe('TLP:RED');
    expect(wb.subject).toBe('TLP:RED');
    expect(sheet.getColumn(header.indexOf('Item') + 1).width).toBeGreaterThan(20);
  });

  it('exports a record grid as shown: only the columns sent, in their order, filtered and sorted like the grid', async () => {
    await world();
    const { file } = await exportThroughJob(w.t, {
      source: 'items',
      format: 'csv',
      columns: [{ colId: 'name' }, { colId: 'code' }, { colId: 'category' }],
      filterModel: { category: { filterType: 'text', type: 'contains', filter: 'sHeL' } },
      sort: [{ colId: 'code', sort: 'desc' }],
    });
    const rows = await readCsv(file);
    expect(rows).toEqual([
      ['Name', 'Code', 'Category'],
      ['Family tent', 'TENT-F', 'Shelter'],
    ]);
  });

  it('keeps commas, quotes, line breaks, accents and Arabic through CSV (UTF-8 with BOM) and neutralises formulas', async () => {
    await world();
    const name = 'Bâche "renforcée", 4×6 m — لوازم الإيواء';
    const notes = 'Ligne 1, "citée"\nسطر ثان';
    await w.call('organisations.save', { rows: [{ name, shortName: 'AR-1', kind: 'ngo', notes }] });
    await w.call('organisations.save', { rows: [{ name: '=HYPERLINK("http://x","y")', shortName: 'EVIL', kind: 'other' }] });
    const columns = [{ colId: 'shortName' }, { colId: 'name' }, { colId: 'notes' }];
    const { file, bytes } = await exportThroughJob(w.t, { source: 'organisations', format: 'csv', columns });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await readCsv(file);
    expect(rows.find((r) => r[0] === 'AR-1')).toEqual(['AR-1', name, notes]);
    expect(rows.find((r) => r[0] === 'EVIL')![1]).toBe(`'=HYPERLINK("http://x","y")`);
    const x = await exportThroughJob(w.t, { source: 'organisations', format: 'xlsx', columns });
    const { rows: xr } = await readXlsx(x.file);
    expect(xr.find((r) => r[0] === 'AR-1')).toEqual(['AR-1', name, notes]);
    expect(xr.find((r) => r[0] === 'EVIL')![1]).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('exports for a partner: rows above its label withheld, sensitive fields coarsened or omitted, label in name and file, audited with the hash', async () => {
    await world();
    await w.call('exportProfiles.save', {
      rows: [{ organisationId: w.org.ngo, maxLabel: 'AMBER', locations: 'coarsen', callSigns: 'omit' }],
    });
    const preview = await w.call('exports.preview', { source: 'onHand', format: 'xlsx', partnerOrgId: w.org.ngo });
    expect(preview).toMatchObject({ partnerShortName: 'HH', maxLabel: 'AMBER', rows: 2, label: 'GREEN' });
    expect(preview.withheld).toEqual([{ label: 'RED', rows: 1, why: expect.stringContaining("above HH's highest label") }]);
    expect(preview.fields.map((f) => [f.column, f.rule])).toEqual([
      ['Latitude', 'coarsen'],
      ['Longitude', 'omit'],
    ]);

    const { outcome, file, bytes } = await exportThroughJob(w.t, { source: 'onHand', format: 'xlsx', partnerOrgId: w.org.ngo });
    expect(outcome).toMatchObject({ rows: 2, withheldRows: 1, label: 'GREEN', partnerShortName: 'HH' });
    expect(path.basename(file)).toMatch(/-TLP-GREEN-for-HH\.xlsx$/);
    const { rows } = await readXlsx(file);
    expect(String(rows[3][0])).toContain('For HH.');
    const header = rows[5];
    expect(header).not.toContain('Latitude');
    expect(header).not.toContain('Longitude');
    expect(header).toContain('Admin area (coordinates withheld)');
    const data = rows.slice(6);
    expect(data.map((r) => r[0])).toEqual(['WH-A', 'WH-A']);
    expect(JSON.stringify(rows)).not.toContain('11.5');
    expect(data[0][header.indexOf('Admin area (coordinates withheld)')]).toBe('VR0201');

    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(outcome.sha256).toBe(sha);
    const history = await w.call('exports.history', {});
    expect(history[0]).toMatchObject({ partner: 'HH', label: 'GREEN', rows: 2, withheldRows: 1, sha256: sha, operator: 'Capt. Test' });
    const audit = await w.call('audit.list', { entity: 'export' });
    expect(audit).toHaveLength(1);
    expect(audit[0].operation).toBe('exports.forPartner');
  });

  it('omits a contact call sign for a partner whose profile says omit', async () => {
    await world();
    await w.call('contacts.save', { rows: [{ organisationId: w.org.wfp, name: 'Maj. Okafor', callSign: 'BRAVO-6' }] });
    await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.ngo, maxLabel: 'RED', callSigns: 'omit' }] });
    const { file } = await exportThroughJob(w.t, { source: 'contacts', format: 'csv', partnerOrgId: w.org.ngo });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('Maj. Okafor');
    expect(text).not.toContain('BRAVO-6');
    expect(text).not.toContain('Call sign');
  });

  it('refuses an export for a partner without a profile, writing nothing', async () => {
    await world();
    const error = await refusedWritingNothing(w.t.core, 'exports.preview', { source: 'onHand', format: 'csv', partnerOrgId: w.org.ngo });
    expect(error.message).toContain('HH has no export profile');
    const rec = recordEvents(w.t.core);
    const started = await w.t.core.call('jobs.start', { kind: 'export', source: 'onHand', format: 'csv', partnerOrgId: w.org.ngo });
    const job = await rec.ended(started.id);
    expect(job.state).toBe('failed');
    expect(job.message).toContain('HH has no export profile');
    expect(exportFileOf(path.join(w.t.dir, 'home'), job.id)).toBeNull();
    expect(await w.call('exports.history', {})).toEqual([]);
  });

  it('names bad filters and unknown columns precisely', async () => {
    await world();
    const bad = await refusedWritingNothing(w.t.core, 'exports.preview', {
      source: 'onHand',
      format: 'csv',
      params: { condition: 'melted' },
    });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues?.[0].path).toEqual(['params', 'condition']);
    const cols = await refusedWritingNothing(w.t.core, 'exports.preview', {
      source: 'sites',
      format: 'csv',
      columns: [{ colId: 'nothing' }],
    });
    expect(cols.message).toContain('it has: code, name');
  });
});
