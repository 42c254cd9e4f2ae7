import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editCell,
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
import { holdCalls, type CoreCall } from './hold-calls';

let server: E2EServer;
let browser: Browser;
let sample: Awaited<ReturnType<typeof seedSample>>;

beforeAll(async () => {
  server = await startServer({ setup: true });
  sample = await seedSample(server);
  // Jerrycans have stock at HHI-WH1: their code is named by a posted receipt.
  const jerry = sample.items.find((i) => i.code === 'WASH-JERRY-20')!;
  await server.call('stock.documents.create', {
    siteId: sample.sites.find((s) => s.code === 'HHI-WH1')!.id,
    kind: 'receipt',
    counterpartyOrgId: sample.orgs.find((o) => o.shortName === 'WFP')!.id,
    lines: [{ itemId: jerry.id, ownerOrgId: sample.hhi.id, quantity: 400 }],
    post: true,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const itemsByCode = async () => Object.fromEntries((await server.call('items.list', {})).map((i) => [i.code, i.name]));

describe('pasting over existing records (issue 11 point 1)', () => {
  it('shows every change before writing, refuses a new code for an item with stock, and writes nothing', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const before = await itemsByCode();
    await focusCell(page, await rowIndexOf(page, 'WASH-JERRY-20'), 'code');
    await pasteText(page, 'XX-OVERWRITE\tOverwritten by paste\r\n');
    const preview = page.locator('.paste-preview');
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain('This paste changes 2 values in one existing item');
    expect(text).toContain('WASH-JERRY-20');
    expect(text).toContain('Jerrycan, collapsible, 20 L');
    expect(text).toContain('Overwritten by paste');
    await screenshot(page, 'paste-over-preview');
    // Shown, not written.
    expect(await itemsByCode()).toEqual(before);
    await preview.getByRole('button', { name: 'Apply paste' }).click();
    await expect.poll(() => page.locator('.paste-problems').textContent()).toContain('Code cannot change: WASH-JERRY-20 already has stock');
    expect(await itemsByCode()).toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('applies a paste over two records after the preview, Esc cancels it, and one Ctrl+Z undoes the whole paste', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const before = await itemsByCode();
    const block = 'Rice 25 kg bag (WFP)\r\nDiesel, road grade\r\n';
    await focusCell(page, await rowIndexOf(page, 'FOOD-RICE-25'), 'name');
    await pasteText(page, block);
    const preview = page.locator('.paste-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('This paste changes 2 values in 2 existing items');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.msg.info').textContent()).toContain('Paste cancelled: nothing was written');
    expect(await itemsByCode()).toEqual(before);

    await pasteText(page, block);
    await preview.getByRole('button', { name: 'Apply paste' }).click();
    await expect.poll(() => page.locator('.msg.success').textContent()).toContain('updated 2 items in one save');
    expect(await itemsByCode()).toEqual({ ...before, 'FOOD-RICE-25': 'Rice 25 kg bag (WFP)', 'FUEL-DSL': 'Diesel, road grade' });

    // The grid has the keyboard back: one Ctrl+Z puts both names back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.msg.info').textContent()).toContain('Paste undone: 2 items put back');
    expect(await itemsByCode()).toEqual(before);
    // The next Ctrl+Z is AG Grid's own cell undo again, with nothing to undo: the names stay.
    await page.keyboard.press('Control+z');
    expect(await itemsByCode()).toEqual(before);
    expect(await page.locator('.entity-grid').getAttribute('data-saving')).toBe('no');
    expect(problems).toEqual([]);
    await page.context().close();
  });
  it('a cell edited while the paste is being saved withdraws the paste’s undo: Ctrl+Z never puts back values from before the edit', async () => {
    const { page, problems } = await openApp(browser, server, 'items');
    await waitForRows(page, 3);
    const before = await itemsByCode();
    // The paste's save is held until the edit is made (what a loaded machine does to a large
    // block), and the edit's save until the paste's outcome has been read.
    const saving = (text: string) => (c: CoreCall) => c.name === 'items.save' && c.body.includes(text);
    const pasteSave = await holdCalls(page, saving('Diesel, road grade'));
    const editSave = await holdCalls(page, saving('Rice, typed meanwhile'));
    await focusCell(page, await rowIndexOf(page, 'FOOD-RICE-25'), 'name');
    await pasteText(page, 'Rice 25 kg bag (WFP)\r\nDiesel, road grade\r\n');
    await page.locator('.paste-preview').getByRole('button', { name: 'Apply paste' }).click();
    await pasteSave.arrived;
    // The rice's name is typed again while the paste is on its way; its save waits behind the paste's.
    await editCell(page, await rowIndexOf(page, 'FOOD-RICE-25'), 'name', 'Rice, typed meanwhile');
    pasteSave.release();
    await editSave.arrived;
    await expect.poll(() => page.locator('.msg.success').textContent()).toContain('updated 2 items in one save');
    expect(await page.locator('.msg.success').textContent()).not.toContain('Ctrl+Z');
    editSave.release();
    await expect.poll(itemsByCode).toEqual({ ...before, 'FOOD-RICE-25': 'Rice, typed meanwhile', 'FUEL-DSL': 'Diesel, road grade' });
    // Ctrl+Z does not undo the paste (which would put back the diesel's name, and the rice's over
    // the edit). Another edit's save is queued behind anything Ctrl+Z asked for: once it is
    // stored, the diesel keeping its pasted name is the answer.
    await focusCell(page, await rowIndexOf(page, 'FUEL-DSL'), 'name');
    await page.keyboard.press('Control+z');
    await editCell(page, await rowIndexOf(page, 'WASH-JERRY-20'), 'name', 'Jerrycan, edited after');
    await expect.poll(async () => (await itemsByCode())['WASH-JERRY-20']).toBe('Jerrycan, edited after');
    expect((await itemsByCode())['FUEL-DSL']).toBe('Diesel, road grade');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
