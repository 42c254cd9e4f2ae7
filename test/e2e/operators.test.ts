import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/**
 * Accountable operators in Chromium (issue 10), on the demo: its operators and PINs are in the
 * README (Operators and roles). A storekeeper posts a draft and counts; approving a count is an
 * approver's; a viewer sees no Post button, and a forged call from the viewer's own page is
 * refused by the core.
 */
const STOREKEEPER = { name: 'Cpl. Jonas Berg', pin: '3333' };
const APPROVER = { name: 'Capt. Leila Haddad', pin: '2222' };
const VIEWER = { name: 'Amina Yusuf', pin: '4444' };

let server: E2EServer;
let browser: Browser;
let siteId = '';

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  siteId = (await server.call('sites.list', {}))[0].id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A draft receipt with one line of an item without lots, made by the administrator. */
async function draftReceipt(): Promise<string> {
  const item = (await server.call('items.list', {})).find((i) => !i.needsLotExpiry)!;
  const org = (await server.call('organisations.list', {}))[0];
  const draft = await server.call('stock.documents.create', {
    siteId,
    kind: 'receipt',
    counterpartyOrgId: org.id,
    lines: [{ itemId: item.id, ownerOrgId: org.id, quantity: 7 }],
  });
  return draft.document.id;
}

/** Calls the core from inside the page with the tab's own cookie and session, as a forged script would. */
function forgedCall(page: Page, name: string, input: unknown) {
  return page.evaluate(
    async ([n, i]) => {
      const res = await fetch('/api/invoke', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-corridor-session': sessionStorage.getItem('corridor.session') ?? '',
        },
        body: JSON.stringify({ name: n, input: i }),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
    },
    [name, input] as const,
  );
}

describe('operators and roles in the browser', () => {
  it('a storekeeper signs in with a PIN and posts a draft under their own name', async () => {
    const id = await draftReceipt();
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${id}`, STOREKEEPER);
    await expect.poll(() => page.getByTestId('operator-name').textContent()).toBe(STOREKEEPER.name);
    await page.locator('[data-testid=post-document]').click();
    await page.locator('[data-testid=confirm-post]').click();
    await expect.poll(() => page.locator('[data-testid=document-status]').textContent()).toBe('Posted');
    expect((await server.call('stock.documents.get', { id })).document.postedBy).toBe(STOREKEEPER.name);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a wrong PIN is refused on the sign-in screen, naming how many tries are left', async () => {
    const { page } = await openApp(browser, server, '', null);
    const form = page.locator('form[aria-label="Sign in"]');
    await form.locator('label.choice', { hasText: APPROVER.name }).click();
    await form.locator('input[name="pin"]').fill('9999');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => form.locator('[role=alert]').textContent()).toContain('4 more tries');
    await screenshot(page, 'sign-in-wrong-pin');
    await page.context().close();
  });

  it('a storekeeper counts but cannot approve; an approver can', async () => {
    // Roles alone: the demo's four-eyes would let a storekeeper approve with an approver's PIN (four-eyes.test.ts).
    const rules = await server.call('system.fourEyes.get', {});
    const off = await server.call('system.fourEyes.save', { ...rules, countApproval: false });
    const sheet = await server.call('stock.count.create', { siteId });
    const asStorekeeper = await openApp(browser, server, `stock-counts?id=${sheet.document.id}`, STOREKEEPER);
    await asStorekeeper.page.locator('[data-testid=count-sheet]').waitFor();
    await asStorekeeper.page.locator('[data-testid=count-grid] .ag-row').first().waitFor();
    expect(await asStorekeeper.page.locator('[data-testid=approve-count]').count()).toBe(0);
    const forged = await forgedCall(asStorekeeper.page, 'stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    expect(forged).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('"stock.approve" permission') },
    });
    await asStorekeeper.page.context().close();

    const asApprover = await openApp(browser, server, `stock-counts?id=${sheet.document.id}`, APPROVER);
    await asApprover.page.locator('[data-testid=approve-count]').waitFor();
    await asApprover.page.context().close();
    await server.call('system.fourEyes.save', { ...off, countApproval: rules.countApproval });
  });

  it('a viewer sees no Post button, and the core refuses a forged post from the viewer’s page', async () => {
    const id = await draftReceipt();
    const { page } = await openApp(browser, server, `stock-documents?id=${id}`, VIEWER);
    await expect.poll(() => page.locator('[data-testid=document-status]').textContent()).toBe('Draft');
    expect(await page.locator('[data-testid=post-document]').count()).toBe(0);
    await screenshot(page, 'viewer-draft');
    const before = await server.call('stock.documents.get', { id });
    const forged = await forgedCall(page, 'stock.documents.post', { id, version: before.document.version });
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Amina Yusuf') } });
    const after = await server.call('stock.documents.get', { id });
    expect(after.document).toMatchObject({ status: 'draft', version: before.document.version });
    await page.context().close();
  });
});
