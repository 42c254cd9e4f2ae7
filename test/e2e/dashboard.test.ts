import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/*
 * The operations dashboard in Chromium over the demo: the app opens on it; a figure and a chart
 * segment each open the on-hand grid filtered as they count (the grid's total equals the
 * figure); a receipt posted elsewhere moves the figures without a reload. Screenshots at
 * 1280×720 in English and Arabic.
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

const figure = (page: Page, id: string) => page.locator(`[data-testid=${id}]`);
const valueOf = async (page: Page, id: string) => Number(await figure(page, id).getAttribute('data-value'));
/** The on-hand grid's total, from its "N stock lines" count (digits only, whatever the language). */
const onHandTotal = async (page: Page) => {
  const text = (await page.getByTestId('on-hand-count').textContent()) ?? '';
  return /\d/.test(text) ? Number(text.replace(/\D/g, '')) : NaN;
};

/** Clicks the segment of a drawn chart that leads to `href` (the chart lists its segments' pixels once drawn). */
async function clickSegment(page: Page, testId: string, pick: (href: string) => boolean): Promise<string> {
  const chart = page.getByTestId(testId);
  await expect.poll(() => chart.getAttribute('data-drawn')).toBe('true');
  const segments = JSON.parse((await chart.getAttribute('data-segments'))!) as { href: string; x: number; y: number }[];
  const target = segments.find((s) => pick(s.href));
  if (!target) throw new Error(`no segment of ${testId} matches: ${JSON.stringify(segments)}`);
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + target.x, box.y + target.y);
  return target.href;
}

describe('the operations dashboard', () => {
  it('is the first screen; a figure and a chart segment open the on-hand grid filtered as they count', async () => {
    const { page, problems } = await openApp(browser, server);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-loaded')).toBe('true');
    expect(await page.locator('.page-head h1').textContent()).toBe('Dashboard');
    const figures = await server.call('dashboard.get', {});
    expect(await valueOf(page, 'fig-within3')).toBe(figures.expiry.within3);
    expect(await valueOf(page, 'fig-convoys-transit')).toBe(figures.convoys.inTransit);
    await expect.poll(() => page.getByTestId('chart-category').getAttribute('data-drawn')).toBe('true');
    await screenshot(page, 'dashboard-en');

    // The figure "expire within 3 months" opens stock on hand filtered so: the same count.
    await figure(page, 'fig-within3').click();
    await expect.poll(() => page.url()).toContain('#/stock?site=all&expiry=within3');
    await expect.poll(() => onHandTotal(page)).toBe(figures.expiry.within3);

    // A bar of the category chart opens stock on hand for that category.
    await page.goBack();
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-loaded')).toBe('true');
    const href = await clickSegment(page, 'chart-category', (h) => h.includes('category=food'));
    await expect.poll(() => page.url()).toContain(href);
    const food = figures.stock.filter((s) => s.category === 'food').reduce((n, s) => n + s.lines, 0);
    await expect.poll(() => onHandTotal(page)).toBe(food);

    // A segment of the by-site chart: that site and category.
    await page.goBack();
    const siteHref = await clickSegment(page, 'chart-site', (h) => !h.includes('site=all'));
    const params = new URLSearchParams(siteHref.split('?')[1]);
    const lines = figures.stock.find((s) => s.siteId === params.get('site') && s.category === params.get('category'))!.lines;
    await expect.poll(() => onHandTotal(page)).toBe(lines);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('follows a receipt posted elsewhere without a reload', async () => {
    const { page, problems } = await openApp(browser, server, 'dashboard');
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-loaded')).toBe('true');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const before = await valueOf(page, 'fig-within3');
    const site = (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')!;
    const rice = (await server.call('items.list', {})).find((i) => i.needsLotExpiry && i.category === 'food')!;
    const donor = (await server.call('organisations.list', {})).find((o) => o.kind === 'un_agency')!;
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await server.call('stock.documents.create', {
      siteId: site.id,
      kind: 'receipt',
      counterpartyOrgId: donor.id,
      lines: [{ itemId: rice.id, ownerOrgId: donor.id, lotNumber: 'E2E-DASH-1', expiryDate: soon, quantity: 40 }],
      post: true,
    });
    await expect.poll(() => valueOf(page, 'fig-within3')).toBe(before + 1);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('in Arabic: mirrored, every text translated', async () => {
    const { page, problems } = await openApp(browser, server, 'dashboard');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-loaded')).toBe('true');
    await page.selectOption('.topbar select[name="language"]', 'ar');
    await expect.poll(() => page.locator('.page-head h1').textContent()).toBe('لوحة المتابعة');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.getByTestId('chart-site').getAttribute('data-drawn')).toBe('true');
    await screenshot(page, 'dashboard-ar');
    await page.selectOption('.topbar select[name="language"]', 'en');
    await expect.poll(() => page.locator('.page-head h1').textContent()).toBe('Dashboard');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
