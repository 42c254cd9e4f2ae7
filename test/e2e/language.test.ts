import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(); // a brand-new database: first start
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the language', () => {
  it('is chosen on the setup screen, remembered across a reload, and switched from the top bar', async () => {
    const { page, problems } = await openApp(browser, server, '', null);
    await page.getByRole('heading', { name: 'Welcome to Corridor' }).waitFor();
    await page.selectOption('select[name="language"]', 'fr');
    await page.getByRole('heading', { name: 'Bienvenue dans Corridor' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    await page.fill('input[name="operator"]', 'Adj. F. Diallo');
    await page.fill('input[name="pin"]', '1470');
    await page.fill('input[name="pin-again"]', '1470');
    await page.fill('input[name="name"]', 'Aide Sahel');
    await page.fill('input[name="shortName"]', 'AS');
    await page.getByRole('button', { name: 'Commencer à utiliser Corridor' }).click();
    await page.locator('.topbar').waitFor();
    await server.signIn('Adj. F. Diallo', '1470');
    await expect.poll(() => page.locator('.sidenav a').nth(3).textContent()).toBe('Articles');
    expect((await server.call('system.status', {})).language).toBe('fr');

    await page.reload();
    await expect.poll(() => page.locator('.page-head h1').textContent()).toBe('Tableau de bord');
    expect(await page.getByRole('button', { name: 'Changer d’opérateur' }).count()).toBe(1);
    await screenshot(page, 'language-fr');

    await page.selectOption('.topbar select[name="language"]', 'ar');
    await expect.poll(() => page.locator('.sidenav a').nth(3).textContent()).toBe('الأصناف');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expect.poll(async () => (await server.call('system.status', {})).language).toBe('ar');
    await screenshot(page, 'language-ar');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
