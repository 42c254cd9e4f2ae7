import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/**
 * The Operators screen in Chromium (issue 10): the administrator adds a storekeeper, who signs in;
 * the administrator makes them an approver, resets their PIN and disables the account, each
 * through the screen, and the core has each change.
 */
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

const find = async (name: string) => (await server.call('operators.list', {})).find((o) => o.name === name);

describe('Operators screen', () => {
  it('adds an operator, changes the role, resets the PIN and disables the account', async () => {
    const { page, problems } = await openApp(browser, server, 'operators');
    const add = page.locator('form[aria-label="Add an operator"]');
    await add.locator('input[name="name"]').fill('Noor Haddad');
    await add.locator('input[name="title"]').fill('Pte.');
    await add.locator('select[name="role"]').selectOption('storekeeper');
    await add.locator('input[name="pin"]').fill('5151');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Noor Haddad added');
    const row = page.locator('tr[data-operator="Noor Haddad"]');
    await row.waitFor();
    expect((await find('Noor Haddad'))?.role).toBe('storekeeper');

    // The new operator signs in with the PIN the administrator gave them.
    const other = await openApp(browser, server, '', { name: 'Pte. Noor Haddad', pin: '5151' });
    await expect.poll(() => other.page.locator('[data-testid=operator-name]').textContent()).toBe('Pte. Noor Haddad');
    await other.page.context().close();

    await row.locator('select').selectOption('approver');
    await expect.poll(async () => (await find('Noor Haddad'))?.role).toBe('approver');
    // The screen has read the account again (its version) before the next change.
    await expect.poll(async () => row.getAttribute('data-version')).toBe(String((await find('Noor Haddad'))?.version));

    await row.getByRole('button', { name: 'Reset PIN' }).click();
    await row.locator('input[name="new-pin"]').fill('6262');
    await row.getByRole('button', { name: 'Set PIN' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('New PIN set for Noor Haddad');

    await expect.poll(async () => row.getAttribute('data-version')).toBe(String((await find('Noor Haddad'))?.version));
    await row.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(async () => (await find('Noor Haddad'))?.active).toBe(false);
    await expect.poll(() => row.textContent()).toContain('Disabled');
    await screenshot(page, 'operators-screen');
    // A disabled account is not offered at sign-in.
    expect((await server.call('auth.operators', {})).map((o) => o.displayName)).not.toContain('Pte. Noor Haddad');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
