import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, startServer, type E2EServer } from './harness';

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

describe('export for a partner, in Chromium', () => {
  it('exports the stock report for an NGO partner: the preview says what is withheld, and the downloaded file holds none of it', async () => {
    const { page, problems } = await openApp(browser, server, 'stock?site=all');
    await page.locator('[data-testid="on-hand-count"]').filter({ hasText: 'stock line' }).waitFor();
    await page.getByRole('button', { name: 'Stock report…' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    await panel.getByLabel('Export for').selectOption(hhi.id);
    const preview = panel.getByTestId('export-preview');
    await preview.filter({ hasText: 'Withheld:' }).waitFor();
    expect(await preview.textContent()).toContain("TLP:RED is above HHI's highest label (TLP:GREEN)");
    expect(await preview.textContent()).toContain('Coarsened: Latitude');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export for HHI' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^corridor-stock-report-.*-TLP-GREEN-for-HHI\.xlsx$/);
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow({ includeEmpty: true }, (r, n) => (rows[n - 1] = (r.values as unknown[]).slice(1)));
    expect(String(rows[1][0])).toMatch(/^TLP:GREEN/);
    const header = rows[5].map(String);
    expect(header).not.toContain('Latitude');
    expect(header).not.toContain('Longitude');
    expect(header).toContain('Admin area (coordinates withheld)');
    const data = rows.slice(6);
    expect(data.length).toBeGreaterThan(0);
    // The forward base is RED and jet fuel AMBER+STRICT: neither leaves for an NGO.
    expect(data.some((r) => r[0] === 'FOB-N')).toBe(false);
    expect(data.some((r) => r.includes('FU-JP8'))).toBe(false);
    const sites = await server.call('sites.list', {});
    const coordinates = sites.flatMap((s) => [s.latitude, s.longitude]).filter((v): v is number => typeof v === 'number');
    expect(data.flat().some((v) => typeof v === 'number' && coordinates.includes(v))).toBe(false);

    const history = await server.call('exports.history', {});
    expect(history[0]).toMatchObject({ partner: 'HHI', label: 'GREEN', fileName: file.suggestedFilename() });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
