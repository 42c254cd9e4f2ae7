import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, navLink, openApp, screenshot, signInOnPage, startServer, waitForRows, type E2EServer } from './harness';

let server: E2EServer;
const MENSAH = { name: 'Sgt. A. Mensah', pin: '2580' };
let browser: Browser;

beforeAll(async () => {
  server = await startServer(); // a brand-new database: first start
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first start', () => {
  it('asks who is at the keyboard and for the home organisation, then opens the app', async () => {
    const { page, problems } = await openApp(browser, server, '', null);
    await page.getByRole('heading', { name: 'Welcome to Corridor' }).waitFor();
    await screenshot(page, 'setup');

    // Nothing filled in: every missing answer is named at its field and nothing is written.
    await page.getByRole('button', { name: 'Start using Corridor' }).click();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.field-error').first().textContent()).toContain('Your name is required');
    expect((await server.call('system.status', {})).setupDone).toBe(false);

    await page.fill('input[name="operator"]', 'Sgt. A. Mensah');
    await page.fill('input[name="pin"]', MENSAH.pin);
    await page.fill('input[name="pin-again"]', MENSAH.pin);
    await page.fill('input[name="name"]', 'Helping Hands International');
    await page.fill('input[name="shortName"]', 'HHI');
    await page.selectOption('select[name="kind"]', 'ngo');
    await page.check('input[value="empty"]');
    await page.getByRole('button', { name: 'Start using Corridor' }).click();

    await page.locator('.topbar').waitFor();
    expect(await page.getByTestId('operator-name').textContent()).toBe('Sgt. A. Mensah');
    expect(await page.locator('.home-org').textContent()).toContain('HHI');
    // The page's session is signed in as the administrator it created; the harness signs in too.
    await server.signIn(MENSAH.name, MENSAH.pin);
    const status = await server.call('system.status', {});
    expect(status).toMatchObject({ setupDone: true, operator: { displayName: 'Sgt. A. Mensah', role: 'administrator' } });
    expect(status.homeOrganisation?.shortName).toBe('HHI');
    // The app opens on the dashboard, which says what to do first on an empty database.
    await page.getByTestId('dash-no-stock').waitFor();
    expect(await page.getByTestId('dash-no-stock').textContent()).toContain('Receive goods');
    // The home organisation is the first row of the partner registry.
    await navLink(page, 'Organisations').click();
    await waitForRows(page, 1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows what to do next on an empty page, and keeps the page across a reload', async () => {
    const { page } = await openApp(browser, server, 'sites');
    const empty = page.locator('.grid-empty');
    await expect.poll(() => empty.textContent()).toContain('No sites yet');
    expect(await empty.textContent()).toContain('+ Add site');
    expect(await empty.textContent()).toContain('Ctrl+V');
    await screenshot(page, 'empty-sites');
    await page.reload();
    await expect.poll(() => page.locator('.page-head h1').textContent()).toBe('Sites');
    await page.context().close();
  });

  it('adds a row from the + Add button once its required cells are valid', async () => {
    const { page } = await openApp(browser, server, 'sites');
    await page.getByRole('button', { name: '+ Add site' }).click();
    const hint = page.locator('.msg.draft');
    await expect.poll(() => hint.textContent()).toContain('still needed');
    // Code is being edited already: type, Tab to Name, type, Tab to Kind and choose.
    await page.locator('.ag-row-pinned [col-id="code"].ag-cell-inline-editing').waitFor();
    await page.keyboard.type('FOB-N');
    await page.keyboard.press('Tab');
    await page.locator('.ag-row-pinned [col-id="name"].ag-cell-inline-editing').waitFor();
    await expect.poll(() => hint.textContent()).toContain('still needed: Name.');
    expect((await server.call('sites.list', {})).length).toBe(0);
    // Kind starts as Warehouse; Enter commits the name and the row is complete.
    await page.keyboard.type('Forward Operating Base North');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await server.call('sites.list', {})).map((s) => `${s.code} ${s.kind}`)).toEqual(['FOB-N warehouse']);
    await expect.poll(() => page.locator('.msg.success').textContent()).toContain('Added site FOB-N');
    await waitForRows(page, 1);
    await page.context().close();
  });

  it('switches the operator from the top bar with their PIN and records later changes under the new name', async () => {
    await server.call('operators.create', { name: 'Cpl. B. Osei', role: 'storekeeper', pin: '3690' });
    const { page } = await openApp(browser, server, 'organisations');
    await page.getByRole('button', { name: 'Switch operator' }).click();
    await signInOnPage(page, { name: 'Cpl. B. Osei', pin: '3690' });
    await expect.poll(() => page.getByTestId('operator-name').textContent()).toBe('Cpl. B. Osei');
    const [latest] = await server.call('audit.list', { entity: 'session', limit: 1 });
    expect(latest).toMatchObject({ operator: 'Cpl. B. Osei', operation: 'auth.signIn' });
    await page.context().close();
  });

  it('warns on the Database page when the database file was copied from another installation', async () => {
    const original = server;
    await original.stop({ keepFiles: true }); // closes the file cleanly (WAL checkpointed)
    const copy = await startServer({ copyDatabaseFrom: original.dbPath, signInAs: MENSAH });
    try {
      const { page } = await openApp(browser, copy, 'database');
      await expect.poll(() => page.locator('.warning-panel').textContent()).toContain('copied from another installation');
      expect(await page.locator('.topbar-warning').textContent()).toContain('Copied database');
      expect(await page.locator('.facts').textContent()).toContain(copy.dbPath);
      await page.getByRole('button', { name: 'Integrity check' }).click();
      await expect.poll(() => page.locator('.integrity-report').textContent()).toContain('No problems found');
      await screenshot(page, 'database-copied');
      await page.context().close();
    } finally {
      await copy.stop();
      fs.rmSync(original.dir, { recursive: true, force: true });
    }
  });
});
