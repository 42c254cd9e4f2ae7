import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/* The request screens in French and Arabic (issue 9): the field's words (demande, dernier recours, escorte). */

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

describe('requests in French and Arabic', () => {
  it('French: the register, the board and a request to the military with its last-resort record', async () => {
    const { page, problems } = await openApp(browser, server, 'requests');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.selectOption('.topbar select[name="language"]', 'fr');
    await page.getByTestId('new-request').filter({ hasText: '+ Nouvelle demande' }).waitFor();
    const grid = page.getByTestId('request-register');
    await grid.locator('.ag-header-cell-text', { hasText: 'Priorité' }).waitFor();
    await grid.locator('.ag-header-cell-text', { hasText: 'De (demandeur)' }).waitFor();
    await expect.poll(() => grid.locator('.ag-row').count()).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.locator('.stock-bar .count').textContent()).toMatch(/^\d+ demandes$/);
    await screenshot(page, 'requests-register-fr');

    await page.getByRole('tab', { name: 'Tableau par statut' }).click();
    expect(await page.getByTestId('board-in_progress').locator('h3').textContent()).toMatch(/^En cours/);
    await screenshot(page, 'requests-board-fr');

    const toMilitary = (await server.call('requests.list', { direction: 'to_military', limit: 50 })).rows[0];
    await page.goto(`${server.origin}/#/requests?id=${toMilitary.id}`);
    const reqPage = page.getByTestId('request-page');
    await reqPage.getByRole('heading', { name: 'Dossier de dernier recours' }).waitFor();
    await reqPage.getByText('Options civiles essayées').waitFor();
    await reqPage.getByRole('heading', { name: 'Lignes' }).waitFor();
    await reqPage.getByRole('heading', { name: 'Historique' }).waitFor();
    expect(await reqPage.locator('.req-side > span').first().textContent()).toBe('Agir pour');
    expect(await reqPage.locator('.req-fact dt').first().textContent()).toBe('Demandeur → fournisseur');
    expect(await page.getByTestId('request-timeline').textContent()).toMatch(/créée par .* pour /);
    await screenshot(page, 'request-page-fr');

    // A refusal of the core, in French: submitting an empty new draft names what is missing.
    await page.goto(`${server.origin}/#/requests?new=1`);
    const form = page.getByTestId('request-form');
    await form.getByRole('heading', { name: 'Nouvelle demande' }).waitFor();
    await form.getByTestId('req-requester').selectOption({ label: 'HHI — Helping Hands International' });
    await form.getByTestId('req-type').selectOption('escort');
    await form.getByRole('heading', { name: 'Critères d’escorte (obligatoires pour soumettre)' }).waitFor();
    await form.getByLabel('Intitulé').fill('Escorte pour le convoi de Kell');
    await form.getByLabel('Description de la ligne 1').fill('Escorte armée');
    await form.getByLabel('Quantité de la ligne 1').fill('1');
    await form.getByLabel('Unité de la ligne 1').fill('escorte');
    await screenshot(page, 'request-form-fr');
    await form.getByTestId('req-save').click();
    await reqPage.waitFor();
    await page.getByLabel(/HHI \(demandeur\)/).check();
    await page.getByTestId('req-action-submit').filter({ hasText: 'Soumettre' }).click();
    await page.getByTestId('req-confirm').click();
    await expect
      .poll(() => page.locator('.req-error').textContent())
      .toContain('Escorte : exposez le besoin humanitaire et la criticité du programme');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Arabic: the register and a request page read right-to-left', async () => {
    const { page, problems } = await openApp(browser, server, 'requests');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.selectOption('.topbar select[name="language"]', 'ar');
    await page.getByTestId('new-request').filter({ hasText: '+ طلب جديد' }).waitFor();
    await expect.poll(() => page.getByTestId('request-register').locator('.ag-rtl').count()).toBeGreaterThan(0);
    await screenshot(page, 'requests-register-ar');
    // Right to left the tabs run from the right: the left arrow opens the next one (the board).
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/requests?view=board');
    await page.getByTestId('board-in_progress').waitFor();
    const any = (await server.call('requests.list', { direction: 'to_military', limit: 5 })).rows[0];
    await page.goto(`${server.origin}/#/requests?id=${any.id}`);
    await page.getByRole('heading', { name: 'سجل الملاذ الأخير' }).waitFor();
    await screenshot(page, 'request-page-ar');
    await page.selectOption('.topbar select[name="language"]', 'en');
    await page.getByRole('heading', { name: 'Last-resort record' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
