import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editCell, launchBrowser, navLink, openApp, pasteText, startServer, waitForRows, type E2EServer } from './harness';

let server: E2EServer;
let browser: Browser;
const N = 10_000;
const CATEGORIES = ['nfi', 'shelter', 'wash', 'fuel', 'construction', 'spare_parts'] as const;

beforeAll(async () => {
  server = await startServer({ setup: true });
  const rows = Array.from({ length: N }, (_, i) => ({
    code: `SP-${String(i).padStart(5, '0')}`,
    name: `Spare part ${i}, assembly ${i % 97}`,
    category: CATEGORIES[i % CATEGORIES.length],
    baseUnit: 'each',
    packSizes: i % 3 === 0 ? 'carton=20; pallet=800' : '',
    unitWeightKg: 0.5 + (i % 40),
  }));
  await server.call('items.save', { rows });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Items grid at 10,000 items', () => {
  it('shows its first rows quickly, scrolls, searches and saves an edit without reloading the list by hand', async () => {
    const { page, problems } = await openApp(browser, server);
    await page.locator('.topbar').waitFor();
    const started = Date.now();
    await navLink(page, 'Items').click();
    await waitForRows(page, 20);
    const firstRowsMs = Date.now() - started;
    await expect.poll(() => page.locator('.grid-count').textContent()).toBe('10,000 items');

    // Jump to the last row with the keyboard (Ctrl+Down) and back (Ctrl+Up).
    await page.locator('.entity-grid .ag-row[row-index="0"] [col-id="name"]').click();
    const scrollStart = Date.now();
    await page.keyboard.press('Control+ArrowDown');
    await page
      .locator(`.entity-grid .ag-row[row-index="${N - 1}"]`)
      .first()
      .waitFor();
    const scrollMs = Date.now() - scrollStart;
    await page.keyboard.press('Control+ArrowUp');
    await page.locator('.entity-grid .ag-row[row-index="0"]').waitFor();

    const searchStart = Date.now();
    await page.fill('input[type="search"]', 'SP-09999');
    await expect.poll(() => page.locator('.grid-count').textContent()).toBe('1 item');
    const searchMs = Date.now() - searchStart;
    // The rows that no longer match animate away; wait until only the match is left.
    await expect.poll(() => page.locator('.entity-grid .ag-row:not(.ag-row-pinned)').count()).toBe(1);

    const editStart = Date.now();
    await editCell(page, 0, 'name', 'Spare part 9999, overhauled');
    await expect
      .poll(async () => (await server.call('items.list', {})).find((i) => i.code === 'SP-09999')?.name, { timeout: 20_000 })
      .toBe('Spare part 9999, overhauled');
    const editMs = Date.now() - editStart;

    // A 2,000-line block pasted below the last row: one save, with a progress line meanwhile.
    await page.fill('input[type="search"]', '');
    await expect.poll(() => page.locator('.grid-count').textContent()).toBe('10,000 items');
    await page.evaluate(() => {
      const w = window as unknown as { sawBusy?: string };
      new MutationObserver(() => {
        const busy = document.querySelector('.msg.busy');
        if (busy) w.sawBusy = busy.textContent ?? '';
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('.entity-grid .ag-row[row-index="0"] [col-id="code"]').click();
    await page.keyboard.press('Control+ArrowDown');
    await page
      .locator(`.entity-grid .ag-row[row-index="${N - 1}"]`)
      .first()
      .waitFor();
    const lines = Array.from({ length: 2000 }, (_, i) => `NEW-${i}\tNew spare ${i}\tSpare parts`);
    const pasteStart = Date.now();
    // Starts on the last row (overwriting its code/name/category with the first line), then adds 1,999.
    await pasteText(page, lines.join('\r\n'));
    // It changes an existing item (the last row): the change is shown first and written on Apply.
    await page.locator('.paste-preview').getByRole('button', { name: 'Apply paste' }).click();
    await expect.poll(() => page.locator('.grid-count').textContent(), { timeout: 60_000 }).toBe('11,999 items');
    const pasteMs = Date.now() - pasteStart;
    expect(await page.evaluate(() => (window as unknown as { sawBusy?: string }).sawBusy)).toContain('Saving 2,000 items');
    expect((await server.call('items.list', {})).length).toBe(N + 1999);

    console.log(
      `Items grid, ${N} rows: first rows ${firstRowsMs} ms, Ctrl+Down ${scrollMs} ms, quick search ${searchMs} ms, edit saved ${editMs} ms, 2,000-line paste saved and shown ${pasteMs} ms`,
    );
    expect(firstRowsMs).toBeLessThan(8000);
    expect(scrollMs).toBeLessThan(3000);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
