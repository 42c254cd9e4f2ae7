import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';
import { seedSample } from './sample';

/**
 * Issue 12: a stock document's lines (from its page) and a convoy's manifest grid are exported
 * through the same export as every grid: Export… on each screen, the core writes the file in a
 * job, the page downloads it; for a partner, its profile applies (a manifest line carrying
 * ammunition is withheld when the profile does not include weapons cargo).
 */
let server: E2EServer;
let browser: Browser;
let documentId: string;
let convoyId: string;

beforeAll(async () => {
  server = await startServer({ setup: true });
  await seedSample(server);
  browser = await launchBrowser();
  const sites = await server.call('sites.list', {});
  const [from, to] = [sites.find((s) => s.code === 'FOB-N')!, sites.find((s) => s.code === 'HHI-WH1')!];
  const orgs = await server.call('organisations.list', {});
  const hhi = orgs.find((o) => o.shortName === 'HHI')!;
  const jerry = (await server.call('items.list', {})).find((i) => i.code === 'WASH-JERRY-20')!;
  const [ammo] = await server.call('items.save', {
    rows: [
      {
        code: 'AMMO-556',
        name: 'Cartridge 5.56 mm',
        category: 'other',
        baseUnit: 'box',
        supplyClass: 'V',
        dgClass: '1.4',
        unNumber: 'UN0012',
      },
    ],
  });
  const grn = await server.call('stock.documents.create', {
    siteId: from.id,
    kind: 'receipt',
    counterpartyOrgId: hhi.id,
    reference: 'PO-LINES-1',
    lines: [
      { itemId: jerry.id, ownerOrgId: hhi.id, quantity: 140 },
      { itemId: ammo.id, ownerOrgId: hhi.id, quantity: 30 },
    ],
    post: true,
  });
  documentId = grn.document.id;
  const [truck] = await server.call('vehicles.save', { rows: [{ plate: 'EXP-101', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40 }] });
  const convoy = await server.call('convoys.create', { originSiteId: from.id, stops: [{ siteId: to.id }], vehicleIds: [truck.id] });
  convoyId = convoy.id;
  await server.call('convoys.manifest.save', {
    convoyId,
    rows: [
      { vehicleId: truck.id, lotId: grn.lines[0].lotId!, consigneeOrgId: hhi.id, stopId: convoy.stops[0].id, quantity: 60 },
      { vehicleId: truck.id, lotId: grn.lines[1].lotId!, consigneeOrgId: hhi.id, stopId: convoy.stops[0].id, quantity: 10 },
    ],
  });
  // HHI may receive up to RED, but never weapons or ammunition cargo.
  await server.call('exportProfiles.save', { rows: [{ organisationId: hhi.id, maxLabel: 'RED', weaponsCargo: 'omit' }] });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Export… → CSV (for a partner when named) → Export: the page downloads the file the core wrote. */
async function download(page: Page, source: string, partner?: string): Promise<{ name: string; csv: string }> {
  await page.locator(`[data-export="${source}"]`).first().click();
  const panel = page.getByRole('dialog', { name: 'Export' });
  await panel.getByLabel('Format').selectOption('csv');
  if (partner) {
    await panel.getByLabel('Export for').selectOption({ label: partner });
    await expect.poll(() => panel.getByTestId('export-preview').textContent()).toContain('withheld');
    // Opened low on the page, the panel was scrolled into view as its preview came: all of it shows.
    const height = page.viewportSize()!.height;
    await expect.poll(async () => ((b) => b && b.y >= 0 && b.y + b.height <= height)(await panel.boundingBox())).toBe(true);
    await screenshot(page, `export-${source}-for-partner`);
  }
  const go = panel.getByRole('button', { name: partner ? `Export for ${partner}` : 'Export', exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), go.click()]);
  return { name: file.suggestedFilename(), csv: fs.readFileSync((await file.path())!, 'utf8') };
}

describe('document lines and manifest exports in Chromium', () => {
  it('exports a posted receipt’s lines from its page, as its grid shows them', async () => {
    const { page, problems } = await openApp(browser, server, `stock-documents?id=${documentId}`);
    await page.locator('[data-testid=lines-grid] .ag-row').nth(1).waitFor();
    const { name, csv } = await download(page, 'documentLines');
    expect(name).toMatch(/^corridor-document-lines-.*\.csv$/);
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toContain('Item code');
    expect(rows.find((r) => r.includes('WASH-JERRY-20'))).toContain(',140,');
    expect(rows.some((r) => r.includes('AMMO-556'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('exports the convoy manifest for a partner: the ammunition line withheld, said in the preview', async () => {
    const { page, problems } = await openApp(browser, server, `convoys?id=${convoyId}`);
    await page.locator('[data-testid=manifest-grid] .ag-row').nth(1).waitFor();
    const internal = await download(page, 'manifest');
    expect(internal.csv).toContain('AMMO-556');
    await page.context().close();

    // A fresh page: the first export's finished notice would cover the panel's button.
    const again = await openApp(browser, server, `convoys?id=${convoyId}`);
    await again.page.setViewportSize({ width: 1280, height: 720 });
    await again.page.locator('[data-testid=manifest-grid] .ag-row').nth(1).waitFor();
    const { name, csv } = await download(again.page, 'manifest', 'HHI');
    expect(name).toMatch(/^corridor-manifest-.*-for-HHI\.csv$/);
    expect(csv).toContain('WASH-JERRY-20');
    expect(csv).not.toContain('AMMO-556');
    expect(csv).not.toContain('Cartridge');
    expect([...problems, ...again.problems]).toEqual([]);
    await again.page.context().close();
  });
});
