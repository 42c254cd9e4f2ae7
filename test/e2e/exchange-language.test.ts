import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/* The Sharing page and the import wizard in French and Arabic (issue 9). */

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

describe('sharing and import in French and Arabic', () => {
  it('French: export profiles, default labels, export history and the import wizard', async () => {
    const { page, problems } = await openApp(browser, server, 'sharing');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.selectOption('.topbar select[name="language"]', 'fr');
    await page.getByRole('heading', { name: 'Profils d’export' }).waitFor();
    await page.locator('.ag-header-cell-text', { hasText: 'Niveau le plus élevé' }).first().waitFor();
    await page.locator('.ag-header-cell-text', { hasText: 'Indicatifs radio' }).first().waitFor();
    await screenshot(page, 'sharing-fr');
    await page.getByRole('tab', { name: 'Niveaux par défaut' }).click();
    await page.getByRole('heading', { name: 'Niveaux par défaut' }).waitFor();
    await page.getByLabel('Niveau par défaut : Convois (avec leurs étapes, manifestes et lettres de transport)').waitFor();
    await page.getByRole('tab', { name: /^Historique des exports \(\d+\)$/ }).click();
    await page.getByRole('heading', { name: /^Historique des exports/ }).waitFor();
    await screenshot(page, 'sharing-history-fr');

    await page.goto(`${server.origin}/#/import`);
    await page.getByLabel('Ce que contient le fichier').waitFor();
    expect(await page.getByLabel('Ce que contient le fichier').locator('option').allTextContents()).toContain('Stock d’ouverture');
    await page.getByRole('button', { name: 'Choisir un fichier…' }).waitFor();
    await screenshot(page, 'import-fr');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Arabic: the Sharing page reads right-to-left', async () => {
    const { page, problems } = await openApp(browser, server, 'sharing');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.selectOption('.topbar select[name="language"]', 'ar');
    await page.getByRole('heading', { name: 'ملفات التصدير' }).waitFor();
    await expect.poll(() => page.locator('.sharing-profiles .ag-rtl').count()).toBeGreaterThan(0);
    await screenshot(page, 'sharing-ar');
    await page.selectOption('.topbar select[name="language"]', 'en');
    await page.getByRole('heading', { name: 'Export profiles' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
