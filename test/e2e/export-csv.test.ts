import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, startServer, waitForRows, type E2EServer } from './harness';

/**
 * Issue 7 point 12: names a partner's spreadsheet would run as formulas are exported as text
 * (a leading single quote, as OWASP's CSV-injection guidance says); numbers stay numbers.
 */

let server: E2EServer;
let browser: Browser;
const FORMULA = '=HYPERLINK("http://example.invalid/x","Click")';

beforeAll(async () => {
  server = await startServer({ setup: true });
  browser = await launchBrowser();
  await server.call('organisations.save', {
    rows: [
      { name: FORMULA, shortName: '@SUM(A1)', kind: 'ngo', country: '-2+3' },
      { name: 'Plain Partner', shortName: 'PLAIN', kind: 'ngo', country: 'XX' },
    ],
  });
  await server.call('sites.save', { rows: [{ code: 'SOUTH', name: '+Southern hub', kind: 'warehouse', latitude: -12.5, longitude: 44 }] });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Export… → CSV → Export: the core writes the file in a job, the page downloads it. */
async function download(page: Page, source: string): Promise<string> {
  await page.locator(`[data-export="${source}"]`).first().click();
  const panel = page.getByRole('dialog', { name: 'Export' });
  await panel.getByLabel('Format').selectOption('csv');
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export', exact: true }).click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

describe('CSV exports neutralise formula prefixes', () => {
  it('the organisations grid: formula-like names become text, the rest is unchanged', async () => {
    const { page, problems } = await openApp(browser, server, 'organisations');
    await waitForRows(page, 3);
    const csv = await download(page, 'organisations');
    // RFC 4180: only a field with a comma, quote or line break is quoted.
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid/x"",""Click"")"`);
    expect(csv).toMatch(/(^|,)'@SUM\(A1\),/m);
    expect(csv).toContain(`,'-2+3,`);
    expect(csv).toContain('Plain Partner');
    expect(csv).not.toMatch(/(^|,)"?=/m);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the sites grid: a negative latitude is a number, a name starting with + is text', async () => {
    const { page } = await openApp(browser, server, 'sites');
    await waitForRows(page, 1);
    const csv = await download(page, 'sites');
    expect(csv).toContain(`,'+Southern hub,`);
    expect(csv).toMatch(/,-12\.5,/);
    await page.context().close();
  });

  it('the audit trail export', async () => {
    const { page } = await openApp(browser, server, 'audit');
    await page.locator('.audit-grid .ag-row').first().waitFor();
    const csv = await download(page, 'audit');
    // The record's values travel in the before/after columns (JSON, which starts with a brace).
    expect(csv).toContain('@SUM(A1)');
    expect(csv).toContain('SOUTH');
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
    await page.context().close();
  });
});
