import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusCell, launchBrowser, openApp, pasteText, screenshot, startServer, waitForRows, type E2EServer } from './harness';
import { seedSample } from './sample';

/**
 * Issue 11 point 2 in Chromium: "Paste rows…" adds a pasted block as new records whatever cell has
 * the focus; a partner's sheet (a header row) is offered to the import wizard with its cells; a
 * refused paste's problems are copied out whole.
 */
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

const itemCodes = async () => (await server.call('items.list', {})).map((i) => i.code).sort();

describe('pasting rows as new records', () => {
  it('Paste rows… adds every line as a new item, even with an existing row focused, and changes nothing else', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 1);
    const before = await server.call('items.list', {});
    await focusCell(page, 0, 'name');
    await page.getByTestId('paste-rows').click();
    const box = page.getByTestId('paste-rows-box');
    await box.waitFor();
    // The box says which columns a line fills, in the grid's order.
    expect(await page.locator('.paste-rows-columns').textContent()).toMatch(/^A line fills, in order: Code, Name, Category/);
    await screenshot(page, 'paste-rows-box');
    await pasteText(page, 'PR-TARP\tPasted tarpaulin\tShelter\t\teach\r\nPR-SOAP\tPasted soap bar 250 g\tWASH\t\teach\r\n');
    await expect.poll(itemCodes).toEqual([...before.map((i) => i.code), 'PR-SOAP', 'PR-TARP'].sort());
    await page.getByRole('status').filter({ hasText: 'added 2' }).waitFor();
    const after = await server.call('items.list', {});
    for (const old of before) expect(after.find((i) => i.id === old.id)).toEqual(old);
    expect(await box.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a block with a partner's header row opens in the import wizard with its cells instead of being refused", async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 1);
    const before = await itemCodes();
    await page.getByTestId('paste-rows').click();
    await page.getByTestId('paste-rows-box').waitFor();
    const sheet = [
      'Item code\tItem name\tCategory\tUnit\tDonor',
      'WZ-BLK\tWizard blanket\tShelter\teach\tECHO',
      'WZ-JER\tWizard jerrycan 20 l\tWASH\teach\tECHO',
      '',
    ].join('\n');
    await pasteText(page, sheet);
    const offer = page.getByTestId('paste-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('The first line names columns');
    expect(await offer.textContent()).toContain('Nothing was written (3 lines, 15 cells)');
    await screenshot(page, 'paste-rows-offer');
    expect(await itemCodes()).toEqual(before);
    await offer.getByRole('button', { name: 'Open in the import wizard' }).click();
    await page.waitForURL(/#\/import$/);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.locator('.import-handoff').textContent()).toContain('Cells pasted on the items grid');
    expect(await page.getByLabel('What the file holds').inputValue()).toBe('items');
    await screenshot(page, 'paste-rows-wizard');
    expect(await itemCodes()).toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a refused paste of many bad rows lists forty and copies every problem to the clipboard', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 1);
    const before = await itemCodes();
    await page.getByTestId('paste-rows').click();
    await page.getByTestId('paste-rows-box').waitFor();
    // 60 lines without a base unit that this grid knows: each is refused at that cell.
    const lines = Array.from({ length: 60 }, (_, i) => `BAD-${i + 1}\tBad item ${i + 1}\tShelter\t\tcrates of nothing`);
    await pasteText(page, lines.join('\n'));
    const list = page.locator('.paste-problems');
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBe(40);
    await list.getByTestId('copy-problems').click();
    await list.getByRole('status').filter({ hasText: 'All 60 problems are on the clipboard' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const copiedLines = copied.split('\n');
    expect(copiedLines).toHaveLength(61);
    expect(copiedLines[0]).toBe('Pasted line\tGoes to\tColumn\tValue\tProblem');
    expect(copiedLines[60]).toMatch(/^60\tnew item 60\tBase unit\tcrates of nothing\t/);
    expect(await itemCodes()).toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
