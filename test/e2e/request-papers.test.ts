import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/**
 * The request page's papers in Chromium over the demo: the printed request form (a PDF the core
 * makes, downloaded like a waybill, read back with pdftotext), attachments (the demo's, one
 * uploaded, an empty one refused, one downloaded and one removed), and linking a committed line
 * to one manifest line of a convoy.
 */
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

async function requestId(search: string): Promise<string> {
  const r = await server.invoke('requests.list', { search, limit: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows[0].id;
}

/** Clicks what starts a download and returns the downloaded file's path. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { path: (await download.path())!, name: download.suggestedFilename() };
}

describe('request papers', () => {
  it('prints the request form and attaches, downloads and removes files on the escort request', async () => {
    const id = await requestId('Escort for water trucking to Kell');
    const { page, problems } = await openApp(browser, server, `requests?id=${id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const list = page.getByTestId('request-attachments');
    // The demo's attachment, written through the service.
    await expect.poll(() => list.textContent()).toContain('Kell gorge incident summary.txt');
    const number = (await page.locator('.req-head h2 bdi').textContent())!;

    const pdf = await downloaded(page, () => page.getByTestId('req-print').click());
    expect(pdf.name).toBe(`request-${number}.pdf`);
    const text = pdfText(pdf.path).replace(/[ \t]+/g, ' ');
    expect(text).toContain(number);
    expect(text).toContain('Escort vehicle with crew');
    expect(text).toContain('Last-resort record');
    expect(text).toContain('Only the mission can provide an armed escort.');
    expect(text).toContain('Escort criteria');
    expect(text).toContain('Kell gorge incident summary.txt');
    expect(text).toContain(`Printed by ${server.operator!.name}`);

    // An empty file is refused by the core, saying so; nothing is listed.
    await page.getByTestId('req-attach-file').setInputFiles({ name: 'blank.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await page.getByTestId('req-attach-confirm').click();
    await expect.poll(() => list.locator('.error-panel, [role=alert]').first().textContent()).toContain('blank.pdf is empty (0 bytes)');
    // A file attached with a note, listed, and downloaded back as it was.
    const plan = Buffer.from('Convoy plan, Kell run: depart 06:00, police informed.\n');
    await page.getByTestId('req-attach-file').setInputFiles({ name: 'convoy plan.txt', mimeType: 'text/plain', buffer: plan });
    await page.getByTestId('req-attach-note').fill('Plan agreed with the district police');
    await page.getByTestId('req-attach-confirm').click();
    const rows = page.getByTestId('request-attachment-list').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const planRow = rows.filter({ hasText: 'convoy plan.txt' });
    expect(await planRow.textContent()).toContain('Plan agreed with the district police');
    await screenshot(page, 'request-attachments');
    const back = await downloaded(page, () => planRow.getByRole('button', { name: 'Download' }).click());
    expect(back.name).toBe('convoy plan.txt');
    expect(fs.readFileSync(back.path)).toEqual(plan);
    // Removed: off the list, on the timeline.
    page.once('dialog', (d) => void d.accept());
    await planRow.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => page.getByTestId('request-timeline').textContent()).toContain('Remove an attachment');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the providing side links a committed line to one manifest line of a convoy', async () => {
    const id = await requestId('Family tents for the Tarvik flood response');
    const { page, problems } = await openApp(browser, server, `requests?id=${id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('act-providing').check();
    await page.getByTestId('req-link-convoy').click();
    const form = page.getByTestId('req-link-form');
    const convoy = form.getByTestId('req-link-convoy-select');
    await expect.poll(() => convoy.locator('option').count()).toBeGreaterThan(1);
    // The first open convoy with a manifest line.
    const manifestLine = form.getByTestId('req-link-manifest-line');
    const convoys = await convoy.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    let chosen = '';
    for (const c of convoys) {
      await convoy.selectOption(c);
      await manifestLine
        .locator('option')
        .nth(1)
        .waitFor({ timeout: 5000 })
        .catch(() => undefined);
      if ((await manifestLine.locator('option').count()) > 1) {
        chosen = c;
        break;
      }
    }
    expect(chosen).not.toBe('');
    const lineLabel = (await manifestLine.locator('option').nth(1).textContent())!;
    await manifestLine.selectOption({ index: 1 });
    // The line's vehicle is chosen with it.
    await expect.poll(() => form.getByTestId('req-link-vehicle').inputValue()).not.toBe('');
    await form.getByLabel('Quantity on the convoy').fill('10');
    await screenshot(page, 'request-link-manifest-line');
    await page.getByTestId('req-link-confirm').click();
    const links = page.getByTestId('request-convoy-links');
    await expect.poll(() => links.textContent()).toContain('on its way');
    const item = lineLabel.split(' — ')[0];
    expect(await links.textContent()).toContain(item);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
