import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, launchBrowser, openApp, screenshot, startServer, waitForRows, type E2EServer } from './harness';
import { seedSample } from './sample';

/**
 * Four-eyes in Chromium (issue 10): with count approval guarded, a storekeeper counts a sheet and
 * clicks Approve; the Second operator dialog asks for an approver's PIN (Esc cancels; a wrong PIN
 * is said in the dialog); once checked, the count and the audit trail show both names.
 */
let server: E2EServer;
let browser: Browser;
let sample: Awaited<ReturnType<typeof seedSample>>;

const COUNT = '[data-testid=count-grid]';
const STOREKEEPER = { name: 'Cpl. Store Keeper', pin: '5555' };
const APPROVER = { name: 'Capt. Check', pin: '6666' };

beforeAll(async () => {
  server = await startServer({ setup: true });
  sample = await seedSample(server);
  const wh = sample.sites.find((s) => s.code === 'HHI-WH1')!;
  const item = (code: string) => sample.items.find((i) => i.code === code)!.id;
  await server.call('stock.documents.create', {
    siteId: wh.id,
    kind: 'receipt',
    counterpartyOrgId: sample.orgs.find((o) => o.shortName === 'WFP')!.id,
    lines: [{ itemId: item('WASH-JERRY-20'), ownerOrgId: sample.hhi.id, quantity: 400 }],
    post: true,
  });
  await server.call('operators.create', { name: 'Store Keeper', title: 'Cpl.', role: 'storekeeper', pin: STOREKEEPER.pin });
  await server.call('operators.create', { name: 'Check', title: 'Capt.', role: 'approver', pin: APPROVER.pin });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function typeCount(page: Page, row: number, value: string) {
  await cell(page, row, 'counted', COUNT).dblclick();
  const editor = page.locator(`${COUNT} .ag-cell-inline-editing input`);
  await editor.fill(value);
  await editor.press('Enter');
  await expect.poll(() => cell(page, row, 'counted', COUNT).textContent()).toBe(value);
}

describe('four-eyes', () => {
  it('an administrator turns count approval on in the Database page', async () => {
    const { page, problems } = await openApp(browser, server, 'database');
    await page.setViewportSize({ width: 1280, height: 720 });
    const form = page.locator('[data-testid=four-eyes-settings]');
    await form.waitFor();
    await form.locator('input[name="four-eyes-countApproval"]').check();
    await form.getByRole('button', { name: 'Save four-eyes settings' }).click();
    await expect.poll(() => form.locator('[role=status]').textContent()).toBe('Four-eyes settings saved.');
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'four-eyes-settings');
    expect((await server.call('system.fourEyes.get', {})).countApproval).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a storekeeper's count approval asks for an approver's PIN; the count and the audit trail show both names", async () => {
    const wh = sample.sites.find((s) => s.code === 'HHI-WH1')!;
    const { page, problems } = await openApp(browser, server, 'stock-counts', STOREKEEPER);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('[data-testid=count-site]').selectOption(wh.id);
    await page.locator('[data-testid=new-count]').click();
    await page.locator('[data-testid=count-sheet]').waitFor();
    await waitForRows(page, 1, COUNT);
    await typeCount(page, 0, '396');

    // The storekeeper sees Approve (an approver will check it); the dialog opens, and Esc closes it.
    await page.locator('[data-testid=approve-count]').click();
    await page.locator('[data-testid=confirm-approve]').click();
    const dialog = page.locator('[data-testid=second-operator]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=count-approved]').count()).toBe(0);

    await page.locator('[data-testid=approve-count]').click();
    await page.locator('[data-testid=confirm-approve]').click();
    await dialog.waitFor();
    // Only other approvers are offered: not the storekeeper at the keyboard.
    const offered = await dialog.locator('select[name="second-operator"] option').allTextContents();
    expect(offered).toContain('Capt. Check');
    expect(offered).not.toContain('Cpl. Store Keeper');
    await dialog.locator('select[name="second-operator"]').selectOption({ label: 'Capt. Check' });
    await dialog.locator('input[name="second-operator-pin"]').fill('0000');
    await dialog.locator('[data-testid=second-operator-confirm]').click();
    await expect.poll(() => dialog.locator('.field-error').textContent()).toContain('Wrong PIN for Capt. Check');
    await screenshot(page, 'four-eyes-dialog-wrong-pin');
    await dialog.locator('input[name="second-operator-pin"]').fill(APPROVER.pin);
    await dialog.locator('[data-testid=second-operator-confirm]').click();
    await page.locator('[data-testid=count-approved]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid=count-approved-by]').textContent())
      .toBe('Approved by Cpl. Store Keeper, checked by Capt. Check.');
    await screenshot(page, 'four-eyes-count-approved');

    await page.evaluate(() => {
      location.hash = '#/audit';
    });
    await page.locator('.audit-grid .ag-row').first().waitFor();
    await expect
      .poll(async () => (await page.locator('.audit-grid .ag-cell[col-id="operator"]').allTextContents()).join('|'))
      .toContain('Cpl. Store Keeper, checked by Capt. Check');
    await screenshot(page, 'four-eyes-audit');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
