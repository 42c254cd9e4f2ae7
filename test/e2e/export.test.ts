import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

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
    const reportButton = page.getByRole('button', { name: 'Stock report…' });
    await reportButton.click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    // The keyboard is in the panel as it opens; Escape closes it and gives the keyboard back to its button, and Enter opens it again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Format');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await reportButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await panel.waitFor();
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

  it('refuses a partner export that would hold no row, saying why, instead of writing an empty release', async () => {
    const fob = (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')!;
    const { page, problems } = await openApp(browser, server, `stock?site=${fob.id}`);
    await page.locator('[data-testid="on-hand-count"]').filter({ hasText: 'stock line' }).waitFor();
    await page.getByRole('button', { name: 'Stock report…' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    // A card over the page, styled even when the stock page is the first one opened (its styles
    // once came only with the editable grids' chunk, and the panel spread unstyled across the page).
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    await panel.getByLabel('Export for').selectOption(hhi.id);
    // The forward base is RED, above HHI's GREEN: every one of its lines is withheld.
    await panel.getByTestId('export-none').waitFor();
    expect(await panel.getByTestId('export-preview').textContent()).toContain('0 rows will go to HHI');
    expect(await panel.getByTestId('export-none').textContent()).toContain('No row may go to HHI');
    await screenshot(page, 'export-none-for-partner');
    // Export previews again and stops there: no job, no file, nothing in the history.
    const before = (await server.call('exports.history', {})).length;
    await panel.getByRole('button', { name: 'Export for HHI' }).click();
    await panel.getByTestId('export-none').waitFor();
    // The site filter widened with the panel open: Export previews again and lets the rows go.
    await page.getByTestId('on-hand-site').selectOption({ label: 'All sites' });
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export for HHI' }).click();
    expect((await download).suggestedFilename()).toMatch(/-for-HHI\.xlsx$/);
    await expect.poll(async () => (await server.call('exports.history', {})).length).toBe(before + 1);
    expect(await panel.getByTestId('export-none').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
