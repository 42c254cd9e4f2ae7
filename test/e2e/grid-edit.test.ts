import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cell,
  clickInPage,
  editCell,
  focusCell,
  launchBrowser,
  openApp,
  rowIndexOf,
  startServer,
  waitForRows,
  type E2EServer,
  signInOnPage,
} from './harness';
import { seedSample } from './sample';
import { holdCalls } from './hold-calls';

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

describe('editing a grid', () => {
  it('saves an edited cell and shows it again after a reload', async () => {
    const { page, problems } = await openApp(browser, server, 'sites');
    await waitForRows(page, 2);
    await expect.poll(() => cell(page, 0, 'code').textContent()).toBe('FOB-N');
    await editCell(page, 0, 'name', 'FOB North (main gate)');
    await expect
      .poll(async () => (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')?.name)
      .toBe('FOB North (main gate)');
    await page.reload();
    await waitForRows(page, 2);
    await expect.poll(() => cell(page, 0, 'name').textContent()).toBe('FOB North (main gate)');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps a value the core refuses (a code another item holds) in its cell, red, said once; Esc puts the stored one back', async () => {
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'FOOD-RICE-25');
    await editCell(page, row, 'code', 'WASH-JERRY-20');
    const target = cell(page, row, 'code');
    await expect.poll(() => target.getAttribute('class')).toContain('cell-invalid');
    // What was typed stays where it was typed (not an empty cell, not the stored value under a red frame).
    expect(await target.textContent()).toBe('WASH-JERRY-20');
    await expect.poll(() => page.locator('.cell-problems').textContent()).toContain('"WASH-JERRY-20" is already used by another item');
    // Said once: the refusal is at the cell and in its list, not again in a notice below.
    expect(await page.getByText('is already used by another item').count()).toBe(1);
    expect((await server.call('items.list', {})).filter((i) => i.code === 'WASH-JERRY-20')).toHaveLength(1);
    await focusCell(page, row, 'code');
    await page.keyboard.press('Escape');
    await expect.poll(() => target.textContent()).toBe('FOOD-RICE-25');
    await expect.poll(() => target.getAttribute('class')).not.toContain('cell-invalid');
    await page.context().close();
  });

  it('shows a bad value at the cell and does not save it', async () => {
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'WASH-JERRY-20');
    await editCell(page, row, 'nsn', '12-34');
    const target = cell(page, row, 'nsn');
    await expect.poll(() => target.getAttribute('class')).toContain('cell-invalid');
    await expect.poll(() => page.locator('.cell-problems').textContent()).toContain('NSN must be 13 digits written NNNN-NN-NNN-NNNN');
    await expect.poll(() => page.locator('.cell-problems').textContent()).toContain('NSN');
    // The message is also at the cell itself, as its tooltip.
    await target.hover();
    await expect.poll(() => page.locator('.ag-tooltip').textContent()).toContain('NSN must be 13 digits');
    // The database never saw it: the grid refused it before any save was queued.
    expect(await page.locator('.entity-grid').getAttribute('data-saving')).toBe('no');
    const stored = (await server.call('items.list', {})).find((i) => i.code === 'WASH-JERRY-20');
    expect(stored?.nsn).toBeNull();
    const audits = await server.call('audit.list', { entityId: stored!.id });
    expect(audits).toHaveLength(1); // only its creation
    await page.reload();
    await waitForRows(page, 3);
    await focusCell(page, await rowIndexOf(page, 'WASH-JERRY-20'), 'nsn');
    expect(await page.evaluate(() => document.activeElement?.closest('[col-id]')?.textContent)).toBe('');
    await page.context().close();
  });

  it('a value the core refuses stays in its cell to be corrected there; the corrected value saves', async () => {
    const { page } = await openApp(browser, server, 'sites');
    await waitForRows(page, 2);
    const row = await rowIndexOf(page, 'HHI-WH1');
    // Valid in the browser, but another site already has this code: only the core knows.
    await editCell(page, row, 'code', 'FOB-N');
    const target = cell(page, row, 'code');
    await expect.poll(() => target.getAttribute('class')).toContain('cell-invalid');
    expect(await target.textContent()).toBe('FOB-N');
    await expect
      .poll(() => page.locator('.cell-problems').textContent())
      .toContain('Not saved: Code "FOB-N" is already used by another site');
    expect((await server.call('sites.list', {})).map((s) => s.code).sort()).toEqual(['FOB-N', 'HHI-WH1']);
    // Corrected where it was typed: the red goes and the row saves.
    await editCell(page, row, 'code', 'HHI-WH1');
    await expect.poll(() => target.getAttribute('class')).not.toContain('cell-invalid');
    await expect.poll(() => page.locator('.entity-grid').getAttribute('data-saving')).toBe('no');
    expect((await server.call('sites.list', {})).map((s) => s.code).sort()).toEqual(['FOB-N', 'HHI-WH1']);
    await page.context().close();
  });

  it('Esc on a row with an unsaved bad value puts back the stored value', async () => {
    const { page } = await openApp(browser, server, 'sites');
    await waitForRows(page, 2);
    const row = await rowIndexOf(page, 'HHI-WH1');
    await editCell(page, row, 'latitude', '123');
    await expect.poll(() => page.locator('.cell-problems').textContent()).toContain('Latitude must be between -90 and 90');
    expect(await cell(page, row, 'latitude').textContent()).toBe('123');
    await focusCell(page, row, 'latitude');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(page, row, 'latitude').textContent()).toBe('3.121');
    expect(await page.locator('.cell-problems').count()).toBe(0);
    await page.context().close();
  });

  it('saves a yes/no cell ticked with the keyboard', async () => {
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'WASH-JERRY-20');
    await focusCell(page, row, 'freezeSensitive');
    await page.keyboard.press('Space');
    await expect
      .poll(async () => (await server.call('items.list', {})).find((i) => i.code === 'WASH-JERRY-20')?.freezeSensitive)
      .toBe(true);
    await page.context().close();
  });

  it('undoes an edit with Ctrl+Z and saves the undone value', async () => {
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const row = await rowIndexOf(page, 'FUEL-DSL');
    await editCell(page, row, 'name', 'Diesel, arctic grade');
    const byCode = async () => (await server.call('items.list', {})).find((i) => i.code === 'FUEL-DSL')!;
    await expect.poll(async () => (await byCode()).name).toBe('Diesel, arctic grade');
    const versionAfterEdit = (await byCode()).version;
    await focusCell(page, row, 'name');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, row, 'name').textContent()).toBe('Diesel fuel');
    await expect.poll(async () => (await byCode()).name).toBe('Diesel fuel');
    expect((await byCode()).version).toBe(versionAfterEdit + 1);
    // Redo brings the edit back, also saved.
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await byCode()).name).toBe('Diesel, arctic grade');
    await page.reload();
    await waitForRows(page, 3);
    expect(await cell(page, await rowIndexOf(page, 'FUEL-DSL'), 'name').textContent()).toBe('Diesel, arctic grade');
    await page.context().close();
  });

  it('remembers column layout (sort and hidden columns) across a reload', async () => {
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    await page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').first().click();
    await expect.poll(() => page.locator('.ag-header-cell[col-id="name"]').first().getAttribute('aria-sort')).toBe('ascending');
    await page.locator('.column-chooser summary').click();
    // The box shows the new state as soon as it is clicked (AG Grid reports the change a task later).
    expect(await clickInPage(page, 'input[name="col-gtin"]')).toBe(false);
    await expect.poll(() => page.locator('.ag-header-cell[col-id="gtin"]').count()).toBe(0);
    await expect.poll(async () => JSON.stringify(await server.call('layout.get', { key: 'items' }))).toContain('"colId":"gtin","width"');
    await page.reload();
    await waitForRows(page, 3);
    await expect.poll(() => page.locator('.ag-header-cell[col-id="name"]').first().getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('.ag-header-cell[col-id="gtin"]').count()).toBe(0);
    expect(await page.locator('.ag-header-cell[col-id="category"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('applies a stored layout that is slow to arrive before any column can be changed, so it never undoes a choice', async () => {
    await server.call('layout.save', { key: 'sites', state: { columns: [{ colId: 'town', hide: true }] } });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // layout.get is held back until the test lets it go: the rows arrive first, as on a loaded machine.
    const layout = await holdCalls(page, 'layout.get');
    const listed = page.waitForResponse(
      async (r) => r.url().endsWith('/api/invoke') && r.request().postData()?.includes('"sites.list"') === true,
    );
    await page.goto(`${server.url}#/sites`);
    await signInOnPage(page, server.operator!);
    await listed;
    // The rows are in, the layout is not: the grid waits for it and offers no column to change yet.
    await page.locator('.entity-grid .grid-body[data-layout="pending"]').waitFor();
    expect(await page.locator('.column-chooser').count()).toBe(0);
    // Nor a new row: "+ Add" waits for the grid it pins the row into (a click did nothing before).
    expect(await page.getByRole('button', { name: '+ Add site' }).isDisabled()).toBe(true);
    layout.release();
    await waitForRows(page, 2);
    expect(await page.locator('.ag-header-cell[col-id="town"]').count()).toBe(0);
    await page.locator('.column-chooser summary').click();
    expect(await clickInPage(page, 'input[name="col-operatorOrgId"]')).toBe(false);
    await expect.poll(() => page.locator('.ag-header-cell[col-id="operatorOrgId"]').count()).toBe(0);
    await expect
      .poll(async () => JSON.stringify(await server.call('layout.get', { key: 'sites' })))
      .toMatch(/"colId":"operatorOrgId"[^}]*"hide":true/);
    const saved = JSON.stringify(await server.call('layout.get', { key: 'sites' }));
    expect(saved).toMatch(/"colId":"town"[^}]*"hide":true/);
    await context.close();
  });
});
