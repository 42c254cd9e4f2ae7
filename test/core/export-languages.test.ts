import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../electron/api/i18n';
import { EXPORT_HEADER_KEYS, wordedColumns } from '../../electron/services/exchange/headers';
import { EXPORT_SOURCE_TABLE } from '../../electron/services/exchange/sources';
import { SENSITIVE_FIELD_INFO } from '../../electron/api/vocabularies';
import { exportThroughJob, readCsv, readXlsx } from '../helpers/exports';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/*
 * Exports in the language of whoever exports (issue 9 point 6): headers, title block and what a
 * partner's profile changed are worded in French or Arabic, the HXL hashtags stay as they are,
 * read back from the real files by exceljs.
 */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

async function world(language: 'fr' | 'ar') {
  w = await stockWorld();
  await w.call('system.setLanguage', { language });
  const sites = await w.call('sites.list', {});
  const wh = sites.find((s) => s.code === 'WH-A')!;
  const fob = sites.find((s) => s.code === 'FOB-N')!;
  await w.call('sites.save', {
    rows: [
      { ...wh, adm1Code: 'VR02', latitude: 11.5, longitude: 22.25, sharing: 'GREEN' },
      { ...fob, sharing: 'RED' },
    ],
  });
  await w.receive(w.site.wh, [
    { itemId: w.item.rice, lotNumber: 'L-2', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 250, condition: 'good' },
  ]);
  await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 7, condition: 'good' }]);
  return w;
}

