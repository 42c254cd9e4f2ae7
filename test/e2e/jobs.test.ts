import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CRASH_OPERATION } from '../../electron/services/core/worker/messages';
import { launchBrowser, openApp, screenshot, startServer, waitForRows, type E2EServer } from './harness';

/**
 * Jobs and the core's thread as the window shows them: the integrity check runs as a job with
 * its bar in the tray and its outcome in the Database page's history; a crash of the core's
 * thread is reported in the window and the app goes on working.
 */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  // The server's core thread honours the crash operation only with this set (inherited by the server).
  process.env.CORRIDOR_TEST_HOOKS = '1';
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  delete process.env.CORRIDOR_TEST_HOOKS;
});

describe('jobs in the window', () => {
  it('runs the integrity check as a job: outcome in the tray, report on the page, the job in the history', async () => {
    const { page, problems } = await openApp(browser, server, 'database');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByLabel('How deep to check').selectOption('full');
    await page.getByRole('button', { name: 'Integrity check' }).click();
    await expect.poll(() => page.locator('.integrity-report').textContent()).toContain('No problems found');
    expect(await page.locator('.integrity-report').textContent()).toContain('full check');
    // The tray keeps the outcome until dismissed.
    const tray = page.locator('.job-tray .job-progress[data-state="done"]');
    await expect.poll(() => tray.locator('.job-state').textContent()).toBe('Done');
    const row = page.locator('.recent-jobs tbody tr').first();
    await expect.poll(() => row.textContent()).toContain('No problems found');
    expect(await row.locator('.job-outcome').textContent()).toBe('Done');
    await screenshot(page, 'database-jobs');
    await page.getByRole('button', { name: 'Dismiss Integrity check' }).click();
    await page.locator('.job-tray').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a job started elsewhere shows in the tray of an open window, with its outcome', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 20);
    const job = await server.call('jobs.start', { kind: 'integrity', depth: 'quick' });
    const entry = page.locator(`.job-tray .job-progress[data-job="${job.id}"]`);
    await expect.poll(() => entry.getAttribute('data-state')).toBe('done');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reports a crash of the core in the window, and the app works again after its restart', async () => {
    const { page, problems } = await openApp(browser, server, 'organisations');
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForRows(page, 5);
    const before = await server.call('organisations.list', {});
    const crashed = await fetch(`${server.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ name: TEST_CRASH_OPERATION, input: {} }),
    });
    expect(((await crashed.json()) as { ok: boolean }).ok).toBe(false);
    const notice = page.locator('.core-notice');
    await expect.poll(() => notice.textContent()).toContain('Nothing half-written was kept');
    expect(await notice.textContent()).toContain('The core restarted.');
    await screenshot(page, 'core-restarted');
    // The window reads everything again from the restarted core, and edits are saved.
    await waitForRows(page, 5);
    expect(await server.call('organisations.list', {})).toEqual(before);
    await page.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    expect((await server.call('system.status', {})).setupDone).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
