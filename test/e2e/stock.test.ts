/* eslint-disable max-lines -- one browser session walks the stock screens in order, each step building on the last */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BODY_ROW,
  cell,
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

let server: E2EServer;
let browser: Browser;
let fob: string;
let hhiLabel: string;
let wfpLabel: string;
let ldaLabel: string;

/** A day `n` days from today (YYYY-MM-DD), so expiry dates stay in the future whenever the test runs. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const EARLY = inDays(60);
const LATE = inDays(400);

const LINES = '[data-testid=lines-grid]';
const ON_HAND = '[data-testid=on-hand-grid]';
const CARD = '[data-testid=stock-card]';
const COUNT = '[data-testid=count-grid]';

beforeAll(async () => {
  server = await startServer({ setup: true });
  const sample = await seedSample(server);
  fob = sample.sites.find((s) => s.code === 'FOB-N')!.id;
  const label = (short: string) => {
    const o = sample.orgs.find((x) => x.shortName === short)!;
    return `${o.shortName} — ${o.name}`;
  };
  hhiLabel = label('HHI');
  wfpLabel = label('WFP');
  ldaLabel = label('LDA');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a new draft of `kind` at FOB-N through the New document panel. */
async function newDraft(page: Page, kind: string) {
  await page.locator(`[data-testid=new-${kind}]`).click();
  await page.locator('[data-testid=document-editor][data-status=draft]').waitFor();
}

async function addLine(
  page: Page,
  f: { item: string; lot?: string; expiry?: string; owner?: string; pack?: string; packs?: string; quantity?: string },
) {
  await page.locator('[data-testid=add-item]').fill(f.item);
  if (f.lot !== undefined) await page.locator('[data-testid=add-lot]').fill(f.lot);
  if (f.expiry !== undefined) await page.locator('[data-testid=add-expiry]').fill(f.expiry);
  if (f.owner) await page.locator('[data-testid=add-owner]').selectOption({ label: f.owner });
  if (f.pack) {
    await page.locator('[data-testid=add-pack]').selectOption(f.pack);
    await page.locator('[data-testid=add-pack-count]').fill(f.packs ?? '');
  } else await page.locator('[data-testid=add-quantity]').fill(f.quantity ?? '');
}

const lineCount = (page: Page) => page.locator(`${LINES} ${BODY_ROW}`).count();

async function post(page: Page) {
  await page.locator('[data-testid=post-document]').click();
  await expect.poll(() => page.locator('[role=alertdialog]').textContent()).toContain('can never be edited or deleted');
  await page.locator('[data-testid=confirm-post]').click();
}

/** Quantities of the on-hand rows shown, as "lot:quantity". */
async function onHandLots(page: Page): Promise<string[]> {
  const rows = await page.locator(`${ON_HAND} ${BODY_ROW}`).count();
  const out: string[] = [];
  for (let i = 0; i < rows; i++)
    out.push(`${await cell(page, i, 'lotNumber', ON_HAND).textContent()}:${await cell(page, i, 'quantity', ON_HAND).textContent()}`);
  return out.sort();
}

