import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, waitForRows, type E2EServer } from './harness';

/**
 * Issue 15: Back up now (a download), change a record, restore the downloaded file (an upload),
 * and the change is gone, the window says what was restored, and the audit trail has the restore.
 */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ setup: true });
  browser = await launchBrowser();
  await server.call('items.save', { rows: [{ code: 'TARP-4X6', name: 'Tarpaulin 4x6 m', category: 'shelter', baseUnit: 'each' }] });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('backups and restore in Chromium', () => {
  it('back up now, change a record, restore: the change is gone and the restore is audited', async () => {
    const { page, problems } = await openApp(browser, server, 'database');
    const panel = page.getByRole('region', { name: 'Backups' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Back up now' }).click()]);
    expect(download.suggestedFilename()).toMatch(/-manual-\d{8}-\d{6}\.sqlite$/);
    const file = (await download.path())!;
    // The backup is listed with its size beside the database.
    await panel.locator('.backup-list tbody tr').filter({ hasText: 'Back up now' }).waitFor();

    const [item] = await server.call('items.list', {});
    await server.call('items.save', { rows: [{ ...item, packSizes: '', name: 'Renamed after the backup' }] });

    await panel.getByLabel('Restore from a file').setInputFiles(file);
    const confirm = page.getByRole('alertdialog', { name: 'Confirm restore' });
    await confirm.waitFor();
    await screenshot(page, 'backups-confirm-restore');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await panel.getByRole('status').or(panel.getByRole('alert')).first().waitFor();
    expect(await panel.textContent()).toMatch(/Restored the file you chose, made by this installation; last change on .*Items: 1,/);
    await page.getByText('Backup restored.').waitFor();
    // The notice says what was restored in words, never an internal file name.
    const notice = (await page.locator('.core-notice').textContent())!;
    expect(notice).toMatch(/Restored the file you chose, made by this installation; last change on .*Items: 1, sites: \d+/);
    expect(notice).not.toMatch(/\.sqlite|restore-/);
    // The "Back up now" job shown before the restore is still done (not interrupted) after it.
    const jobs = page.locator('.recent-jobs tbody tr');
    await expect.poll(() => jobs.filter({ hasText: 'Back up now' }).first().getAttribute('data-state')).toBe('done');
    expect(await page.locator('.recent-jobs tr[data-state="interrupted"]').count()).toBe(0);
    await screenshot(page, 'backups-restored');

    const [back] = await server.call('items.list', {});
    expect(back.name).toBe('Tarpaulin 4x6 m');
    const audit = await server.call('audit.list', { entity: 'database' });
    expect(audit).toEqual([expect.objectContaining({ entityId: 'restore', operator: 'Lt. E2E Tester' })]);

    // The window reads the restored database: the Items grid shows the old name.
    await page.goto(`${server.url}#/items`);
    await waitForRows(page, 1);
    await page.locator('.entity-grid').getByText('Tarpaulin 4x6 m').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a file that is not a Corridor backup is refused with a clear message', async () => {
    // The restore above reopened the file, which starts an automatic backup 5 s later (none is
    // kept yet), and a restore is refused while any job runs ("A job is running (Automatic
    // backup)…"): let that backup end first, whenever this test starts relative to it.
    await expect
      .poll(async () => (await server.call('jobs.list', { limit: 50 })).some((j) => j.kind === 'auto-backup' && j.state === 'done'), {
        timeout: 60_000,
      })
      .toBe(true);
    const { page } = await openApp(browser, server, 'database');
    const panel = page.getByRole('region', { name: 'Backups' });
    await panel.getByLabel('Restore from a file').setInputFiles({
      name: 'notes.sqlite',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('just some text, not a database '.repeat(40)),
    });
    await page.getByRole('alertdialog', { name: 'Confirm restore' }).getByRole('button', { name: 'Restore', exact: true }).click();
    await panel.getByText(/is not a database file/).waitFor();
    await panel.getByText(/the database in use has not been changed/).waitFor();
    await page.context().close();
  });

  it('About says where things live and the space left; the support bundle downloads as a zip without the database unless ticked', async () => {
    const { page, problems } = await openApp(browser, server, 'database');
    const about = page.getByRole('region', { name: 'About' });
    await about.getByText('Disk space left').waitFor();
    await about.getByText(server.dbPath).waitFor();
    await about.scrollIntoViewIfNeeded();
    await screenshot(page, 'about-and-support-bundle');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      about.getByRole('button', { name: 'Write a support bundle' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-support-\d{8}-\d{6}\.zip$/);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['about.json', 'jobs.json', 'integrity-report.json']));
    expect(Object.keys(zip.files).some((n) => n.startsWith('database/'))).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
