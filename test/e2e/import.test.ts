import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

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

/** A partner's catalogue as NGOs send them: title rows, French headers, an HXL row, a decimal comma, and two words we do not know. */
const catalogue = [
  'Catalogue HHI — articles,,,,',
  'Mis à jour le 28/11/2026,,,,',
  'Code article,Désignation,Catégorie,Unité,Poids unitaire (kg)',
  '#item +code,#item +name,#sector,#item +unit,#x_weight +kg',
  'HHI-SOAP,Savon 200 g,Hygiène,pièce,"0,2"',
  'HHI-BLANKET,Couverture polaire,Articles non alimentaires,pièce,"1,5"',
  'HHI-RUTF,Pâte nutritive RUTF,Nutrition,carton,"13,8"',
  'HHI-ORS,Sels de réhydratation,Articles non alimentaires,sachet,"0,03"',
].join('\r\n');

describe('import wizard, in Chromium', () => {
  it("imports a partner's catalogue with two bad rows: the preview names them, mapping their words fixes them, Import writes every row", async () => {
    const { page, problems } = await openApp(browser, server, 'import');
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    await page.getByLabel('Whose file').selectOption(hhi.id);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'catalogue-hhi.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogue) });

    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await page.locator('[data-count="bad"]').textContent()).toBe('2 bad rows');
    const bad = page.getByTestId('import-bad');
    expect(await bad.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^7C \(Catégorie\)Nutrition.*not one of ours/),
      expect.stringMatching(/^8D \(Unité\)sachet.*not one of ours/),
    ]);
    // All or nothing: the two good rows cannot be imported without the others.
    expect(await page.getByRole('button', { name: 'Import 2 records' }).isDisabled()).toBe(true);
    // Columns came from the hashtags; the familiar French words were suggested.
    expect(await page.getByLabel('Column C goes to').inputValue()).toBe('category');
    expect(await page.getByLabel('Category: Hygiène means').inputValue()).toBe('wash');

    await page.getByLabel('Category: Nutrition means').selectOption('other');
    await page.locator('[data-count="bad"]').filter({ hasText: '1 bad row' }).waitFor();
    // The previews' outcomes are on the page: none is left in the job tray over the bad rows.
    await expect.poll(() => page.locator('.job-tray').count()).toBe(0);
    // The choices read as the app's grids name them, not as stored codes.
    expect(await page.getByLabel('Category: Nutrition means').locator('option:checked').textContent()).toBe('Other');
    expect(await page.getByLabel('Category: Hygiène means').locator('option:checked').textContent()).toBe('WASH');
    await page.locator('.import-values').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'import-value-mapping');
    await page.getByLabel('Base unit: sachet means').selectOption('piece');
    await page.locator('[data-count="bad"]').filter({ hasText: '0 bad rows' }).waitFor();
    await page.getByRole('button', { name: 'Import 4 records' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 4 created, 0 updated.' }).waitFor();
    await expect.poll(() => page.locator('.job-tray').count()).toBe(0);

    const items = await server.call('items.list', {});
    expect(items.find((i) => i.code === 'HHI-ORS')).toMatchObject({
      name: 'Sels de réhydratation',
      baseUnit: 'piece',
      category: 'nfi',
      unitWeightKg: 0.03,
    });
    expect(items.find((i) => i.code === 'HHI-RUTF')).toMatchObject({ category: 'other', baseUnit: 'box', unitWeightKg: 13.8 });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('sharing page, in Chromium', () => {
  it('lists an export profile per partner, saves a default label, and shows the export history with label, rows and hash', async () => {
    const { page, problems } = await openApp(browser, server, 'sharing');
    const profiles = await server.call('exportProfiles.list', {});
    await page.locator('.sharing-profiles .ag-row').first().waitFor();
    // One highest-label cell per profile row.
    await expect.poll(() => page.locator('.sharing-profiles .ag-row .ag-cell[col-id="maxLabel"]').count()).toBe(profiles.length);
    await screenshot(page, 'sharing-profiles');

    // The history is a tab of its own, its count on it; its address opens it directly.
    const past = await server.call('exports.history', {});
    await page.getByRole('tab', { name: `Export history (${past.length})` }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/sharing?view=history');
    const history = page.getByTestId('export-history');
    await history.waitFor();
    const first = await history.locator('tbody tr').first().textContent();
    expect(first).toContain(past[0].partner);
    expect(first).toContain(`TLP:${past[0].label}`);
    expect(first).toContain(past[0].sha256.slice(0, 16));
    await screenshot(page, 'sharing');

    // The dashboard's link to every export opens this tab.
    await page.goto(`${server.origin}/#/dashboard`);
    await page.getByTestId('dash-exports').getByRole('listitem').first().waitFor();
    await page.getByRole('link', { name: 'Export history (Sharing page)' }).click();
    await page.getByTestId('export-history').waitFor();
    expect(await page.getByRole('tab', { name: /^Export history/ }).getAttribute('aria-selected')).toBe('true');

    // The keyboard crosses the bar: only the selected tab takes Tab; Home and the arrows open the others.
    const historyTab = page.getByRole('tab', { name: /^Export history/ });
    expect(await historyTab.getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('tab', { name: 'Default labels' }).getAttribute('tabindex')).toBe('-1');
    await historyTab.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/sharing');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/sharing?view=defaults');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Default labels');
    await page.getByLabel('Default label: Sites').selectOption('AMBER');
    await page.getByRole('button', { name: 'Save default labels' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await server.call('sharing.defaults', {})).site).toBe('AMBER');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
