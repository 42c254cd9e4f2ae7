import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, editCell, focusCell, launchBrowser, openApp, rowIndexOf, startServer, waitForRows, type E2EServer } from './harness';
import { seedSample } from './sample';

/**
 * Ctrl+Z after a save: the document lines and the thresholds are refetched after each save, and
 * setting the grid's rows again used to clear AG Grid's undo history, so the first save ended undo.
 */
let server: E2EServer;
let browser: Browser;
let sample: Awaited<ReturnType<typeof seedSample>>;

beforeAll(async () => {
  server = await startServer({ setup: true });
  sample = await seedSample(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LINES = '[data-testid=lines-grid]';
const THRESHOLDS = '[data-testid=thresholds-grid]';

describe('undo after a save', () => {
  it('undoes a saved document line quantity with Ctrl+Z, and the undone value is saved', async () => {
    const site = sample.sites.find((s) => s.code === 'HHI-WH1')!;
    const jerry = sample.items.find((i) => i.code === 'WASH-JERRY-20')!;
    const draft = await server.call('stock.documents.create', {
      siteId: site.id,
      kind: 'receipt',
      counterpartyOrgId: sample.orgs.find((o) => o.shortName === 'WFP')!.id,
      lines: [{ itemId: jerry.id, ownerOrgId: sample.hhi.id, quantity: 40 }],
    });
    const quantity = async () => (await server.call('stock.documents.get', { id: draft.document.id })).lines[0].quantity;
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${draft.document.id}`);
    await waitForRows(page, 1, LINES);
    await editCell(page, 0, 'quantity', '60', LINES);
    await expect.poll(quantity).toBe(60);
    await expect.poll(() => page.locator(LINES).getAttribute('data-saving')).toBe('no');
    await focusCell(page, 0, 'quantity', LINES);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 0, 'quantity', LINES).textContent()).toBe('40');
    await expect.poll(quantity).toBe(40);
    // Redo brings the saved edit back, saved again.
    await page.keyboard.press('Control+y');
    await expect.poll(quantity).toBe(60);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('undoes a saved low-stock threshold with Ctrl+Z, and the undone value is saved', async () => {
    const site = sample.sites.find((s) => s.code === 'HHI-WH1')!;
    const rice = sample.items.find((i) => i.code === 'FOOD-RICE-25')!;
    await server.call('stock.thresholds.save', { rows: [{ siteId: site.id, itemId: rice.id, minQuantity: 50 }] });
    const minimum = async () =>
      (await server.call('stock.thresholds.list', { siteId: site.id })).find((t) => t.itemId === rice.id)?.minQuantity;
    const { page, problems } = await openApp(browser, server, 'stock-alerts');
    await page.locator('[data-testid=alerts-site]').selectOption(site.id);
    await waitForRows(page, 1, THRESHOLDS);
    const row = await rowIndexOf(page, 'FOOD-RICE-25', 'itemCode', THRESHOLDS);
    await editCell(page, row, 'minQuantity', '75', THRESHOLDS);
    await expect.poll(minimum).toBe(75);
    await expect.poll(() => page.locator(THRESHOLDS).getAttribute('data-saving')).toBe('no');
    await focusCell(page, row, 'minQuantity', THRESHOLDS);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, row, 'minQuantity', THRESHOLDS).textContent()).toBe('50');
    await expect.poll(minimum).toBe(50);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
