import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, SCREENSHOT_DIR, startServer, type E2EServer } from './harness';

/**
 * A convoy's and a request's own sharing label, set from their pages: the select's blank choice
 * names the type's default, and a label chosen on a departed convoy or a submitted request (whose
 * other fields are frozen) is stored, as the core reads it back.
 */

let server: E2EServer;
let browser: Browser;

const STOREKEEPER = { name: 'Cpl. Label Keeper', pin: '4747' };

beforeAll(async () => {
  server = await startServer({ demo: true });
  await server.call('operators.create', { name: 'Label Keeper', title: 'Cpl.', role: 'storekeeper', pin: STOREKEEPER.pin });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The screenshot also at the worktree's root when SHOT_TO_ROOT is set (a reviewer's look; never committed). */
function keepShot(name: string, as: string) {
  if (process.env.SHOT_TO_ROOT) fs.copyFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), path.join(process.env.SHOT_TO_ROOT, as));
}

describe('record sharing labels in Chromium', () => {
  it('sets a convoy in transit to TLP:RED from its page', async () => {
    const convoy = (await server.call('convoys.list', { status: 'in_transit' }))[0];
    expect(convoy).toBeDefined();
    const { page, problems } = await openApp(browser, server, `convoys?id=${convoy.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const select = page.getByTestId('convoy-sharing');
    await expect.poll(() => select.isEnabled()).toBe(true);
    const defaults = await server.call('sharing.defaults', {});
    await expect.poll(() => select.locator('option').first().textContent()).toBe(`Type default (TLP:${defaults.convoy})`);
    await select.selectOption('RED');
    await expect.poll(async () => (await server.call('convoys.get', { id: convoy.id })).sharing).toBe('RED');
    // The page shows what the database holds once the change arrives.
    await expect.poll(() => select.inputValue()).toBe('RED');
    // Two picks in a row, the second before the first is saved: both go, one after the other, with fresh versions.
    await select.selectOption('GREEN');
    await select.selectOption('AMBER');
    await expect.poll(async () => (await server.call('convoys.get', { id: convoy.id })).sharing).toBe('AMBER');
    await expect.poll(() => select.inputValue()).toBe('AMBER');
    expect(await page.locator('[data-testid=convoy-sharing] ~ .field-error, .stock-field.has-error').count()).toBe(0);
    await select.selectOption('RED');
    await expect.poll(async () => (await server.call('convoys.get', { id: convoy.id })).sharing).toBe('RED');
    await expect.poll(() => select.inputValue()).toBe('RED');
    await select.scrollIntoViewIfNeeded();
    await screenshot(page, 'convoy-sharing');
    keepShot('convoy-sharing', '.tmp-shot-convoy.png');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a planning convoy the label sits in the header form, and saving the other details afterwards keeps it', async () => {
    const convoy = (await server.call('convoys.list', { status: 'planning' }))[0];
    expect(convoy).toBeDefined();
    const { page, problems } = await openApp(browser, server, `convoys?id=${convoy.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const select = page.locator('[data-testid=convoy-header] .form-grid').getByTestId('convoy-sharing');
    await expect.poll(() => select.isEnabled()).toBe(true);
    await page.getByTestId('movement-number').fill('MC-LABEL-1');
    await select.selectOption('AMBER+STRICT');
    await expect.poll(async () => (await server.call('convoys.get', { id: convoy.id })).sharing).toBe('AMBER+STRICT');
    await expect.poll(() => select.inputValue()).toBe('AMBER+STRICT');
    // The typed movement number survived the label's save, and saves with the convoy's new version.
    await page.getByTestId('save-header').click();
    await expect
      .poll(async () => {
        const c = await server.call('convoys.get', { id: convoy.id });
        return `${c.movementNumber} ${c.sharing}`;
      })
      .toBe('MC-LABEL-1 AMBER+STRICT');
    await select.scrollIntoViewIfNeeded();
    await screenshot(page, 'convoy-sharing-planning');
    keepShot('convoy-sharing-planning', '.tmp-shot-convoy-planning.png');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sets a submitted or decided request to TLP:RED from its page, and back to the type default', async () => {
    const list = await server.call('requests.list', { status: ['submitted', 'under_review', 'approved'], sort: [], offset: 0, limit: 50 });
    const row = list.rows[0];
    expect(row).toBeDefined();
    const { page, problems } = await openApp(browser, server, `requests?id=${row.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('request-page').waitFor();
    const select = page.getByTestId('request-sharing');
    await expect.poll(() => select.isEnabled()).toBe(true);
    // A comment being typed for an action survives the label's save (the request's version moves, not its state).
    await page.locator('[data-testid=request-actions] [data-testid^=req-action-]:not([data-testid=req-action-edit])').first().click();
    await page.getByTestId('req-comment').fill('Checked with the cluster lead');
    await select.selectOption('RED');
    await expect.poll(async () => (await server.call('requests.get', { id: row.id })).request.sharing).toBe('RED');
    await expect.poll(() => select.inputValue()).toBe('RED');
    await expect.poll(() => page.locator('.req-head .tlp').textContent()).toBe('TLP:RED');
    expect(await page.getByTestId('req-comment').inputValue()).toBe('Checked with the cluster lead');
    // Blank goes back to the type's default.
    await expect.poll(() => select.isEnabled()).toBe(true);
    await screenshot(page, 'request-sharing');
    keepShot('request-sharing', '.tmp-shot-request.png');
    await select.selectOption('');
    await expect.poll(async () => (await server.call('requests.get', { id: row.id })).request.sharing).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a storekeeper may raise a convoy's label but not lower it: the lower labels cannot be picked, and a note says who may", async () => {
    const convoy = (await server.call('convoys.list', { status: 'in_transit' }))[0];
    const stored = await server.call('convoys.get', { id: convoy.id });
    await server.call('convoys.update', { id: convoy.id, version: stored.version, sharing: 'AMBER' });
    const { page, problems } = await openApp(browser, server, `convoys?id=${convoy.id}`, STOREKEEPER);
    await page.setViewportSize({ width: 1280, height: 720 });
    const select = page.getByTestId('convoy-sharing');
    await expect.poll(() => select.inputValue()).toBe('AMBER');
    const disabled = () => select.locator('option:disabled').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // Below AMBER: CLEAR and GREEN; the blank is the convoys' default, AMBER, so it may stay.
    expect((await server.call('sharing.defaults', {})).convoy).toBe('AMBER');
    await expect.poll(disabled).toEqual(['CLEAR', 'GREEN']);
    await expect
      .poll(() => page.locator('.stock-field:has([data-testid=convoy-sharing]) .field-note').textContent())
      .toBe('Lowering this label needs the Approver role: it decides what may leave the base.');
    await select.selectOption('RED');
    await expect.poll(async () => (await server.call('convoys.get', { id: convoy.id })).sharing).toBe('RED');
    // Now everything below RED is out of reach, the blank (AMBER) too.
    await expect.poll(disabled).toEqual(['', 'CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT']);
    await select.scrollIntoViewIfNeeded();
    await screenshot(page, 'convoy-sharing-storekeeper');
    keepShot('convoy-sharing-storekeeper', '.tmp-shot-convoy-storekeeper.png');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
