import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, launchBrowser, navLink, openApp, rowIndexOf, screenshot, startServer, waitForRows, type E2EServer } from './harness';

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

/** Selects an organisation that has contacts (and an agreement, if the demo has one). */
async function selectOrganisationWithContacts(page: Page): Promise<void> {
  const orgs = await server.call('organisations.list', {});
  const contacts = await server.call('contacts.list', {});
  const agreements = await server.call('agreements.list', {});
  const hasContacts = (id: string) => contacts.some((c) => c.organisationId === id);
  const withContacts =
    orgs.find((o) => hasContacts(o.id) && agreements.some((a) => a.organisationId === o.id)) ?? orgs.find((o) => hasContacts(o.id));
  if (!withContacts) throw new Error('the demo has no organisation with contacts');
  const idx = await rowIndexOf(page, withContacts.shortName, 'shortName');
  await cell(page, idx, 'name').click();
  await page.locator('.detail .entity-grid .ag-row').first().waitFor();
}

describe('every page, with the demo scenario', () => {
  it('Organisations: selecting one shows its contacts and agreements', async () => {
    const { page, problems } = await openApp(browser, server, 'organisations');
    await waitForRows(page, 5);
    await selectOrganisationWithContacts(page);
    // Contacts first; the agreements are the other tab, each saying how many rows it holds.
    const tabs = page.locator('.detail [role="tab"]');
    expect(await tabs.allTextContents()).toEqual([
      expect.stringMatching(/^Contacts of \S+ \(\d+\)$/),
      expect.stringMatching(/^Agreements \/ MOUs with \S+ \(\d+\)$/),
    ]);
    expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'organisations');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an empty grid says so once, inside the grid, even a short detail grid at 1280×720', async () => {
    const { page, problems } = await openApp(browser, server, 'organisations');
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForRows(page, 5);
    const orgs = await server.call('organisations.list', {});
    const agreements = await server.call('agreements.list', {});
    const without = orgs.find((o) => !agreements.some((a) => a.organisationId === o.id))!;
    await cell(page, await rowIndexOf(page, without.shortName, 'shortName'), 'name').click();
    const agreementsTab = page.getByRole('tab', { name: /^Agreements \/ MOUs with/ });
    await expect.poll(() => agreementsTab.textContent()).toContain('(0)');
    await agreementsTab.click();
    const detail = page.locator('.detail .entity-grid').filter({ has: page.locator('.grid-empty') });
    const empty = detail.locator('.grid-empty');
    await expect.poll(() => empty.textContent()).toContain('No agreements yet');
    // Its whole box within the grid's: it used to run past a short grid's bottom edge, cut off.
    const box = (await empty.boundingBox())!;
    const grid = (await detail.locator('.ag-root-wrapper').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
    expect(await empty.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    await screenshot(page, 'organisation-without-agreements');

    await navLink(page, 'Items').click();
    await waitForRows(page, 20);
    await page.getByPlaceholder('Search items…').fill('no-such-item-anywhere');
    await expect.poll(() => page.locator('.grid-empty').textContent()).toContain('No items match');
    // AG Grid's own "No Matching Rows" no longer repeats it under the box.
    expect(await page.locator('.ag-overlay').filter({ hasText: /\S/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Sites, Items, Audit trail and Database render their data', async () => {
    const { page, problems } = await openApp(browser, server, 'sites');
    await waitForRows(page, 3);
    await screenshot(page, 'sites');

    await navLink(page, 'Items').click();
    await waitForRows(page, 20);
    expect(Number((await page.locator('.grid-count').textContent())!.split(' ')[0])).toBeGreaterThanOrEqual(40);
    await screenshot(page, 'items');

    await navLink(page, 'Audit trail').click();
    await page.locator('.audit-grid .ag-row').first().waitFor();
    // The newest entries are the sign-ins of this test's sessions; the first record change after them has a full before/after.
    await page
      .locator('.audit-grid .ag-row')
      .filter({ hasNot: page.locator('[col-id="operation"]', { hasText: 'Signed in' }) })
      .first()
      .locator('[col-id="summary"]')
      .click();
    await expect.poll(() => page.locator('table.diff tbody tr').count()).toBeGreaterThan(2);
    await screenshot(page, 'audit');

    await navLink(page, 'Database').click();
    await page.getByRole('button', { name: 'Integrity check' }).click();
    await expect.poll(() => page.locator('.integrity-report').textContent()).toContain('No problems found');
    await screenshot(page, 'database');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the audit trail filters by record type and shows an edit as a readable before/after', async () => {
    const items = await server.call('items.list', {});
    const item = items[0];
    await server.call('items.save', { rows: [{ ...item, packSizes: item.packSizes, name: `${item.name} (checked)` }] });
    const { page } = await openApp(browser, server, 'audit');
    await page.selectOption('select[name="entity"]', 'item');
    await page.locator('.audit-grid .ag-row').first().waitFor();
    await expect
      .poll(() => page.locator('.audit-grid .ag-row[row-index="0"] [col-id="summary"]').textContent())
      .toContain(`Name: “${item.name}” → “${item.name} (checked)”`);
    const types = await page.locator('.audit-grid .ag-row [col-id="entity"]').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Item']));
    await page.context().close();
  });

  it('archives a referenced organisation instead of deleting it, and restores it', async () => {
    const sites = await server.call('sites.list', {});
    const orgs = await server.call('organisations.list', {});
    const used = orgs.find((o) => sites.some((s) => s.operatorOrgId === o.id))!;
    const { page } = await openApp(browser, server, 'organisations');
    await waitForRows(page, 5);
    await cell(page, await rowIndexOf(page, used.shortName, 'shortName'), 'name').click();
    await page.getByRole('button', { name: `Delete / archive ${used.shortName}` }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect
      .poll(() => page.locator('.msg.info').textContent())
      .toContain(`Archived organisation ${used.shortName} instead of deleting it`);
    expect((await server.call('organisations.list', { includeArchived: true })).find((o) => o.id === used.id)?.archived).toBe(true);
    await page.getByLabel('Show archived').check();
    // Archived rows are shown greyed; select it and restore.
    await page.locator(`.ag-row.row-archived:has([col-id="shortName"]:text-is("${used.shortName}")) [col-id="name"]`).click();
    await page.getByRole('button', { name: `Restore ${used.shortName}` }).click();
    await expect.poll(async () => (await server.call('organisations.list', {})).some((o) => o.id === used.id)).toBe(true);
    await page.context().close();
  });
});
