import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cell,
  editCell,
  focusCell,
  launchBrowser,
  openApp,
  pasteText,
  rowIndexOf,
  screenshot,
  startServer,
  waitForRows,
  type E2EServer,
} from './harness';
import { seedSample } from './sample';

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ setup: true });
  await seedSample(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const weightOf = async (code: string) => (await server.call('items.list', {})).find((i) => i.code === code)?.unitWeightKg;

async function at1280(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
}

describe('numbers, dates and direction by language', () => {
  it('French: a unit weight typed as 0,35 is saved as 0.35, 12,5 pasted is twelve and a half, 1,234 is refused as ambiguous at the cell', async () => {
    await server.call('system.setLanguage', { language: 'fr' });
    const { page, problems } = await openApp(browser, server, 'items');
    await at1280(page);
    await waitForRows(page, 3);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');

    const jerry = await rowIndexOf(page, 'WASH-JERRY-20');
    await editCell(page, jerry, 'unitWeightKg', '0,35');
    await expect.poll(() => weightOf('WASH-JERRY-20')).toBe(0.35);
    await expect.poll(() => cell(page, jerry, 'unitWeightKg').textContent()).toBe('0,35');

    const rice = await rowIndexOf(page, 'FOOD-RICE-25');
    await focusCell(page, rice, 'unitWeightKg');
    await pasteText(page, '12,5\r\n');
    await page.locator('.paste-preview').getByRole('button').first().click();
    await expect.poll(() => weightOf('FOOD-RICE-25')).toBe(12.5);
    await expect.poll(() => cell(page, rice, 'unitWeightKg').textContent()).toBe('12,5');

    await editCell(page, jerry, 'unitWeightKg', '1,234');
    await expect.poll(() => cell(page, jerry, 'unitWeightKg').getAttribute('class')).toContain('cell-invalid');
    await expect.poll(() => page.locator('.cell-problems').textContent()).toContain('1,234');
    expect(await page.locator('.entity-grid').getAttribute('data-saving')).toBe('no');
    expect(await weightOf('WASH-JERRY-20')).toBe(0.35);
    await page.keyboard.press('Escape');
    await screenshot(page, 'locale-fr-items');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Arabic: the layout is mirrored (dir=rtl, navigation on the right), codes stay left-to-right, and a grid edit saves', async () => {
    await server.call('system.setLanguage', { language: 'ar' });
    const { page, problems } = await openApp(browser, server, 'sites');
    await at1280(page);
    await waitForRows(page, 2);
    await expect.poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang].join(' '))).toBe('rtl ar');
    const nav = await page.locator('nav.sidenav').boundingBox();
    const main = await page.locator('main.page').boundingBox();
    expect(nav && main && nav.x > main.x + main.width / 2).toBe(true);
    expect(nav!.x + nav!.width).toBeGreaterThan(1270);
    // AG Grid in right-to-left mode (its own `ag-rtl` class inside the grid).
    await expect.poll(() => page.locator('.entity-grid .ag-rtl').count()).toBeGreaterThan(0);
    // A code keeps its own left-to-right order inside the right-to-left page.
    const code = cell(page, await rowIndexOf(page, 'FOB-N'), 'code');
    expect(await code.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');

    const row = await rowIndexOf(page, 'FOB-N');
    await editCell(page, row, 'name', 'FOB North (RTL)');
    await expect.poll(async () => (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')?.name).toBe('FOB North (RTL)');
    await screenshot(page, 'locale-ar-sites');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('one date style everywhere, ISO when chosen in the settings, and dates typed in the locale order', async () => {
    await server.call('system.setLanguage', { language: 'fr' });
    const { page, problems } = await openApp(browser, server, 'database');
    await at1280(page);
    const form = page.getByTestId('locale-form');
    await form.waitFor();
    await form.locator('select[name="dateStyle"]').selectOption('iso');
    await expect.poll(async () => (await server.call('locale.get', {})).dateStyle).toBe('iso');
    await form.locator('select[name="dateStyle"]').selectOption('locale');
    await expect.poll(async () => (await server.call('locale.get', {})).dateStyle).toBe('locale');
    // The audit trail writes its times as the rest of the app: 30/11/2026 15:03:04.
    await page.goto(`${server.url}#/audit`);
    await expect.poll(() => page.locator('.ag-cell[col-id="at"]').first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    await screenshot(page, 'locale-fr-audit');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
