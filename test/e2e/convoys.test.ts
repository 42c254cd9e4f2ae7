import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQr, pdfText } from '../helpers/pdf';
import { editCell, launchBrowser, openApp, pasteText, screenshot, startServer, type E2EServer } from './harness';
import { holdCalls } from './hold-calls';
import { DEMO_OPERATORS } from '../../electron/services/demo/identity';

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

const GRID = '[data-testid=manifest-grid]';

/** A new convoy from the hub to Tarvik on truck AVTC-118, and the hub's FEFO-first lot of wheat flour. */
async function plannedFlourConvoy() {
  const sites = await server.call('sites.list', {});
  const hub = sites.find((s) => s.code === 'TH-AST')!;
  const tarvik = sites.find((s) => s.code === 'HHI-TRV')!;
  const truck = (await server.call('vehicles.list', {})).find((v) => v.plate === 'AVTC-118')!;
  const convoy = await server.call('convoys.create', { originSiteId: hub.id, stops: [{ siteId: tarvik.id }], vehicleIds: [truck.id] });
  const flour = (await server.call('convoys.originLots', { convoyId: convoy.id, itemCodes: ['FD-WFL-25'] })).find((l) => l.fefoFirst)!;
  return { truck, convoy, flour };
}

describe('convoys in Chromium', () => {
  it('plans a convoy with two vehicles, loads lines by paste, refuses an overload, dispatches, receives short, and the stock card shows it', async () => {
    const { page, problems } = await openApp(browser, server, 'convoys');
    page.on('dialog', (d) => void d.accept());
    await page.locator('[data-testid=convoy-board] .convoy-card').nth(2).waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'convoy-board');

    const sites = await server.call('sites.list', {});
    const hub = sites.find((s) => s.code === 'TH-AST')!;
    const tarvik = sites.find((s) => s.code === 'HHI-TRV')!;
    await page.getByRole('button', { name: '+ New convoy' }).click();
    await page.locator('[data-testid=convoy-origin]').selectOption(hub.id);
    await page.locator('[data-testid=convoy-stop-site]').selectOption(tarvik.id);
    await page.getByLabel(/^AVTC-118/).check();
    await page.getByLabel(/^HHI-P02/).check();
    await page.getByRole('button', { name: 'Create convoy' }).click();
    await page.locator('[data-testid=convoy-view]').waitFor();
    const number = (await page.locator('[data-testid=convoy-number]').textContent())!;
    const convoy = (await server.call('convoys.list', {})).find((c) => c.number === number)!;

    // Two lines pasted from a spreadsheet: flour on the truck, and more flour than the pick-up can carry.
    const stock = await server.call('convoys.originLots', { convoyId: convoy.id, itemCodes: ['FD-WFL-25'] });
    const flour = stock.find((l) => l.fefoFirst)!;
    const items = await server.call('items.list', {});
    const bagKg = items.find((i) => i.code === 'FD-WFL-25')!.unitWeightKg!;
    const tooMany = Math.ceil(1100 / bagKg);
    expect(flour.available).toBeGreaterThan(20 + tooMany);
    await page.locator(`${GRID} .ag-header-cell[col-id="vehicleId"]`).click();
    await pasteText(
      page,
      [
        `AVTC-118\tFD-WFL-25\t${flour.lotNumber}\tHHI\tHHI-TRV\t20\t20\tbags`,
        `HHI-P02\tFD-WFL-25\t${flour.lotNumber}\tHHI\t1\t${tooMany}\t\tbags`,
      ].join('\r\n'),
    );
    await page.locator(`${GRID} .ag-row[row-index="1"]`).waitFor();
    await page.locator('[data-testid="load-HHI-P02"] .problem').waitFor();
    expect(await page.locator('[data-testid="load-HHI-P02"] .problem').textContent()).toContain('over its payload');
    expect(await page.locator('[data-testid="load-AVTC-118"] .bar').first().getAttribute('data-pct')).not.toBe('0');
    await screenshot(page, 'convoy-overloaded');

    // Loading, then clearance is refused with the overload named.
    await page.locator('[data-action=startLoading]').click();
    await page.locator('[data-testid=refused-clear]').waitFor();
    expect(await page.locator('[data-testid=refused-clear]').textContent()).toContain('HHI-P02 is over its payload');
    expect(await page.locator('[data-action=clear]').count()).toBe(0);

    // Fewer bags on the pick-up: the bar comes back under the limit and the convoy can be cleared and dispatched.
    await editCell(page, 1, 'quantity', '10', GRID);
    await expect.poll(() => page.locator('[data-testid="load-HHI-P02"] .problem').count()).toBe(0);
    await page.locator('[data-action=clear]').click();
    await page.locator('[data-action=depart]').click();
    await expect.poll(() => page.locator('[data-testid=convoy-view]').getAttribute('data-status')).toBe('in_transit');
    await page.locator('[data-testid=convoy-documents] [data-testid^=waybill-]').first().waitFor();

    // Arrival at Tarvik: 3 bags of flour missing.
    const arrival = page.locator('[data-testid=arrival-1]');
    await arrival.waitFor();
    const goods = arrival.locator('[data-testid=received-good]');
    const rows = await arrival.locator('tbody tr').allTextContents();
    const flourRow = rows.findIndex((r) => r.includes('FD-WFL-25'));
    await goods.nth(flourRow).fill('17');
    await expect.poll(() => arrival.textContent()).toContain('3 short');
    await screenshot(page, 'convoy-arrival');
    await arrival.locator('[data-testid=confirm-arrival]').click();
    await page.locator('[data-action=arrive]').click();
    await expect.poll(() => page.locator('[data-testid=convoy-view]').getAttribute('data-status')).toBe('arrived');
    expect(await page.locator('[data-testid=timeline]').textContent()).toContain('3 short');
    await screenshot(page, 'convoy-arrived');

    // The waybill as a PDF (made by the core, downloaded), its QR code read back and checked on Verify.
    const waybill = (await server.call('convoys.get', { id: convoy.id })).waybills[0];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-testid=convoy-prints] [data-print="waybill-${waybill.number}"]`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`waybill-${waybill.number}.pdf`);
    const pdf = (await download.path())!;
    expect(pdfText(pdf)).toContain(waybill.number);
    const code = decodeQr(pdf)!;
    expect(code).toBe(`CORRIDOR-WB:${waybill.number}:${waybill.contentHash.slice(0, 16)}`);
    expect(await page.locator('[data-testid=convoy-prints] [data-print="loss-report-1"]').count()).toBe(1);
    await page.goto(`${server.url}#/verify`);
    const field = page.locator('[data-testid=verify-code]');
    // A keyboard-wedge scanner: the code typed fast, then Enter.
    await field.pressSequentially(code, { delay: 2 });
    await field.press('Enter');
    await expect.poll(() => page.locator('[data-testid=verify-outcome]').getAttribute('data-state')).toBe('match');
    expect(await page.locator('[data-testid=verify-outcome]').textContent()).toContain('genuine and unchanged');
    await screenshot(page, 'verify-match');
    await field.fill(code.replace(/.$/, code.endsWith('0') ? '1' : '0'));
    await field.press('Enter');
    await expect.poll(() => page.locator('[data-testid=verify-outcome]').getAttribute('data-state')).toBe('mismatch');
    expect(await page.locator('[data-testid=verify-outcome]').textContent()).toContain('do not accept it');
    await screenshot(page, 'verify-mismatch');

    // The stock card of the flour lot at Tarvik: 17 in, the shortage recorded.
    await page.goto(`${server.url}#/stock?site=${tarvik.id}&card=${flour.itemId}&cardSite=${tarvik.id}&lot=${flour.lotId}`);
    await page.locator('[data-testid=stock-card]').waitFor();
    // 20 + 10 bags left in transit; 17 + 10 arrived good; the 3 missing leave the in-transit stock on the receipt.
    await expect.poll(() => page.locator('[data-testid=stock-card-closing]').textContent()).toBe('27');
    const receipt = (await server.call('convoys.get', { id: convoy.id })).documents.find((d) => d.kind === 'transfer_in')!;
    expect(await page.locator('[data-testid=stock-card]').textContent()).toContain(receipt.number);
    const shortEntry = await server.call('stock.documents.get', { id: receipt.id });
    expect(shortEntry.lines.some((l) => l.shortQuantity === 3)).toBe(true);
    await screenshot(page, 'convoy-stock-card');
    expect((await server.call('system.integrity', { depth: 'ledger' })).differences).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('exports the movement notification of the planned convoy (its notice warning shown), then marks it submitted', async () => {
    const planning = (await server.call('convoys.list', {})).find(
      (c) => c.status === 'planning' && c.notificationStatus === 'not_submitted',
    )!;
    const detail = await server.call('convoys.get', { id: planning.id });
    const { page, problems } = await openApp(browser, server, `convoys?id=${planning.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const notification = page.locator('[data-testid=notification]');
    await notification.locator('.warning').filter({ hasText: '48 h' }).waitFor();
    await notification.getByRole('button', { name: 'Export notification…' }).click();
    const panel = notification.getByRole('dialog', { name: 'Export' });
    await screenshot(page, 'convoy-movement-export');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export' }).click();
    // The notification is above TLP:GREEN (routes, escort) and the demo asks an approver to check
    // such exports (four-eyes): the export waits for the approver's PIN.
    const approver = DEMO_OPERATORS.find((o) => o.role === 'approver')!;
    const dialog = page.locator('[data-testid=second-operator]');
    await dialog.locator('select[name="second-operator"]').selectOption({ label: approver.name });
    await dialog.locator('input[name="second-operator-pin"]').fill(approver.pin);
    await dialog.locator('[data-testid=second-operator-confirm]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^corridor-movement-notification-.*\.xlsx$/);
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow({ includeEmpty: true }, (r, n) => (rows[n - 1] = (r.values as unknown[]).slice(1)));
    const h = rows.findIndex((r) => r?.[0] === 'Convoy');
    const header = rows[h].map(String);
    const data = rows.slice(h + 1);
    expect(data.map((r) => r[header.indexOf('Plate')])).toEqual(detail.vehicles.map((v) => v.plate));
    expect(data.every((r) => r[0] === planning.number)).toBe(true);
    expect((await server.call('exports.history', {}))[0]).toMatchObject({
      title: 'Movement notification',
      fileName: file.suggestedFilename(),
      secondOperator: approver.name,
    });

    await notification.locator('[data-notification=submitted]').click();
    await expect.poll(() => page.locator('[data-testid=notification-status]').textContent()).toBe('Submitted');
    expect(await notification.textContent()).not.toMatch(/approved/i);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('loads a manifest line in pallets: pasted as "2 pallets", then one pallet typed in the Packs column, the load bar following', async () => {
    const { convoy, flour } = await plannedFlourConvoy();
    const { page, problems } = await openApp(browser, server, `convoys?id=${convoy.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator(`${GRID} .ag-header-cell[col-id="vehicleId"]`).waitFor();
    await page.locator(`${GRID} .ag-header-cell[col-id="vehicleId"]`).click();
    await pasteText(page, `AVTC-118\tFD-WFL-25\t${flour.lotNumber}\tHHI\t1\t2 pallets\t2\tpallets`);
    const quantity = page.locator(`${GRID} .ag-row[row-index="0"] [col-id="quantity"]`);
    await expect.poll(() => quantity.textContent()).toBe('80');
    expect(await page.locator(`${GRID} .ag-row[row-index="0"] [col-id="packName"]`).textContent()).toBe('pallet of 40');
    await expect.poll(() => page.locator('[data-testid="load-AVTC-118"]').textContent()).toContain('2,016');
    await editCell(page, 0, 'packCount', '1', GRID);
    await expect.poll(() => quantity.textContent()).toBe('40');
    await expect.poll(() => page.locator('[data-testid="load-AVTC-118"]').textContent()).toContain('1,008');
    await screenshot(page, 'convoy-manifest-packs');
    // Ctrl+Z undoes the typed pack count, and the undo is saved like an edit (the cell's valueSetter saves it).
    await page.locator(`${GRID} .ag-row[row-index="0"] [col-id="packCount"]`).click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => quantity.textContent()).toBe('80');
    await expect.poll(() => page.locator('[data-testid="load-AVTC-118"]').textContent()).toContain('2,016');
    await expect.poll(async () => (await server.call('convoys.manifest.get', { convoyId: convoy.id })).lines[0]?.quantity).toBe(80);
    // More than the lot holds is refused at the cell, which goes back to what is stored.
    await editCell(page, 0, 'quantity', String(flour.available + 1), GRID);
    await expect.poll(() => page.locator('[data-testid=manifest-message][role=alert]').textContent()).toMatch(/nothing was saved/i);
    await expect.poll(() => quantity.textContent()).toBe('80');
    await editCell(page, 0, 'packCount', '1', GRID);
    await expect.poll(() => quantity.textContent()).toBe('40');

    // A new line's lot picked by typing: the origin's lots matching the item code, the FEFO one marked.
    await page.locator('[data-testid=add-line]').click();
    const lotCell = page.locator(`${GRID} .ag-row[row-index="1"] [col-id="lotId"]`);
    await lotCell.dblclick();
    await page.locator('[data-testid=lot-search]').fill('FD-WFL');
    const option = page.locator(`[data-testid=lot-picker] li[data-lot="${flour.lotNumber}"]`);
    await expect.poll(() => page.locator('[data-testid=lot-picker] li').allTextContents()).toEqual([expect.stringContaining('FEFO')]);
    await screenshot(page, 'convoy-lot-picker');
    await option.click();
    await expect.poll(() => lotCell.textContent()).toContain(`FD-WFL-25 · lot ${flour.lotNumber}`);
    await expect.poll(async () => (await server.call('convoys.manifest.get', { convoyId: convoy.id })).lines[1]?.lotId).toBe(flour.lotId);
    // Enter pressed at once after typing picks from the answer to the words typed, not from the
    // lots still listed for the empty search (a sandbag lot comes first there).
    await page.locator('[data-testid=add-line]').click();
    const thirdLot = page.locator(`${GRID} .ag-row[row-index="2"] [col-id="lotId"]`);
    await thirdLot.dblclick();
    await page.locator('[data-testid=lot-search]').fill('FD-WFL');
    await page.locator('[data-testid=lot-search]').press('Enter');
    await expect.poll(() => thirdLot.textContent()).toContain(`FD-WFL-25 · lot ${flour.lotNumber}`);
    await expect.poll(async () => (await server.call('convoys.manifest.get', { convoyId: convoy.id })).lines[2]?.lotId).toBe(flour.lotId);
    const saved = await server.call('convoys.manifest.get', { convoyId: convoy.id });
    expect(saved.lines[0]).toMatchObject({ quantity: 40, packName: 'pallet', packCount: 1 });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('two quick edits of one line are both saved: the second, queued behind the first, sends the version the first answer gave', async () => {
    const { truck, convoy, flour } = await plannedFlourConvoy();
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    await server.call('convoys.manifest.save', {
      convoyId: convoy.id,
      rows: [{ vehicleId: truck.id, lotId: flour.lotId, consigneeOrgId: hhi.id, stopId: convoy.stops[0].id, quantity: 1 }],
    });
    const { page, problems } = await openApp(browser, server, `convoys?id=${convoy.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const quantity = page.locator(`${GRID} .ag-row[row-index="0"] [col-id="quantity"]`);
    await expect.poll(() => quantity.textContent()).toBe('1');
    // The first edit's save is held on its way until the second edit has been made.
    const saves = await holdCalls(page, 'convoys.manifest.save', { times: 1 });
    await editCell(page, 0, 'quantity', '2', GRID);
    await saves.arrived;
    await editCell(page, 0, 'quantity', '3', GRID);
    saves.release();
    await expect.poll(async () => (await server.call('convoys.manifest.get', { convoyId: convoy.id })).lines[0]?.quantity).toBe(3);
    await expect.poll(() => quantity.textContent()).toBe('3');
    expect(saves.picked).toBe(2);
    expect(await page.locator('[data-testid=manifest-message][role=alert]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('vehicles registry shows a vehicle’s convoys', async () => {
    const { page, problems } = await openApp(browser, server, 'vehicles');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.entity-grid .ag-row [col-id=plate]:text-is("AVTC-118")').click();
    await page.locator('[data-testid=vehicle-history] tbody tr').first().waitFor();
    await screenshot(page, 'vehicles');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
