import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, editCell, launchBrowser, openApp, startServer, waitForRows, type E2EServer } from './harness';

/**
 * Precise refresh: the core's `changed` events name record types and ids, and the window
 * refetches only what reads them. A rename made elsewhere reaches the stock screens (which join
 * item names); a cell saved in a grid does not fetch that grid's list again.
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

const renamed = async (code: string, name: string) => {
  const item = (await server.call('items.list', {})).find((i) => i.code === code)!;
  await server.call('items.save', { rows: [{ ...item, name }] });
};

describe('precise refresh', () => {
  it('renaming an item elsewhere shows the new name on the stock on-hand grid without a reload', async () => {
    const site = (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')!;
    const { page, problems } = await openApp(browser, server, `stock?site=${site.id}`);
    const code = page.locator('[data-testid=on-hand-grid] .ag-row[row-index="0"] [col-id="itemCode"]');
    const name = page.locator('[data-testid=on-hand-grid] .ag-row[row-index="0"] [col-id="itemName"]');
    await expect.poll(() => code.textContent()).not.toBe('');
    const itemCode = (await code.textContent())!;
    await renamed(itemCode, 'Renamed from another window');
    await expect.poll(() => name.textContent()).toBe('Renamed from another window');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a cell saved in the Items grid does not fetch the item list again', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 5);
    const lists: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/invoke') && (r.postData() ?? '').includes('"items.list"')) lists.push(r.postData()!);
    });
    const edited = (await cell(page, 0, 'code').textContent())!;
    const other = (await cell(page, 1, 'code').textContent())!;
    await editCell(page, 0, 'name', 'Edited in the grid');
    await expect.poll(async () => (await server.call('items.list', {})).find((i) => i.code === edited)?.name).toBe('Edited in the grid');
    // A rename made elsewhere after the save must refetch the list, and events arrive in order:
    // once it shows, the save's own event has been handled too, without a fetch of its own.
    await renamed(other, 'Renamed elsewhere');
    await expect.poll(() => cell(page, 1, 'name').textContent()).toBe('Renamed elsewhere');
    expect(await cell(page, 0, 'name').textContent()).toBe('Edited in the grid');
    expect(lists).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
