import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_ROW, cell, launchBrowser, openApp, screenshot, startServer, waitForRows, type E2EServer } from './harness';
import { seedSample } from './sample';

/**
 * A blind count in Chromium (issue 11 point 4): the counter types what is on the shelf without
 * seeing what the sheet expects, adds a lot found on the shelf, submits; the expected quantities
 * and differences then show, a difference gets its own reason, and approval posts the adjustment.
 */
let server: E2EServer;
let browser: Browser;
let sample: Awaited<ReturnType<typeof seedSample>>;

const COUNT = '[data-testid=count-grid]';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startServer({ setup: true });
  sample = await seedSample(server);
  const wh = sample.sites.find((s) => s.code === 'HHI-WH1')!;
  const item = (code: string) => sample.items.find((i) => i.code === code)!.id;
  await server.call('stock.documents.create', {
    siteId: wh.id,
    kind: 'receipt',
    counterpartyOrgId: sample.orgs.find((o) => o.shortName === 'WFP')!.id,
    lines: [
      { itemId: item('WASH-JERRY-20'), ownerOrgId: sample.hhi.id, quantity: 400 },
      { itemId: item('FOOD-RICE-25'), ownerOrgId: sample.hhi.id, lotNumber: 'R-BLIND', expiryDate: inDays(200), quantity: 250 },
    ],
    post: true,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function typeCount(page: Page, row: number, value: string) {
  await cell(page, row, 'counted', COUNT).dblclick();
  const editor = page.locator(`${COUNT} .ag-cell-inline-editing input`);
  await editor.fill(value);
  await editor.press('Enter');
  await expect.poll(() => cell(page, row, 'counted', COUNT).textContent()).toBe(value);
}

describe('blind count', () => {
  it('hides what is expected until submitted, takes found stock, a reason per difference, and posts the adjustment', async () => {
    const wh = sample.sites.find((s) => s.code === 'HHI-WH1')!;
    const { page, problems } = await openApp(browser, server, 'stock-counts');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('[data-testid=count-site]').selectOption(wh.id);
    await page.locator('[data-testid=count-blind]').check();
    await page.locator('[data-testid=new-count]').click();
    await page.locator('[data-testid=count-sheet]').waitFor();
    await waitForRows(page, 2, COUNT);

    // Nothing on screen says what the sheet expects.
    await expect.poll(() => page.locator('[data-testid=count-differences-hidden]').isVisible()).toBe(true);
    expect(await page.locator(`${COUNT} .ag-header-cell[col-id="expected"]`).count()).toBe(0);
    expect(await page.locator(`${COUNT} .ag-header-cell[col-id="difference"]`).count()).toBe(0);
    expect(await page.locator('[data-testid=approve-count]').count()).toBe(0);
    const codes = [await cell(page, 0, 'itemCode', COUNT).textContent(), await cell(page, 1, 'itemCode', COUNT).textContent()];
    expect(codes).toEqual(['FOOD-RICE-25', 'WASH-JERRY-20']);
    await typeCount(page, 0, '250');
    await typeCount(page, 1, '396');

    // Found on the shelf: diesel nobody recorded.
    await page.locator('[data-testid=found-stock] summary').click();
    await page.locator('[data-testid=found-item]').fill('FUEL-DSL');
    await page.locator('[data-testid=found-owner]').selectOption(sample.hhi.id);
    await page.locator('[data-testid=found-counted]').fill('20');
    await page.locator('[data-testid=found-add]').click();
    await expect.poll(() => page.locator('[data-testid=found-outcome]').textContent()).toContain('Line 3 added: FUEL-DSL');
    await expect.poll(() => page.locator(`${COUNT} ${BODY_ROW}`).count()).toBe(3);
    await screenshot(page, 'count-blind-counting');

    await page.locator('[data-testid=submit-count]').click();
    await page.locator('[data-testid=confirm-submit]').click();
    // Submitted: what was expected and the differences show; counting is closed.
    await expect.poll(() => page.locator('[data-testid=count-differences]').textContent()).toBe('2');
    await expect.poll(() => cell(page, 1, 'expected', COUNT).textContent()).toBe('400');
    expect(await cell(page, 1, 'difference', COUNT).textContent()).toBe('−4');
    expect(await cell(page, 1, 'reasonCode', COUNT).textContent()).toBe('Physical count difference (sheet)');
    expect(await page.locator('[data-testid=submit-count]').count()).toBe(0);

    // The missing jerrycans were a counting error.
    await cell(page, 1, 'reasonCode', COUNT).dblclick();
    // AG Grid's select editor opens closed: open its list, then choose.
    await page.locator(`${COUNT} .ag-cell-inline-editing .ag-picker-field-wrapper`).click();
    await page.locator('.ag-select-list .ag-list-item', { hasText: 'Counting error' }).click();
    await expect.poll(() => cell(page, 1, 'reasonCode', COUNT).textContent()).toBe('Counting error');
    await expect.poll(() => page.locator('[data-testid=count-status]').textContent()).toContain('reason “Counting error” saved');
    await screenshot(page, 'count-blind-submitted');

    await page.locator('[data-testid=approve-count]').click();
    await page.locator('[data-testid=confirm-approve]').click();
    await page.locator('[data-testid=count-approved]').waitFor();
    const adjustments = await server.call('stock.documents.list', { siteId: wh.id, kind: 'adjustment', status: 'posted' });
    expect(adjustments.total).toBe(1);
    const adj = await server.call('stock.documents.get', { id: adjustments.rows[0].id });
    expect(adj.entries.map((e) => [e.quantity, e.reasonCode]).sort()).toEqual([
      [-4, 'counting_error'],
      [20, 'count_difference'],
    ]);
    // The count opened from the document register points to its sheet, not to an empty lines grid.
    const countId = new URLSearchParams(page.url().split('?')[1]).get('id')!;
    await page.goto(`${server.url}#/stock-documents?id=${countId}`);
    await page.locator('[data-testid=count-on-sheet]').waitFor();
    expect(await page.locator('[data-testid=document-title]').textContent()).toContain('Physical count');
    await page.locator('[data-testid=open-count-sheet]').click();
    await page.locator('[data-testid=count-sheet]').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
