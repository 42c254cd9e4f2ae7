import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BODY_ROW,
  cell,
  editCell,
  focusCell,
  launchBrowser,
  openApp,
  pasteText,
  screenshot,
  startServer,
  waitForRows,
  type E2EServer,
} from './harness';
import { seedSample } from './sample';
import { holdCalls } from './hold-calls';

/**
 * Issue 11 point 2 in Chromium, on stock documents and count sheets: Paste lines… adds a block
 * copied from a spreadsheet (header line optional) to a draft in one go, a refused block lists every
 * bad cell by line and column and writes nothing, Ctrl+Z takes the whole paste back; found stock is
 * pasted onto a blind count without showing what it expects.
 */
let server: E2EServer;
let browser: Browser;
let sample: Awaited<ReturnType<typeof seedSample>>;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const written = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const LINES = '[data-testid=lines-grid]';

beforeAll(async () => {
  server = await startServer({ setup: true });
  sample = await seedSample(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const site = () => sample.sites.find((s) => s.code === 'HHI-WH1')!;
const org = (short: string) => sample.orgs.find((o) => o.shortName === short)!;
const lineCount = async (id: string) => (await server.call('stock.documents.get', { id })).lines.length;

describe('Paste lines… on a draft document', () => {
  it('adds a block with a header line to a receipt, refuses a bad one cell by cell, and Ctrl+Z removes the paste', async () => {
    const draft = await server.call('stock.documents.create', { siteId: site().id, kind: 'receipt', counterpartyOrgId: org('WFP').id });
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${draft.document.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('paste-lines').click();
    await page.getByTestId('paste-rows-box').waitFor();
    expect(await page.locator('.paste-rows-columns').textContent()).toMatch(
      /^A line fills, in order: Item code, Lot \/ batch, Expiry, Owner, Condition/,
    );
    await screenshot(page, 'paste-lines-box');

    // A bad block: an unknown item, an owner nobody is called, a date that does not exist. Nothing is written.
    await pasteText(
      page,
      ['Item code\tLot\tExpiry\tOwner\tQuantity', 'NOPE-9\tL1\t\tHHI\t5', 'FOOD-RICE-25\tR-P1\t31/02/2027\tNobody\t10', ''].join('\n'),
    );
    const refused = page.locator('.paste-problems');
    await refused.waitFor();
    const rows = await refused.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^2new line 1Item codeNOPE-9No item has the code “NOPE-9”/);
    expect(rows[1]).toMatch(/^3new line 2Expiry31\/02\/2027/);
    expect(rows[2]).toMatch(/^3new line 2OwnerNobodyNo organisation is called “Nobody”/);
    await screenshot(page, 'paste-lines-refused');
    expect(await lineCount(draft.document.id)).toBe(0);

    // The good block, columns named in another order, dates and numbers as the locale writes them.
    await page.getByTestId('paste-lines').click();
    await page.getByTestId('paste-rows-box').waitFor();
    const exp = inDays(300);
    await pasteText(
      page,
      ['Owner\tItem code\tLot\tExpiry\tQuantity', `HHI\tFOOD-RICE-25\tR-P1\t${written(exp)}\t1,200`, 'HHI\tWASH-JERRY-20\t\t\t40', ''].join(
        '\n',
      ),
    );
    await page.getByTestId('paste-lines-notice').filter({ hasText: '2 lines pasted' }).waitFor();
    await waitForRows(page, 2, LINES);
    expect(await page.locator('.paste-problems').count()).toBe(0);
    const stored = await server.call('stock.documents.get', { id: draft.document.id });
    expect(stored.lines.map((l) => [l.itemCode, l.lotNumber, l.expiryDate, l.ownerShortName, l.quantity])).toEqual([
      ['FOOD-RICE-25', 'R-P1', exp, 'HHI', 1200],
      ['WASH-JERRY-20', '', null, 'HHI', 40],
    ]);
    await screenshot(page, 'paste-lines-added');

    // Ctrl+Z on the grid takes the whole paste back.
    await page.locator(`${LINES} ${BODY_ROW} [col-id="lotNumber"]`).first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineCount(draft.document.id)).toBe(0);
    await page.getByTestId('paste-lines-notice').filter({ hasText: 'The 2 pasted lines were removed' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a line edited while a paste is being saved withdraws the paste’s undo: Ctrl+Z never takes the paste back past the edit', async () => {
    const jerry = sample.items.find((i) => i.code === 'WASH-JERRY-20')!;
    const draft = await server.call('stock.documents.create', {
      siteId: site().id,
      kind: 'receipt',
      counterpartyOrgId: org('WFP').id,
      lines: [{ itemId: jerry.id, ownerOrgId: sample.hhi.id, quantity: 40 }],
    });
    const stored = () => server.call('stock.documents.get', { id: draft.document.id });
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${draft.document.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForRows(page, 1, LINES);
    // The paste's save is held until the edit is made: what a loaded machine does to a large block.
    const paste = await holdCalls(page, 'stock.lines.paste');
    await page.getByTestId('paste-lines').click();
    await page.getByTestId('paste-rows-box').waitFor();
    await pasteText(
      page,
      ['Owner\tItem code\tLot\tExpiry\tQuantity', `HHI\tFOOD-RICE-25\tR-RACE\t${written(inDays(300))}\t10`, ''].join('\n'),
    );
    await paste.arrived;
    // The existing line is edited while the paste is on its way; its save waits behind the paste's.
    await editCell(page, 0, 'quantity', '60', LINES);
    await expect.poll(() => cell(page, 0, 'quantity', LINES).textContent()).toBe('60');
    paste.release();
    await page.getByTestId('paste-lines-notice').filter({ hasText: '1 line pasted' }).waitFor();
    await expect
      .poll(async () => (await stored()).lines.map((l) => [l.itemCode, l.quantity]))
      .toEqual([
        ['WASH-JERRY-20', 60],
        ['FOOD-RICE-25', 10],
      ]);
    await expect.poll(() => page.locator(LINES).getAttribute('data-saving')).toBe('no');
    // The edit came after the paste: no Undo paste, and the notice says why.
    expect(await page.getByTestId('paste-lines-notice').textContent()).toContain('can no longer be undone as a whole');
    expect(await page.getByTestId('undo-paste').count()).toBe(0);
    await screenshot(page, 'paste-lines-edited-meanwhile');
    // Ctrl+Z on the grid removes nothing. A later edit's save is queued behind anything Ctrl+Z
    // asked for, so once it is stored, both lines still being there is the answer.
    await focusCell(page, 0, 'quantity', LINES);
    await page.keyboard.press('Control+z');
    await editCell(page, 0, 'quantity', '70', LINES);
    await expect.poll(async () => (await stored()).lines.find((l) => l.itemCode === 'WASH-JERRY-20')?.quantity).toBe(70);
    expect((await stored()).lines.map((l) => l.itemCode)).toEqual(['WASH-JERRY-20', 'FOOD-RICE-25']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an issue line pasted by Paste lines… takes the lot the site holds and flags an over-issue at once', async () => {
    const exp = inDays(200);
    await server.call('stock.documents.create', {
      siteId: site().id,
      kind: 'receipt',
      counterpartyOrgId: org('WFP').id,
      lines: [
        {
          itemId: sample.items.find((i) => i.code === 'FOOD-RICE-25')!.id,
          ownerOrgId: sample.hhi.id,
          lotNumber: 'R-ISS',
          expiryDate: exp,
          quantity: 20,
        },
      ],
      post: true,
    });
    const draft = await server.call('stock.documents.create', {
      siteId: site().id,
      kind: 'issue',
      counterpartyOrgId: org('WFP').id,
      ownerOrgId: sample.hhi.id,
    });
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${draft.document.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('paste-lines').click();
    await page.getByTestId('paste-rows-box').waitFor();
    await pasteText(page, 'FOOD-RICE-25\tR-ISS\t\t\t\t\t9999\n');
    await waitForRows(page, 1, LINES);
    const stored = await server.call('stock.documents.get', { id: draft.document.id });
    expect(stored.lines.map((l) => [l.lotNumber, l.quantity, l.available])).toEqual([['R-ISS', 9999, 20]]);
    // Flagged as a typed line is, before Post.
    await page.locator(`${LINES} .row-problem`).first().waitFor();
    await screenshot(page, 'paste-lines-issue');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('Paste found stock… on a count sheet', () => {
  it('adds found lines to a blind count in one go and still hides what the sheet expects', async () => {
    const sheet = await server.call('stock.count.create', { siteId: site().id, blind: true });
    const { page, problems } = await openApp(browser, server, `stock-counts?id=${sheet.document.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('[data-testid=count-sheet]').waitFor();
    await page.locator('[data-testid=found-stock] summary').click();
    await page.getByTestId('paste-found').click();
    await page.getByTestId('paste-rows-box').waitFor();
    await screenshot(page, 'paste-found-box');
    await pasteText(
      page,
      [
        'Item\tLot number\tExpiry\tOwner\tCondition\tCounted',
        'WASH-JERRY-20\t\t\tHHI\tDamaged\t7',
        `FOOD-RICE-25\tR-FOUND\t${written(inDays(90))}\tHHI\tGood\t12`,
        '',
      ].join('\n'),
    );
    await page.getByTestId('found-outcome').filter({ hasText: '2 found lines added to the sheet' }).waitFor();
    const after = await server.call('stock.count.get', { id: sheet.document.id });
    expect(after.rows.filter((r) => r.found).map((r) => [r.itemCode, r.lotNumber, r.condition, r.counted, r.expected])).toEqual([
      ['WASH-JERRY-20', '', 'damaged', 7, null],
      ['FOOD-RICE-25', 'R-FOUND', 'good', 12, null],
    ]);
    expect(await page.locator('[data-testid=count-grid] .ag-header-cell[col-id="expected"]').count()).toBe(0);
    await screenshot(page, 'paste-found-added');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