describe('stock in the browser', () => {
  it('shows an empty site with what to do next', async () => {
    const { page, problems } = await openApp(browser, server, `stock?site=${fob}`);
    await page.locator('[data-testid=on-hand-empty]').waitFor();
    expect(await page.locator('[data-testid=on-hand-empty]').textContent()).toContain(
      'No stock at FOB-N yet — receive goods with a Goods received note',
    );
    await screenshot(page, 'stock-on-hand-empty');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('receives a two-line GRN (one line by pack), issues with the FEFO suggestion, and the on-hand grid and stock card follow', async () => {
    const { page, problems } = await openApp(browser, server, `stock-documents?new=receipt&site=${fob}`);
    await page.locator('[data-testid=new-document-panel]').waitFor();
    await screenshot(page, 'stock-new-document');
    await newDraft(page, 'receipt');
    await page.locator('[data-testid=header-counterparty]').selectOption({ label: wfpLabel });
    await page.locator('[data-testid=header-reference]').fill('WFP waybill 7781');
    await page.keyboard.press('Enter');

    // Line 1 by pack: 4 bags of 25 kg → 100 kg, shown before it is added.
    await addLine(page, { item: 'FOOD-RICE-25', lot: 'R-EARLY', expiry: EARLY, owner: hhiLabel, pack: 'bag', packs: '4' });
    await expect.poll(() => page.locator('[data-testid=add-base-quantity]').textContent()).toContain('= 100 kg');
    await page.locator('[data-testid=add-line-button]').click();
    await expect.poll(() => lineCount(page)).toBe(1);
    // Line 2 in base units, added with Enter from the quantity field.
    await addLine(page, { item: 'FOOD-RICE-25', lot: 'R-LATE', expiry: LATE, owner: hhiLabel, quantity: '500' });
    await page.locator('[data-testid=add-quantity]').press('Enter');
    await expect.poll(() => lineCount(page)).toBe(2);
    await expect.poll(() => cell(page, 0, 'quantity', LINES).textContent()).toBe('100');
    expect(await cell(page, 0, 'packCount', LINES).textContent()).toBe('4');
    await screenshot(page, 'stock-document-draft');

    await post(page);
    await expect.poll(() => page.locator('[data-testid=document-status]').textContent()).toBe('Posted');
    const year = new Date().getFullYear();
    await expect.poll(() => page.locator('[data-testid=document-title]').textContent()).toContain(`FOB-N-GRN-${year}-00001`);
    // Its sharing label stays changeable once posted: the blank choice names the documents' default, and the core keeps the pick.
    const sharing = page.locator('[data-testid=document-sharing]');
    await expect.poll(() => sharing.locator('option[value=""]').textContent()).toMatch(/^Type default \(TLP:[A-Z+]+\)$/);
    await sharing.selectOption('RED');
    const grn = async () =>
      (await server.call('stock.documents.list', { siteId: fob, search: `FOB-N-GRN-${year}-00001` })).rows.find(
        (d) => d.number === `FOB-N-GRN-${year}-00001`,
      );
    await expect.poll(async () => (await grn())?.sharing).toBe('RED');
    await expect.poll(() => sharing.inputValue()).toBe('RED');
    await screenshot(page, 'stock-document-posted');

    // Stock on hand shows both lots.
    await page.goto(`${server.origin}/#/stock?site=${fob}`);
    await waitForRows(page, 2, ON_HAND);
    await expect.poll(() => onHandLots(page)).toEqual(['R-EARLY:100', 'R-LATE:500']);

    // Issue 150 kg of HHI's rice to LDA: FEFO proposes the early lot first, then the late one.
    await page.goto(`${server.origin}/#/stock-documents?new=issue&site=${fob}`);
    await newDraft(page, 'issue');
    await page.locator('[data-testid=header-counterparty]').selectOption({ label: ldaLabel });
    await page.locator('[data-testid=header-owner]').selectOption({ label: hhiLabel });
    await expect.poll(() => page.locator('[data-testid=header-owner]').inputValue()).not.toBe('');
    await page.locator('[data-testid=add-item]').fill('FOOD-RICE-25');
    await page.locator('[data-testid=add-quantity]').fill('150');
    await page.locator('[data-testid=fefo-suggest]').click();
    const suggestion = page.locator('[data-testid=fefo-suggestion]');
    await suggestion.waitFor();
    const rows = suggestion.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('R-EARLY');
    expect(await rows.nth(0).locator('td').nth(3).textContent()).toBe('100');
    expect(await rows.nth(1).textContent()).toContain('R-LATE');
    expect(await rows.nth(1).locator('td').nth(3).textContent()).toBe('50');
    await screenshot(page, 'stock-document-fefo');
    await page.locator('[data-testid=fefo-use]').click();
    await expect.poll(() => lineCount(page)).toBe(2);
    await post(page);
    await expect.poll(() => page.locator('[data-testid=document-status]').textContent()).toBe('Posted');
    const issueNumber = `FOB-N-ISS-${year}-00001`;
    await expect.poll(() => page.locator('[data-testid=document-title]').textContent()).toContain(issueNumber);

    // On hand: the early lot is used up, the late one has 450 left.
    await page.goto(`${server.origin}/#/stock?site=${fob}`);
    await waitForRows(page, 1, ON_HAND);
    await expect.poll(() => onHandLots(page)).toEqual(['R-LATE:450']);
    await screenshot(page, 'stock-on-hand');

    // The stock card of the item: receipt in, issue out, running balance 450.
    await cell(page, 0, 'itemName', ON_HAND).click();
    await page.locator(CARD).waitFor();
    await expect.poll(() => page.locator('[data-testid=stock-card-closing]').textContent()).toBe('450');
    await waitForRows(page, 4, CARD);
    const cardText = await page.locator(CARD).textContent();
    expect(cardText).toContain(`FOB-N-GRN-${year}-00001`);
    expect(cardText).toContain(issueNumber);
    expect(cardText).toContain('Lt. E2E Tester');
    const balances = await Promise.all([0, 1, 2, 3].map((i) => cell(page, i, 'balance', CARD).textContent()));
    expect(balances).toEqual(['100', '600', '500', '450']);
    await screenshot(page, 'stock-card');

    // The document number on the card opens the document.
    await page.locator(`${CARD} a`, { hasText: issueNumber }).first().click();
    await expect.poll(() => page.locator('[data-testid=document-title]').textContent()).toContain(issueNumber);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('explains a refused posting next to the line, and asks for a reason when FEFO is overridden', async () => {
    // A second, earlier-expiring lot so that picking the late lot overrides FEFO.
    const items = await server.call('items.list', {});
    const rice = items.find((i) => i.code === 'FOOD-RICE-25')!;
    const orgs = await server.call('organisations.list', {});
    const hhi = orgs.find((o) => o.shortName === 'HHI')!;
    await server.call('stock.documents.create', {
      siteId: fob,
      kind: 'receipt',
      counterpartyOrgId: orgs.find((o) => o.shortName === 'WFP')!.id,
      lines: [{ itemId: rice.id, lotNumber: 'R-MID', expiryDate: inDays(45), ownerOrgId: hhi.id, quantity: 30 }],
      post: true,
    });

    const { page, problems } = await openApp(browser, server, `stock-documents?new=issue&site=${fob}`);
    await newDraft(page, 'issue');
    await page.locator('[data-testid=header-counterparty]').selectOption({ label: ldaLabel });
    await page.locator('[data-testid=header-owner]').selectOption({ label: hhiLabel });
    await expect.poll(() => page.locator('[data-testid=header-owner]').inputValue()).not.toBe('');
    await page.locator('[data-testid=add-item]').fill('FOOD-RICE-25');
    await page.locator('[data-testid=add-quantity]').fill('9999');
    const lotChoice = page.locator('[data-testid=add-lot-choice]');
    await expect.poll(() => lotChoice.locator('option').count()).toBe(3);
    await lotChoice.selectOption({ label: (await lotChoice.locator('option', { hasText: 'R-LATE' }).textContent())! });
    // R-MID expires first: the form asks why before adding the line.
    await page.locator('[data-testid=add-line-button]').click();
    await expect.poll(() => page.locator('[data-testid=add-line]').textContent()).toContain('This lot is not the first to expire');
    await page.locator('[data-testid=add-override]').fill('Consignee asked for the later batch');
    await page.locator('[data-testid=add-line-button]').click();
    await expect.poll(() => lineCount(page)).toBe(1);
    expect(await cell(page, 0, 'fefoOverrideReason', LINES).textContent()).toBe('Consignee asked for the later batch');

    // Posting 9,999 kg is refused: the line says which lot and how much there is.
    await post(page);
    const problem = cell(page, 0, 'problem', LINES);
    await expect.poll(() => problem.textContent()).toContain('Not enough stock');
    expect(await problem.textContent()).toContain('R-LATE');
    expect(await problem.textContent()).toContain('450');
    expect(await page.locator('[data-testid=document-problems]').textContent()).toContain('Line 1');
    expect(await page.locator('[data-testid=document-status]').textContent()).toBe('Draft');
    await screenshot(page, 'stock-document-refused');

    // Correct the quantity in the grid: saved at once, then posting works and records the reason.
    await cell(page, 0, 'quantity', LINES).dblclick();
    const editor = page.locator(`${LINES} .ag-cell-inline-editing input`);
    await editor.fill('20');
    await editor.press('Enter');
    await expect.poll(() => cell(page, 0, 'quantity', LINES).textContent()).toBe('20');
    // The refusal is gone with its cause: no banner, and the Problem column is hidden again.
    await expect.poll(() => page.locator('[data-testid=document-problems]').count()).toBe(0);
    await expect.poll(() => page.locator(`${LINES} .ag-header-cell[col-id="problem"]`).isVisible()).toBe(false);
    await post(page);
    await expect.poll(() => page.locator('[data-testid=document-status]').textContent()).toBe('Posted');
    const docs = await server.call('stock.documents.list', { siteId: fob, kind: 'issue', status: 'posted' });
    const detail = await server.call('stock.documents.get', { id: docs.rows.find((d) => d.totalQuantity === 20)!.id });
    expect(detail.entries[0].fefoOverrideReason).toBe('Consignee asked for the later batch');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('turns a count with a difference into a posted adjustment', async () => {
    const { page, problems } = await openApp(browser, server, 'stock-counts');
    await page.locator('[data-testid=count-site]').selectOption(fob);
    await page.locator('[data-testid=new-count]').click();
    await page.locator('[data-testid=count-sheet]').waitFor();
    await waitForRows(page, 2, COUNT);
    const lots = [await cell(page, 0, 'lotNumber', COUNT).textContent(), await cell(page, 1, 'lotNumber', COUNT).textContent()];
    expect(lots).toEqual(['R-MID', 'R-LATE']);
    expect(await cell(page, 1, 'expected', COUNT).textContent()).toBe('430');

    // Typed: R-MID as expected (30). Pasted: R-LATE counted 425 (a block of one line from a spreadsheet).
    await cell(page, 0, 'counted', COUNT).dblclick();
    const editor = page.locator(`${COUNT} .ag-cell-inline-editing input`);
    await editor.fill('30');
    await editor.press('Enter');
    await expect.poll(() => page.locator('[data-testid=count-status]').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => cell(page, 0, 'difference', COUNT).textContent()).toBe('0');
    await cell(page, 1, 'counted', COUNT).click();
    await pasteText(page, '425\r\n');
    await expect.poll(() => cell(page, 1, 'difference', COUNT).textContent()).toBe('−5');
    await expect.poll(() => page.locator('[data-testid=count-differences]').textContent()).toBe('1');
    // A bad pasted value is refused whole.
    await cell(page, 0, 'counted', COUNT).click();
    await pasteText(page, 'thirty\n');
    await expect.poll(() => page.locator('[data-testid=count-paste-problems]').textContent()).toContain('"thirty" is not a count');
    expect(await cell(page, 0, 'counted', COUNT).textContent()).toBe('30');
    await screenshot(page, 'stock-count-sheet');

    await page.locator('[data-testid=approve-count]').click();
    await expect
      .poll(() => page.locator('[role=alertdialog]').textContent())
      .toContain('1 difference (net −5) will be posted as one adjustment');
    await page.locator('[data-testid=confirm-approve]').click();
    const approved = page.locator('[data-testid=count-approved]');
    await approved.waitFor();
    const year = new Date().getFullYear();
    expect(await approved.textContent()).toContain(`FOB-N-CNT-${year}-00001`);
    expect(await approved.textContent()).toContain(`FOB-N-ADJ-${year}-00001`);
    await screenshot(page, 'stock-count-approved');

    // The adjustment takes 5 kg off R-LATE, with the count's reason.
    await page.locator('[data-testid=count-adjustment-link]').click();
    await expect.poll(() => page.locator('[data-testid=document-title]').textContent()).toContain(`FOB-N-ADJ-${year}-00001`);
    await waitForRows(page, 1, LINES);
    expect(await cell(page, 0, 'direction', LINES).textContent()).toBe('− Decrease');
    expect(await cell(page, 0, 'quantity', LINES).textContent()).toBe('5');
    expect(await page.locator('[data-testid=document-facts]').textContent()).toContain('Physical count difference');

    await page.goto(`${server.origin}/#/stock?site=${fob}`);
    await waitForRows(page, 2, ON_HAND);
    await expect.poll(() => onHandLots(page)).toEqual(['R-LATE:425', 'R-MID:30']);
    const integrity = await server.call('system.integrity', {});
    expect(integrity.differences).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the document list, the count list and the alerts with thresholds', async () => {
    const { page, problems } = await openApp(browser, server, 'stock-documents');
    await waitForRows(page, 5, '[data-testid=document-list]');
    await screenshot(page, 'stock-documents');

    await page.goto(`${server.origin}/#/stock-counts`);
    await waitForRows(page, 1, '[data-testid=count-list]');
    await screenshot(page, 'stock-counts');

    // A threshold above what FOB-N holds makes rice a low-stock alert.
    await page.goto(`${server.origin}/#/stock-alerts`);
    await page.locator('[data-testid=alerts-site]').selectOption(fob);
    await page.locator('[data-testid=threshold-item]').fill('FOOD-RICE-25');
    await page.locator('[data-testid=threshold-min]').fill('1000');
    await page.locator('[data-testid=threshold-add]').click();
    await expect.poll(() => page.locator('[data-testid=low-alert-count]').textContent()).toBe('1 item');
    // R-MID expires within 3 months; R-LATE only after 9.
    await expect.poll(() => page.locator('[data-testid=expiry-alert-count]').textContent()).toBe('1 lot line');
    await screenshot(page, 'stock-alerts');

    await page.goto(`${server.origin}/#/stock?site=${fob}`);
    await waitForRows(page, 2, ON_HAND);
    await expect.poll(() => cell(page, 0, 'itemSiteGood', ON_HAND).getAttribute('class')).toContain('low-stock');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('thresholds grid: a bad minimum is refused at the cell, a pasted column is saved all or nothing', async () => {
    const items = await server.call('items.list', {});
    const stored = await server.call('stock.thresholds.list', { siteId: fob });
    const rows = ['WASH-JERRY-20', 'FOOD-RICE-25'].map((code, i) => {
      const itemId = items.find((it) => it.code === code)!.id;
      return { siteId: fob, itemId, minQuantity: 5 + i, version: stored.find((t) => t.itemId === itemId)?.version };
    });
    await server.call('stock.thresholds.save', { rows });
    const minimums = async () =>
      Object.fromEntries((await server.call('stock.thresholds.list', { siteId: fob })).map((t) => [t.itemCode, t.minQuantity]));
    const before = await minimums();
    const GRID = '[data-testid=thresholds-grid]';
    const { page, problems } = await openApp(browser, server, 'stock-alerts');
    await page.locator('[data-testid=alerts-site]').selectOption(fob);
    await waitForRows(page, 2, GRID);
    const jerryRow = await rowIndexOf(page, 'WASH-JERRY-20', 'itemCode', GRID);

    await editCell(page, jerryRow, 'minQuantity', '-4', GRID);
    await expect.poll(() => cell(page, jerryRow, 'minQuantity', GRID).getAttribute('class')).toContain('cell-invalid');
    expect(await cell(page, jerryRow, 'minQuantity', GRID).textContent()).toBe('5');
    expect(await page.locator(GRID).getAttribute('data-saving')).toBe('no');
    expect(await minimums()).toEqual(before);

    // The two rows from the first down, whichever order the list has.
    const codes = [(await cell(page, 0, 'itemCode', GRID).textContent())!, (await cell(page, 1, 'itemCode', GRID).textContent())!];
    await focusCell(page, 0, 'minQuantity', GRID);
    await pasteText(page, '700\nlots');
    await expect
      .poll(() => page.locator('[data-testid=thresholds] [role=status]').textContent())
      .toContain('Paste refused, nothing was saved');
    expect(await page.locator(GRID).getAttribute('data-saving')).toBe('no');
    expect(await minimums()).toEqual(before);

    await focusCell(page, 0, 'minQuantity', GRID);
    await pasteText(page, '700\r\n8\r\n');
    await expect.poll(minimums).toEqual({ ...before, [codes[0]]: 700, [codes[1]]: 8 });
    await screenshot(page, 'grid-thresholds');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
