import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cell,
  focusCell,
  launchBrowser,
  openApp,
  pasteText,
  rowIndexOf,
  screenshot,
  startServer,
  waitForRows,
  type E2EServer,
} from './harness';
import { seedSample } from './sample';

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ setup: true });
  await seedSample(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const counts = async () => ({
  sites: (await server.call('sites.list', { includeArchived: true })).length,
  audit: (await server.call('audit.list', { limit: 5000 })).length,
});

describe('pasting a block from a spreadsheet', () => {
  it('updates one row and creates two from a 3×3 block (Windows line endings, quoted cell) in one save', async () => {
    const { page, problems } = await openApp(browser, server, 'sites');
    await waitForRows(page, 2);
    const row = await rowIndexOf(page, 'HHI-WH1');
    await focusCell(page, row, 'code');
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.postData()?.includes('"sites.save"')) saves.push(r.postData()!);
    });
    const block = [
      'HHI-WH1\tHHI Main Warehouse (Lodwa)\tWarehouse',
      'TH-KES\t"Kessa ""Junction"" hub"\ttransit hub',
      'DP-09\tDistribution Point Nine\tDistribution point',
      '',
    ].join('\r\n');
    await pasteText(page, block);
    // It changes an existing site: the change is shown first and written on Apply.
    await page.locator('.paste-preview').getByRole('button', { name: 'Apply paste' }).click();
    await expect.poll(async () => (await server.call('sites.list', {})).length).toBe(4);
    const sites = await server.call('sites.list', {});
    expect(sites.find((s) => s.code === 'HHI-WH1')?.name).toBe('HHI Main Warehouse (Lodwa)');
    expect(sites.find((s) => s.code === 'TH-KES')).toMatchObject({ name: 'Kessa "Junction" hub', kind: 'transit_hub' });
    expect(sites.find((s) => s.code === 'DP-09')).toMatchObject({ name: 'Distribution Point Nine', kind: 'distribution_point' });
    expect(saves).toHaveLength(1);
    await expect.poll(() => page.locator('.msg.success').textContent()).toContain('updated 1 and added 2 sites in one save');
    await waitForRows(page, 4);
    // The pasted rows are replaced by the saved ones (new ids); AG Grid keeps the replaced rows in
    // the page while they fade out, under their old row indexes, so wait for the saved row's cell.
    await expect.poll(async () => cell(page, await rowIndexOf(page, 'TH-KES'), 'kind').textContent()).toBe('Transit hub');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('writes nothing when one cell of the block is bad, and lists the bad cell', async () => {
    const { page } = await openApp(browser, server, 'sites');
    await waitForRows(page, 4);
    const before = await counts();
    const namesBefore = (await server.call('sites.list', {})).map((s) => `${s.code}:${s.name}`).sort();
    const row = await rowIndexOf(page, 'FOB-N');
    await focusCell(page, row, 'code');
    const block = [
      'FOB-N\tForward Base North (renamed)\tForward base',
      'WH-77\tNew Warehouse\tspaceport',
      'WH-78\tAnother Warehouse\twarehouse',
    ].join('\n');
    await pasteText(page, block);
    const table = page.locator('.paste-problems');
    await expect.poll(() => table.textContent()).toContain('spaceport');
    await expect.poll(() => table.textContent()).toContain('Kind');
    expect(await table.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'error-paste-refused');
    // Refused in the browser before anything was queued for saving.
    expect(await page.locator('.entity-grid').getAttribute('data-saving')).toBe('no');
    expect(await counts()).toEqual(before);
    expect((await server.call('sites.list', {})).map((s) => `${s.code}:${s.name}`).sort()).toEqual(namesBefore);
    await page.context().close();
  });

  it('refuses a block whose second row clashes with a stored code, as one all-or-nothing save', async () => {
    const { page } = await openApp(browser, server, 'sites');
    await waitForRows(page, 4);
    const before = await counts();
    const row = await rowIndexOf(page, 'FOB-N');
    await focusCell(page, row, 'name');
    // Valid in the browser; the core refuses the duplicate code of the new row.
    await pasteText(page, 'FOB North\r\n');
    await page.locator('.paste-preview').getByRole('button', { name: 'Apply paste' }).click();
    await expect.poll(async () => (await server.call('sites.list', {})).find((s) => s.code === 'FOB-N')?.name).toBe('FOB North');
    const after = await counts();
    expect(after.sites).toBe(before.sites);
    // The last displayed row keeps its values; the line below it becomes a new site whose code
    // is already taken: only the core can know, and it refuses the whole block.
    const lastIndex = (await page.locator('.entity-grid .ag-row:not(.ag-row-pinned)').count()) - 1;
    const lastCode = (await cell(page, lastIndex, 'code').textContent())!;
    const lastName = (await cell(page, lastIndex, 'name').textContent())!;
    const lastKind = (await cell(page, lastIndex, 'kind').textContent())!;
    await focusCell(page, lastIndex, 'code');
    await pasteText(page, [`${lastCode}\t${lastName} (checked)\t${lastKind}`, 'DP-09\tDuplicate code\tWarehouse'].join('\n'));
    await page.locator('.paste-preview').getByRole('button', { name: 'Apply paste' }).click();
    await expect.poll(() => page.locator('.paste-problems').textContent()).toContain('already used');
    expect(await counts()).toEqual(after);
    expect((await server.call('sites.list', {})).some((s) => s.name.endsWith('(checked)'))).toBe(false);
    await page.context().close();
  });
});
