import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, launchBrowser, openApp, screenshot, startServer, waitForRows, type E2EServer } from './harness';
import { seedSample } from './sample';

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ setup: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Issue 11 points 3 and 9: the smaller defects a new user hit.
describe('warehouse screens a new user meets', () => {
  it('"New document" with no sites says to add a site first', async () => {
    const { page, problems } = await openApp(browser, server, 'stock-documents?new=choose');
    await expect.poll(() => page.locator('[data-testid=new-document-no-sites]').textContent()).toContain('Add a site first');
    expect(await page.locator('[data-testid^=new-receipt]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the Columns menu closes on Esc', async () => {
    await seedSample(server);
    const { page } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const menu = page.locator('.entity-grid details.column-chooser');
    await menu.locator('summary').click();
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await menu.locator('input[type=checkbox]').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.context().close();
  });

  it('Delete / archive acts on the row the user selected (click or Space), not on the row the keyboard moved to', async () => {
    if ((await server.call('items.list', {})).length === 0) await seedSample(server);
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const [first, second, third] = await Promise.all([0, 1, 2].map((i) => cell(page, i, 'code').textContent()));
    const remove = page.locator('.entity-grid .grid-toolbar button', { hasText: 'Delete / archive' });
    await cell(page, 0, 'name').click();
    await expect.poll(() => remove.textContent()).toBe(`Delete / archive ${first}`);
    // An edit confirmed with Enter moves the focus down a row; the button stays on the chosen row.
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' (checked)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))).toBe('1');
    await expect.poll(async () => (await server.call('items.list', {})).some((i) => i.name.endsWith(' (checked)'))).toBe(true);
    expect(await remove.textContent()).toBe(`Delete / archive ${first}`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'))).toBe('2');
    expect(await remove.textContent()).toBe(`Delete / archive ${first}`);
    // Keyboard only: Space selects the focused row.
    await page.keyboard.press('Space');
    await expect.poll(() => remove.textContent()).toBe(`Delete / archive ${third}`);
    await screenshot(page, 'items-selected-row-remove');
    await remove.click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain(third!);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect(second).not.toBe(third);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('confirming a transfer receipt asks first; the receipt then says what it was posted as', async () => {
    const sites = await server.call('sites.list', {});
    const [from, to] = [sites.find((s) => s.code === 'FOB-N')!, sites.find((s) => s.code === 'HHI-WH1')!];
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    const jerry = (await server.call('items.list', {})).find((i) => i.code === 'WASH-JERRY-20')!;
    // Sent two days ago (a receipt dated today must come after the transfer it receives).
    const sent = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const grn = await server.call('stock.documents.create', {
      occurredAt: sent,
      siteId: from.id,
      kind: 'receipt',
      counterpartyOrgId: hhi.id,
      lines: [{ itemId: jerry.id, ownerOrgId: hhi.id, quantity: 100 }],
      post: true,
    });
    const transfer = await server.call('stock.documents.create', {
      occurredAt: sent,
      siteId: from.id,
      kind: 'transfer_out',
      otherSiteId: to.id,
      lines: [{ lotId: grn.lines[0].lotId!, quantity: 60 }],
      post: true,
    });
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${transfer.document.id}`);
    await page.locator('[data-testid=receive-panel]').waitFor();
    await page.locator('[data-testid=confirm-receipt]').click();
    const ask = page.getByRole('alertdialog', { name: 'Confirm the receipt' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Record this receipt at HHI-WH1 as final?');
    // Asked, not yet written.
    expect((await server.call('stock.documents.get', { id: transfer.document.id })).document.receivedByDocumentId).toBeNull();
    await page.locator('[data-testid=confirm-receipt-final]').click();
    await expect.poll(() => page.locator('[data-testid=document-title]').textContent()).toContain('HHI-WH1-');
    const banner = page.locator('[data-testid=posted-banner]');
    await expect
      .poll(() => banner.textContent())
      .toMatch(/^Posted as HHI-WH1-\S+ on \d\d\/\d\d\/\d{4} \d\d:\d\d by Lt\. E2E Tester; final\.$/);
    await screenshot(page, 'transfer-receipt-posted');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
