import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';
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

const BADGE = '[data-testid=incoming-badge]';

/** A transfer of jerrycans from FOB-N to HHI-WH1, posted now (dated today). */
async function sendJerrycans(quantity: number) {
  const sites = await server.call('sites.list', {});
  const [from, to] = [sites.find((s) => s.code === 'FOB-N')!, sites.find((s) => s.code === 'HHI-WH1')!];
  const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
  const jerry = (await server.call('items.list', {})).find((i) => i.code === 'WASH-JERRY-20')!;
  const grn = await server.call('stock.documents.create', {
    siteId: from.id,
    kind: 'receipt',
    counterpartyOrgId: hhi.id,
    lines: [{ itemId: jerry.id, ownerOrgId: hhi.id, quantity: 100 }],
    post: true,
  });
  return server.call('stock.documents.create', {
    siteId: from.id,
    kind: 'transfer_out',
    otherSiteId: to.id,
    lines: [{ lotId: grn.lines[0].lotId!, quantity }],
    post: true,
  });
}

// Issue 11 point 3: the receiving site sees incoming transfers without hunting for them.
describe('incoming transfers', () => {
  it('a transfer sent from FOB-N shows at HHI-WH1 in the navigation and the list; HHI-WH1 receives it short with a reason; FOB-N sees the shortfall', async () => {
    const first = await sendJerrycans(60);
    const { page, problems } = await openApp(browser, server, 'stock-incoming');
    await page.setViewportSize({ width: 1280, height: 720 });
    // No working site yet: the count is for every site.
    await expect.poll(() => page.locator(BADGE).textContent()).toBe('1');
    await page.getByLabel('Receiving site').selectOption({ label: 'HHI-WH1 — HHI Main Warehouse' });
    await expect.poll(() => page.locator('[data-testid=incoming-count]').textContent()).toBe('1 transfer in transit');
    expect(await page.locator(BADGE).getAttribute('title')).toBe('1 transfer in transit to HHI-WH1');
    // Another transfer posted elsewhere: the count follows the change event.
    const second = await sendJerrycans(10);
    await expect.poll(() => page.locator(BADGE).textContent()).toBe('2');
    await expect.poll(() => page.locator('[data-testid=incoming-count]').textContent()).toBe('2 transfers in transit');
    const row = page.locator('[data-testid=incoming-list] .ag-row', { hasText: first.document.number! });
    await expect.poll(() => row.textContent()).toContain('FOB-N');
    expect(await row.textContent()).toContain('Not planned');
    await screenshot(page, 'incoming-transfers');

    // Open it: 55 of 60 arrived, dated today (the transfer was posted moments ago).
    await row.click();
    await page.locator('[data-testid=receive-panel]').waitFor();
    await page.getByLabel('Line 1 received good').fill('55');
    await page.locator('[data-testid=receipt-reasons]').waitFor();
    // Without a reason the core refuses, naming the line.
    await page.locator('[data-testid=confirm-receipt]').click();
    await page.locator('[data-testid=confirm-receipt-final]').click();
    await expect.poll(() => page.locator('[data-testid=receive-panel]').textContent()).toContain('5 each short: choose why');
    await page.locator('[data-testid=receipt-shortReason]').selectOption('lost_in_transit');
    await screenshot(page, 'incoming-transfer-receipt-reasons');
    await page.locator('[data-testid=confirm-receipt]').click();
    await page.locator('[data-testid=confirm-receipt-final]').click();
    await expect.poll(() => page.locator('[data-testid=posted-banner]').textContent()).toContain('Posted as HHI-WH1-');
    await expect.poll(() => page.locator(BADGE).textContent()).toBe('1');

    // The sending side's transfer shows what arrived, short and why.
    await page.goto(`${server.url}#/stock-documents?id=${first.document.id}`);
    const arrival = page.locator('[data-testid=arrival-line-1]');
    await expect.poll(() => arrival.textContent()).toContain('Short: Lost in transit');
    const cells = await arrival.locator('td').allTextContents();
    expect(cells.slice(3, 8)).toEqual(['60 each', '55', '—', '5', '—']);
    await screenshot(page, 'transfer-sender-arrival');
    expect(second.document.number).not.toBe(first.document.number);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the sender sets a plain transfer’s expected arrival in the locale’s format; the receiving site’s list shows it', async () => {
    const sites = await server.call('sites.list', {});
    const [from, to] = [sites.find((s) => s.code === 'FOB-N')!, sites.find((s) => s.code === 'HHI-WH1')!];
    const posted = await sendJerrycans(1);
    const draft = await server.call('stock.documents.create', {
      siteId: from.id,
      kind: 'transfer_out',
      otherSiteId: to.id,
      lines: [{ lotId: posted.lines[0].lotId!, quantity: 5 }],
    });
    const iso = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const shown = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${draft.document.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const field = page.locator('[data-testid=header-expected-arrival]');
    await field.fill(shown);
    await field.press('Enter');
    await expect.poll(async () => (await server.call('stock.documents.get', { id: draft.document.id })).document.expectedArrival).toBe(iso);
    await screenshot(page, 'transfer-draft-expected-arrival');
    const fresh = await server.call('stock.documents.get', { id: draft.document.id });
    const sent = await server.call('stock.documents.post', { id: fresh.document.id, version: fresh.document.version });

    await page.goto(`${server.url}#/stock-incoming`);
    await page.getByLabel('Receiving site').selectOption({ label: 'HHI-WH1 — HHI Main Warehouse' });
    const row = page.locator('[data-testid=incoming-list] .ag-row', { hasText: sent.document.number! });
    await expect.poll(() => row.textContent()).toContain(shown);
    await screenshot(page, 'incoming-transfers-expected-arrival');
    // The posted transfer says it too.
    await page.goto(`${server.url}#/stock-documents?id=${draft.document.id}`);
    await expect.poll(() => page.locator('[data-testid=document-facts]').textContent()).toContain(`Expected arrival:${shown}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
