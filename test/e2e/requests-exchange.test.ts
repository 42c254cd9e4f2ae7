import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/**
 * Requests through the partner-spreadsheets exchange in Chromium over the demo: HHI's request
 * list (French headers, two lines under one reference) imported from the register's button
 * becomes draft requests, seen in the register; then the register is exported with its HXL row.
 */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LIST = [
  'Référence,Organisation demandeuse,Organisation sollicitée,Type de demande,Priorité,Besoin pour le,Vers,Besoin,Quantité,Unité,Durée (jours)',
  'HHI-E2E-01,HHI,NSLB,Transport,Urgent,30/01/2030,Kell,Camion 10 t,2,camions,3',
  'HHI-E2E-01,HHI,NSLB,Transport,Urgent,30/01/2030,Kell,Chariot élévateur,1,unité,3',
  'HHI-E2E-02,HHI,NSLB,Stockage,Routine,15/02/2030,Kell,Entrepôt couvert,40,m3,21',
].join('\r\n');

describe('requests through the exchange, in Chromium', () => {
  it('imports a partner request list as drafts from the register, sees them there, and exports the register with HXL', async () => {
    const { page, problems } = await openApp(browser, server, 'requests');
    await page.setViewportSize({ width: 1280, height: 720 });
    const register = page.getByTestId('request-register');
    await register.locator('.ag-row').first().waitFor();
    await page.getByTestId('import-request-list').click();
    await expect.poll(() => page.getByLabel('What the file holds').inputValue()).toBe('requests');
    await page.getByTestId('import-file').setInputFiles({ name: 'demandes-hhi.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.locator('[data-count="bad"]').textContent()).toBe('0 bad rows');
    await screenshot(page, 'requests-import-preview');
    await page.getByRole('button', { name: 'Create 2 draft requests for review' }).click();
    await page.getByRole('status').filter({ hasText: 'Created 2 draft requests.' }).waitFor();
    await page.getByRole('link', { name: 'Open the drafts in the request register' }).click();

    await expect.poll(() => register.locator('.ag-row', { hasText: 'Transport: Camion 10 t' }).count()).toBe(1);
    await expect.poll(() => register.locator('.ag-row', { hasText: 'Storage space: Entrepôt couvert' }).count()).toBe(1);
    const drafts = await server.call('requests.list', { status: ['draft'], search: 'Camion', sort: [], offset: 0, limit: 10 });
    const detail = await server.call('requests.get', { id: drafts.rows[0].id });
    expect(detail.request).toMatchObject({ partnerReference: 'HHI-E2E-01', status: 'draft', requester: 'HHI', provider: 'NSLB' });
    expect(detail.lines.map((l) => [l.quantity, l.unit])).toEqual([
      [2, 'trucks'],
      [1, 'each'],
    ]);

    // The drafts as filtered, with the HXL row (the demo's four-eyes off: this export stays in the house).
    const rules = await server.call('system.fourEyes.get', {});
    const off = await server.call('system.fourEyes.save', { ...rules, exportsAboveGreen: false });
    await page.getByRole('button', { name: 'Export register…' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    await panel.getByLabel('HXL hashtag row').check();
    await screenshot(page, 'requests-export');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^corridor-request-register-.*\.xlsx$/);
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // The measures of the period shown, from the Measures tab.
    await page.getByTestId('tab-measures').click();
    await page.getByTestId('m-submitted').waitFor();
    await page.getByRole('button', { name: 'Export measures…' }).click();
    const measuresPanel = page.getByRole('dialog', { name: 'Export' });
    await screenshot(page, 'requests-measures-export');
    const measuresDownload = page.waitForEvent('download');
    await measuresPanel.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await measuresDownload).suggestedFilename()).toMatch(/^corridor-request-measures-.*\.xlsx$/);
    await server.call('system.fourEyes.save', { ...off, exportsAboveGreen: rules.exportsAboveGreen });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow({ includeEmpty: true }, (r, n) => (rows[n - 1] = (r.values as unknown[]).slice(1)));
    const header = rows[5].map(String);
    expect(rows[6]).toEqual(expect.arrayContaining(['#activity +request +code', '#org +requesting', '#status', '#date +needed']));
    const data = rows.slice(7);
    const titles = data.map((r) => r[header.indexOf('Title')]);
    expect(titles).toEqual(expect.arrayContaining(['Transport: Camion 10 t', 'Storage space: Entrepôt couvert']));
    expect(data.every((r) => r[header.indexOf('Status')] === 'Draft')).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
