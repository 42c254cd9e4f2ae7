import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_ROW, cell, launchBrowser, openApp, screenshot, startServer, waitForRows, type E2EServer } from './harness';

// Defects found using the demo at 1280×720 as a storekeeper would; each test fails without its fix.

let server: E2EServer;
let browser: Browser;
let fob: string;

const COUNT = '[data-testid=count-grid]';
const LINES = '[data-testid=lines-grid]';
const ON_HAND = '[data-testid=on-hand-grid]';

beforeAll(async () => {
  server = await startServer({ demo: true });
  fob = (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')!.id;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function narrow(hash: string) {
  const app = await openApp(browser, server, hash);
  await app.page.setViewportSize({ width: 1280, height: 720 });
  return app;
}

/** True when the element is fully inside the window (not scrolled off to the right). */
const onScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right <= window.innerWidth && r.left >= 0;
    });

describe('review at 1280×720 with the demo', () => {
  it('count sheet: counts typed in "Not counted yet" land on their own lines, a refused count keeps its message', async () => {
    const { page, problems } = await narrow(`stock-counts`);
    await page.locator('[data-testid=count-site]').selectOption(fob);
    await page.locator('[data-testid=new-count]').click();
    await page.locator('[data-testid=count-sheet]').waitFor();
    await waitForRows(page, 4, COUNT);
    const id = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('id')!;
    // The first Counted cell has the keyboard focus when the sheet opens.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'))).toBe('counted');
    // Differences are on screen, not scrolled off to the right.
    expect(await onScreen(page, `${COUNT} .ag-header-cell[col-id=difference]`)).toBe(true);

    await page.locator('[data-testid=count-filter]').selectOption('uncounted');
    await cell(page, 0, 'counted', COUNT).dblclick();
    for (const v of ['11', '22', '33']) {
      await page.keyboard.type(v);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid=count-status]').getAttribute('data-state')).toBe('saved');
    }
    await expect
      .poll(async () =>
        (await server.call('stock.count.get', { id })).rows.filter((l) => l.counted != null).map((l) => `${l.lineNo}:${l.counted}`),
      )
      .toEqual(['1:11', '2:22', '3:33']);
    // The counted lines stay in view while this filter is on.
    expect(await cell(page, 0, 'lineNo', COUNT).textContent()).toBe('1');
    expect(await cell(page, 3, 'lineNo', COUNT).textContent()).toBe('4');

    // Letters are refused at the cell: red, with the reason; the line keeps its stored (empty) count
    // and nothing is queued for saving.
    await cell(page, 3, 'counted', COUNT).dblclick();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=count-status]').getAttribute('data-state')).toBe('error');
    expect(await page.locator('[data-testid=count-status]').textContent()).toContain('"abc" is not a count');
    await expect.poll(() => cell(page, 3, 'counted', COUNT).getAttribute('class')).toContain('cell-invalid');
    expect(await cell(page, 3, 'counted', COUNT).textContent()).toBe('');
    expect(await page.locator(`${COUNT} [data-saving]`).getAttribute('data-saving')).toBe('no');

    // Approving with uncounted lines leads to them instead of offering a refused approval.
    await page.locator('[data-testid=count-filter]').selectOption('all');
    await page.locator('[data-testid=approve-count]').click();
    expect(await page.locator('[data-testid=confirm-approve]').count()).toBe(0);
    await page.locator('[data-testid=show-uncounted]').click();
    expect(await page.locator('[data-testid=count-filter]').inputValue()).toBe('uncounted');
    await expect.poll(() => cell(page, 0, 'lineNo', COUNT).textContent()).toBe('4');
    await screenshot(page, 'review-count-uncounted');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('document: removing the refused line clears the refusal; quantities stay on screen', async () => {
    const orgs = await server.call('organisations.list', {});
    const nslb = orgs.find((o) => o.shortName === 'NSLB')!;
    const lots = await server.call('stock.onHand', {
      siteId: fob,
      ownerOrgId: nslb.id,
      condition: 'good',
      search: 'FD-MRE-12',
      sort: [],
      offset: 0,
      limit: 10,
    });
    const lot = lots.rows[0];
    const draft = await server.call('stock.documents.create', {
      siteId: fob,
      kind: 'issue',
      counterpartyOrgId: orgs.find((o) => o.shortName === '4FEC')!.id,
      ownerOrgId: nslb.id,
      lines: [{ lotId: lot.lotId, quantity: lot.quantity + 1000, condition: 'good' }],
    });
    const { page, problems } = await narrow(`stock-documents?id=${draft.document.id}`);
    await waitForRows(page, 1, LINES);
    expect(await onScreen(page, `${LINES} .ag-header-cell[col-id=quantity]`)).toBe(true);
    await page.locator('[data-testid=post-document]').click();
    await page.locator('[data-testid=confirm-post]').click();
    const refusal = page.locator('[data-testid=document-problems]');
    await expect.poll(() => refusal.textContent()).toContain('Not enough stock');
    // The keyboard follows the outcome of the posting.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('document-problems');
    await cell(page, 0, 'lineNo', LINES).click();
    await page.getByRole('button', { name: 'Remove line 1' }).click();
    await expect.poll(() => page.locator(`${LINES} ${BODY_ROW}`).count()).toBe(0);
    expect(await refusal.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a transfer receipt offers no reversal the core would refuse, and says how to correct', async () => {
    const receipts = await server.call('stock.documents.list', { kind: 'transfer_in', sort: [], offset: 0, limit: 5 });
    const { page, problems } = await narrow(`stock-documents?id=${receipts.rows[0].id}`);
    await page.locator('[data-testid=document-editor]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid=not-reversible]').textContent())
      .toContain('correct the stock at this site with an adjustment');
    expect(await page.locator('[data-testid=reverse-document]').count()).toBe(0);
    expect(await onScreen(page, `${LINES} .ag-header-cell[col-id=shortQuantity]`)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('stock on hand: quantity and balance on screen, Enter opens the highlighted line, Esc closes the card', async () => {
    const { page, problems } = await narrow('stock?site=all');
    await waitForRows(page, 5, ON_HAND);
    expect(await onScreen(page, `${ON_HAND} .ag-header-cell[col-id=quantity]`)).toBe(true);
    await cell(page, 0, 'itemCode', ON_HAND).click();
    await page.locator('[data-testid=stock-card]').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${ON_HAND} ${BODY_ROW}.ag-row-selected`).first().getAttribute('row-index')).toBe('1');
    expect(await onScreen(page, '[data-testid=stock-card] .ag-header-cell[col-id=balance]')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid=stock-card]').count()).toBe(0);
    // A partial name is not "no item": the filter says how many match.
    await page.locator('[data-testid=on-hand-item]').fill('rice');
    await expect.poll(() => page.locator('[data-testid=on-hand-page]').textContent()).toMatch(/\d+ items? match(es)?; pick one/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