describe('export headers in the exporting operator’s language', () => {
  it('French XLSX: title block and headers in French, HXL row unchanged, numbers still numbers', async () => {
    await world('fr');
    const { file } = await exportThroughJob(w.t, { source: 'onHand', params: {}, format: 'xlsx', hxl: true });
    const { rows, wb } = await readXlsx(file);
    expect(rows[0][0]).toBe('État des stocks');
    expect(String(rows[1][0])).toMatch(/^TLP:RED — Réservé aux seuls destinataires/);
    expect(String(rows[2][0])).toMatch(/^Exporté le .* UTC depuis tous les sites \(.*\) par Capt\. Test$/);
    expect(rows[3][0]).toBe('Export interne (aucun profil de partenaire appliqué).');
    const header = rows[5];
    expect(header.slice(0, 3)).toEqual(['Site', 'Nom du site', 'Admin 1']);
    expect(header).toEqual(expect.arrayContaining(['Article', 'Quantité', 'Péremption', 'État de péremption', 'Propriétaire']));
    expect(header).not.toContain('Quantity');
    expect(rows[6].slice(0, 3)).toEqual(['#loc +code', '#loc +name', '#adm1 +code']);
    expect(wb.worksheets[0].name).toBe('État des stocks');
    const q = header.indexOf('Quantité');
    expect(rows.slice(7).map((r) => r[q])).toEqual(expect.arrayContaining([250, 7]));
  });

  it('Arabic CSV: headers in Arabic, HXL row unchanged, read back by the CSV reader', async () => {
    await world('ar');
    const { file } = await exportThroughJob(w.t, { source: 'items', format: 'csv', hxl: true });
    const rows = await readCsv(file);
    expect(rows[0].slice(0, 3)).toEqual(['الرمز', 'الاسم', 'الفئة']);
    expect(rows[1].slice(0, 3)).toEqual(['#item +code', '#item +name', '#sector']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(['RICE-25', 'TENT-F']);
  });

  it('a partner export in French: the changed fields, the withheld rows and the title block say why in French', async () => {
    await world('fr');
    await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.ngo, maxLabel: 'AMBER', locations: 'coarsen' }] });
    const preview = await w.call('exports.preview', { source: 'onHand', format: 'xlsx', partnerOrgId: w.org.ngo });
    expect(preview.withheld).toEqual([{ label: 'RED', rows: 1, why: 'TLP:RED dépasse le niveau le plus élevé de HH (TLP:AMBER)' }]);
    expect(preview.fields[0]).toEqual({
      column: 'Latitude',
      rule: 'coarsen',
      why: 'Positions exactes (coordonnées) : le profil de HH indique généraliser (lieu → zone administrative)',
    });
    const { file } = await exportThroughJob(w.t, { source: 'onHand', format: 'xlsx', partnerOrgId: w.org.ngo });
    const { rows } = await readXlsx(file);
    expect(rows[3][0]).toBe('Pour HH. 1 ligne au-dessus de TLP:AMBER retenue. Latitude généralisé, Longitude omis.');
    expect(rows[5]).toContain('Zone administrative (coordonnées retenues)');
  });

  it('yes/no cells in the exporting operator’s language (oui/non, نعم/لا); the HXL row unchanged', async () => {
    await world('fr');
    const fr = await readXlsx((await exportThroughJob(w.t, { source: 'items', format: 'xlsx', hxl: true })).file);
    const hxlRow = fr.rows.findIndex((r) => r.includes('#x_lot +required'));
    const lotCol = fr.rows[hxlRow].indexOf('#x_lot +required');
    const byCode = (rows: unknown[][], code: string) => rows.slice(hxlRow + 1).find((r) => r[0] === code)!;
    expect(byCode(fr.rows, 'RICE-25')[lotCol]).toBe('oui');
    expect(byCode(fr.rows, 'TENT-F')[lotCol]).toBe('non');
    await w.call('system.setLanguage', { language: 'ar' });
    const ar = await readXlsx((await exportThroughJob(w.t, { source: 'items', format: 'xlsx', hxl: true })).file);
    expect(ar.rows[hxlRow][lotCol]).toBe('#x_lot +required');
    expect(byCode(ar.rows, 'RICE-25')[lotCol]).toBe('نعم');
    expect(byCode(ar.rows, 'TENT-F')[lotCol]).toBe('لا');
    await w.call('system.setLanguage', { language: 'en' });
    const en = await readXlsx((await exportThroughJob(w.t, { source: 'items', format: 'xlsx', hxl: true })).file);
    expect(byCode(en.rows, 'RICE-25')[lotCol]).toBe('yes');
  });

  it('an export’s title in the audit trail and the export history is worded for whoever reads it', async () => {
    await world('fr');
    await exportThroughJob(w.t, { source: 'onHand', format: 'csv' });
    const titles = async () => ({
      history: (await w.call('exports.history', {})).map((h) => [h.title, h.partner]),
      audit: (await w.call('audit.list', { entity: 'export' })).map((a) => (JSON.parse(a.after!) as { title: string }).title),
    });
    expect(await titles()).toEqual({ history: [['État des stocks', '(interne)']], audit: ['État des stocks'] });
    await w.call('system.setLanguage', { language: 'ar' });
    expect(await titles()).toEqual({ history: [['تقرير المخزون', '(داخلي)']], audit: ['تقرير المخزون'] });
    await w.call('system.setLanguage', { language: 'en' });
    expect(await titles()).toEqual({ history: [['Stock report', '(internal)']], audit: ['Stock report'] });
    // An entry written before titles were stored as keys holds the exporter's words: worded again from its source.
    w.t.core.sqlite
      .prepare(`UPDATE audit_log SET after_json = json_set(after_json, '$.title', 'État des stocks') WHERE entity = 'export'`)
      .run();
    expect((await titles()).history).toEqual([['Stock report', '(internal)']]);
  });

  it('every column header of every export is worded in Arabic (none stays English; codes such as NSN aside)', () => {
    const headersIn = (language: 'en' | 'ar') => {
      setMessageLanguage(language);
      try {
        return Object.values(EXPORT_SOURCE_TABLE).flatMap((s) =>
          wordedColumns(s.columns).flatMap((c) => [c.header, ...(c.coarseHeader ? [c.coarseHeader] : [])]),
        );
      } finally {
        setMessageLanguage('en');
      }
    };
    const en = headersIn('en');
    const ar = headersIn('ar');
    const codes = ['NSN', 'GTIN', 'SHA-256'];
    expect(en.filter((h, i) => h === ar[i] && !codes.includes(h))).toEqual([]);
    const sensitive = Object.values(SENSITIVE_FIELD_INFO).map((i) => i.label);
    expect(sensitive.filter((h) => !(h in EXPORT_HEADER_KEYS))).toEqual([]);
  });
});
