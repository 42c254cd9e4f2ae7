import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cell,
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

/*
 * A record's own sharing label (TLP 2.0), set in its grid's "Sharing label" column: blank means
 * the record type's default, and the blank choice says which label that is.
 */

let server: E2EServer;
let browser: Browser;

const STOREKEEPER = { name: 'Cpl. Grid Keeper', pin: '4848' };

beforeAll(async () => {
  server = await startServer({ setup: true });
  await seedSample(server);
  await server.call('operators.create', { name: 'Grid Keeper', title: 'Cpl.', role: 'storekeeper', pin: STOREKEEPER.pin });
  await server.call('sharing.setDefaults', { item: 'AMBER' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const stored = async (code: string) => (await server.call('items.list', {})).find((i) => i.code === code)!;

const applyPaste = (page: Page) => page.locator('.paste-preview').getByRole('button', { name: 'Apply paste' }).click();

/** Opens the cell's select editor with Enter (its list opens with it) and picks the choice that reads exactly `label`. */
async function choose(page: Page, row: number, label: string): Promise<void> {
  await focusCell(page, row, 'sharing');
  await page.keyboard.press('Enter');
  await page.locator('.ag-select-list .ag-list-item').getByText(label, { exact: true }).click();
}

describe('the sharing label of a record', () => {
  it('is chosen in the Items grid, saved, and set back to blank (the type default, named in the cell)', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'FOOD-RICE-25');
    expect((await stored('FOOD-RICE-25')).sharing).toBeNull();
    // The column is the grid's last: brought into view (AG Grid renders only the columns in view).
    await focusCell(page, row, 'sharing');
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('Type default (TLP:AMBER)');
    expect(await page.locator('.entity-grid [role="columnheader"][col-id="sharing"]').textContent()).toContain('Sharing label');

    await choose(page, row, 'TLP:RED');
    await expect.poll(async () => (await stored('FOOD-RICE-25')).sharing).toBe('RED');
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('TLP:RED');

    await choose(page, row, 'Type default (TLP:AMBER)');
    await expect.poll(async () => (await stored('FOOD-RICE-25')).sharing).toBeNull();
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('Type default (TLP:AMBER)');

    // The blank follows the default as the Sharing page changes it.
    await server.call('sharing.setDefaults', { item: 'GREEN' });
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('Type default (TLP:GREEN)');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a pasted label, refuses anything else with the choices named, and a pasted blank stores null', async () => {
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'WASH-JERRY-20');
    await focusCell(page, row, 'sharing');
    // The column is built with the type default (it names it): once it shows, the grid is settled.
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('Type default (TLP:GREEN)');
    await pasteText(page, 'amber+strict');
    // It changes an existing item: the change is shown first and written on Apply.
    await applyPaste(page);
    await expect.poll(async () => (await stored('WASH-JERRY-20')).sharing).toBe('AMBER+STRICT');
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('TLP:AMBER+STRICT');

    await focusCell(page, row, 'sharing');
    await pasteText(page, 'PURPLE');
    await expect
      .poll(() => page.locator('.entity-grid').textContent())
      .toContain(
        '"PURPLE" is not a sharing label here; use one of: TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED, or leave it blank',
      );
    expect((await stored('WASH-JERRY-20')).sharing).toBe('AMBER+STRICT');

    await focusCell(page, row, 'sharing');
    await pasteText(page, 'Type default (TLP:GREEN)');
    await applyPaste(page);
    await expect.poll(async () => (await stored('WASH-JERRY-20')).sharing).toBeNull();
    await page.context().close();
  });

  it('reads in French and Arabic: the header and the blank choice in the reader’s language', async () => {
    const { page } = await openApp(browser, server, 'items');
    const at = async (language: 'fr' | 'ar') => {
      await page.selectOption('.topbar select[name="language"]', language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      // The window switches at once; the core remembers the choice when its answer comes. Reloaded
      // before that, the page would open in the language still stored (seen under load).
      await expect.poll(async () => (await server.call('system.status', {})).language).toBe(language);
      // The language is remembered: a fresh grid in it (the switch redraws the page under the focus).
      await page.reload();
      await waitForRows(page, 3);
      const row = await rowIndexOf(page, 'FOOD-RICE-25');
      await focusCell(page, row, 'sharing');
      return row;
    };
    let row = await at('fr');
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('Défaut du type (TLP:GREEN)');
    expect(await page.locator('.entity-grid [role="columnheader"][col-id="sharing"]').textContent()).toContain('Marquage de diffusion');
    row = await at('ar');
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('افتراضي النوع (TLP:GREEN)');
    expect(await page.locator('.entity-grid [role="columnheader"][col-id="sharing"]').textContent()).toContain('تصنيف المشاركة');
    await choose(page, row, 'TLP:RED');
    await expect.poll(async () => (await stored('FOOD-RICE-25')).sharing).toBe('RED');
    await page.selectOption('.topbar select[name="language"]', 'en');
    await page.context().close();
  });

  it('offers a storekeeper only the label a row has and stricter ones; a pasted lower label is refused by the core, named', async () => {
    const fuel = await stored('FUEL-DSL');
    await server.call('items.save', { rows: [{ ...fuel, sharing: 'AMBER+STRICT' }] });
    const { page, problems } = await openApp(browser, server, 'items', STOREKEEPER);
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'FUEL-DSL');
    await focusCell(page, row, 'sharing');
    await expect.poll(() => cell(page, row, 'sharing').textContent()).toBe('TLP:AMBER+STRICT');
    await page.keyboard.press('Enter');
    const list = page.locator('.ag-select-list .ag-list-item');
    await expect.poll(async () => (await list.allTextContents()).map((s) => s.trim())).toEqual(['TLP:AMBER+STRICT', 'TLP:RED']);
    await page.keyboard.press('Escape');

    await focusCell(page, row, 'sharing');
    await pasteText(page, 'GREEN');
    await applyPaste(page);
    // Said once, in the paste's problem table (line, row, column, the value as pasted, the core's words).
    const refusal = page.locator('.paste-problems tbody tr');
    await expect
      .poll(() => refusal.textContent())
      .toContain('Lowering a sharing label (from TLP:AMBER+STRICT to TLP:GREEN) decides what may leave the base');
    expect((await refusal.locator('td').allTextContents()).slice(0, 4)).toEqual(['1', 'row 2 (FUEL-DSL)', 'Sharing label', 'GREEN']);
    expect(await page.locator('.entity-grid').textContent()).not.toContain('Nothing was pasted');
    expect(await page.locator('.cell-problems').count()).toBe(0);
    expect(await cell(page, row, 'sharing').textContent()).toBe('TLP:AMBER+STRICT');
    expect((await stored('FUEL-DSL')).sharing).toBe('AMBER+STRICT');
    await screenshot(page, 'items-sharing-storekeeper');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says a blank contact leaves the base under its organisation’s label when that is stricter, as the export does', async () => {
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    await server.call('organisations.save', { rows: [{ ...hhi, sharing: 'RED' }] });
    const jon = (await server.call('contacts.list', { organisationId: hhi.id })).find((c) => c.name === 'Jon Berg')!;
    await server.call('contacts.save', { rows: [{ ...jon, sharing: 'GREEN' }] });
    const { page, problems } = await openApp(browser, server, 'organisations');
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForRows(page, 3);
    await cell(page, await rowIndexOf(page, 'HHI', 'shortName'), 'name').click();
    const contacts = '.detail .entity-grid';
    const row = await rowIndexOf(page, 'Amina Diallo', 'name', contacts);
    await focusCell(page, row, 'sharing', contacts);
    await expect.poll(() => cell(page, row, 'sharing', contacts).textContent()).toBe('Organisation’s TLP:RED');
    expect(await page.locator('.detail-note').textContent()).toBe(
      'HHI’s label, TLP:RED, applies too: a contact or an agreement leaves the base under the stricter of its own label and this one.',
    );
    // Jon's own GREEN shows as set, marked: its tooltip says he leaves under HHI's RED all the same.
    const jonCell = cell(page, await rowIndexOf(page, 'Jon Berg', 'name', contacts), 'sharing', contacts);
    expect(await jonCell.textContent()).toBe('TLP:GREEN');
    expect(await jonCell.getAttribute('class')).toContain('cell-noted');
    expect(await cell(page, row, 'sharing', contacts).getAttribute('class')).not.toContain('cell-noted');
    await jonCell.hover();
    await expect
      .poll(() => page.locator('.ag-tooltip').textContent())
      .toBe('Leaves the base under its organisation’s TLP:RED: the stricter label applies');
    // The contacts export says the same: Amina's row leaves under RED.
    const preview = await server.call('exports.preview', { source: 'contacts', params: { organisationId: hhi.id }, format: 'csv' });
    expect(preview.label).toBe('RED');
    await screenshot(page, 'contacts-organisation-label');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
