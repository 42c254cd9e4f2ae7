import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, startServer, type E2EServer } from './harness';

/** Issue 7 point 7 in the browser: the limit is shown and edited, and the header asks for the reason past it. */

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

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('document dates in the browser', () => {
  it('edits the backdating limit on the Database page, and the document header asks for a reason past it', async () => {
    const { page, problems } = await openApp(browser, server, 'database');
    const limit = page.locator('[data-testid=backdate-limit]');
    await expect.poll(() => limit.inputValue()).toBe('30');
    await limit.fill('10');
    await page.locator('[data-testid=date-rules] button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=date-rules]').textContent()).toContain('Backdating limit set to 10 days.');
    expect(await server.call('system.rules.get', {})).toEqual({ backdateLimitDays: 10, version: 2 });

    const [site] = await server.call('sites.save', { rows: [{ code: 'FOB-N', name: 'Forward base', kind: 'forward_base' }] });
    const draft = await server.call('stock.documents.create', { siteId: site.id, kind: 'receipt' });
    await page.goto(`${server.url}#/stock-documents?id=${draft.document.id}`);
    await expect.poll(() => page.locator('[data-testid=header-backdate-limit]').textContent()).toBe('Back-dating up to 10 days');
    expect(await page.locator('[data-testid=header-backdate-reason]').count()).toBe(0);

    const date = page.locator('[data-testid=header-date] input, input[data-testid=header-date]').first();
    await date.fill(daysAgo(20));
    await date.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid=header-backdate-limit]').textContent())
      .toBe('20 days back: more than the 10-day limit');
    const reason = page.locator('[data-testid=header-backdate-reason] input, input[data-testid=header-backdate-reason]').first();
    await reason.fill('Paper GRN found in the convoy file');
    await reason.press('Enter');
    await expect
      .poll(async () => (await server.call('stock.documents.get', { id: draft.document.id })).document.backdateReason)
      .toBe('Paper GRN found in the convoy file');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
