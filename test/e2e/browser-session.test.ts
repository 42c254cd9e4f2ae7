import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, signInOnPage, startServer, waitForRows, type E2EServer } from './harness';

/**
 * Browser mode's session cookie (issue 11 point 10): the token is in the address only on the
 * first visit; after it, reloads and new tabs at the bare address talk to the server through the
 * HttpOnly cookie, and the token shows nowhere the user or a script on the page can see it.
 */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ setup: true });
  browser = await launchBrowser();
  await server.call('items.save', { rows: [{ code: 'TAB-ITEM', name: 'Second tab tarpaulin', category: 'shelter', baseUnit: 'each' }] });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('browser mode session', () => {
  it('a second tab at the bare address and a reload work without the token, which never shows again', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 1);
    expect(page.url()).not.toContain('token');
    expect(page.url()).toBe(`${server.origin}/#/items`);
    // The cookie is HttpOnly: no script on the page can read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(server.token);
    const cookies = await page.context().cookies(server.origin);
    expect(cookies).toEqual([
      expect.objectContaining({ value: server.token, httpOnly: true, sameSite: 'Strict', path: '/', domain: '127.0.0.1' }),
    ]);

    // A reload keeps the tab signed in as before.
    await page.reload();
    await waitForRows(page, 1);
    await expect.poll(() => page.getByTestId('operator-name').textContent()).toBe(server.operator!.name);

    // The address copied into a new tab: the server answers (the sign-in list loads), each tab
    // signs in as its own operator (a tab is an operator session), and then works.
    const second = await page.context().newPage();
    await second.goto(`${server.origin}/#/items`);
    await signInOnPage(second, server.operator!);
    await waitForRows(second, 1);
    await expect.poll(() => second.locator('.entity-grid').textContent()).toContain('Second tab tarpaulin');
    expect(second.url()).not.toContain('token');

    // Another browser (no cookie) at the bare address is still refused.
    const stranger = await browser.newContext();
    const refused = await stranger.request.post(`${server.origin}/api/invoke`, {
      headers: { 'content-type': 'application/json', 'x-corridor-session': 'stranger-session-0001' },
      data: { name: 'auth.operators', input: {} },
    });
    expect(refused.status()).toBe(401);
    await stranger.close();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
