import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/*
 * Standard reports and a grid export in Chromium (issue 12 point 1): the 3W report from the
 * Sharing page's Standard reports section, and the expiring-stock grid of the Alerts page as
 * shown, each downloaded by the browser and read back by exceljs.
 */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  // The subject is the files: the demo's four-eyes check on exports above GREEN is four-eyes.test's.
  const rules = await server.call('system.fourEyes.get', {});
  await server.call('system.fourEyes.save', { ...rules, exportsAboveGreen: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function rowsOf(file: Download): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow({ includeEmpty: true }, (r, n) => (rows[n - 1] = (r.values as unknown[]).slice(1)));
  return rows;
}

/** Opens the Export… panel under `button`, ticks the HXL row, exports and waits for the download. */
async function exportFrom(page: Page, button: ReturnType<Page['locator']>): Promise<Download> {
  await button.click();
  const panel = page.getByRole('dialog', { name: 'Export' });
  await panel.getByLabel('HXL hashtag row').check();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  return file;
}

describe('standard reports and grid exports, in Chromium', () => {
  it('exports the 3W report from the Standard reports section: who, what, where, with its HXL row', async () => {
    const { page, problems } = await openApp(browser, server, 'sharing');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('tab', { name: 'Standard reports' }).click();
    const reports = page.getByTestId('reports');
    await reports.waitFor();
    for (const name of ['Stock report', 'Stock card', 'Document register', '3W: who, what, where', 'Catalogue', 'Sites', 'Audit trail']) {
      await reports.getByRole('rowheader', { name, exact: true }).waitFor();
    }
    // The stock card asks for its site and item before it can be exported.
    await expect.poll(() => reports.locator('tr[data-report="stockCard"]').textContent()).toContain('Choose a site and an item first.');
    await screenshot(page, 'reports-section');

    const file = await exportFrom(page, reports.locator('tr[data-report="threeW"]').getByRole('button', { name: 'Export…' }));
    expect(file.suggestedFilename()).toMatch(/^corridor-3w-.*\.xlsx$/);
    const rows = await rowsOf(file);
    expect(rows[0][0]).toBe('3W: who, what, where');
    const header = rows[5].map(String);
    expect(header.slice(0, 5)).toEqual(['Organisation', 'Acronym', 'Organisation type', 'Activity', 'Sector']);
    expect(rows[6].slice(0, 5)).toEqual(['#org +name', '#org +acronym', '#org +type', '#activity', '#sector']);
    const activity = header.indexOf('Activity');
    const data = rows.slice(7);
    expect(new Set(data.map((r) => r[activity]))).toEqual(new Set(['Holds stock', 'Operates the site']));
    const good = header.indexOf('Good stock (base units)');
    expect(data.some((r) => typeof r[good] === 'number' && (r[good] as number) > 0)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('exports the expiring-stock grid of the Alerts page as shown: its columns in order, quantities as numbers, dates as dates', async () => {
    const { page, problems } = await openApp(browser, server, 'stock-alerts');
    await page.setViewportSize({ width: 1280, height: 720 });
    const section = page.getByRole('region', { name: 'Expiry alerts' });
    await section.locator('.ag-row').first().waitFor();
    await page.getByTestId('alerts-within9').check();
    // The 9-month query starts on the click and its count reads "Loading…" until it answers (no
    // previous data is kept), so wait for a number: reading at once raced with the query on a loaded machine.
    const countNow = async () => Number((await page.getByTestId('expiry-alert-count').textContent())?.match(/\d+/)?.[0] ?? NaN);
    await expect.poll(countNow).toBeGreaterThan(0);
    const shown = await countNow();

    const file = await exportFrom(page, section.getByRole('button', { name: 'Export…' }));
    expect(file.suggestedFilename()).toMatch(/^corridor-expiry-alerts-.*\.xlsx$/);
    const rows = await rowsOf(file);
    expect(rows[0][0]).toBe('Expiring stock');
    // The grid's columns in its order; the quantity's unit and the days left follow their cells.
    expect(rows[5]).toEqual(['Site', 'Item code', 'Item', 'Lot', 'Expiry', 'Days to expiry', 'Owner', 'Quantity', 'Unit']);
    const data = rows.slice(7);
    expect(data.length).toBe(shown);
    for (const r of data) {
      expect(r[4]).toBeInstanceOf(Date);
      expect(typeof r[7]).toBe('number');
    }
    await screenshot(page, 'alerts-export');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
