import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/**
 * The arrival table of a long stop (issue 13 at scale: a 2,000-line manifest) is a window over
 * its lines: only those in view (and a few around them) are drawn, scrolling brings the others,
 * and what is typed in a line scrolled out of view is kept and sent with the arrival.
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

const LINES = 150;

describe('a long stop’s arrival in Chromium', () => {
  it('draws a window of the stop’s lines, scrolls to the last one, and sends every line’s figures', async () => {
    const sites = await server.call('sites.list', {});
    const hub = sites.find((s) => s.code === 'TH-AST')!;
    const tarvik = sites.find((s) => s.code === 'HHI-TRV')!;
    const truck = (await server.call('vehicles.list', {})).find((v) => v.plate === 'AVTC-118')!;
    const hhi = (await server.call('organisations.list', {})).find((o) => o.shortName === 'HHI')!;
    const convoy = await server.call('convoys.create', { originSiteId: hub.id, stops: [{ siteId: tarvik.id }], vehicleIds: [truck.id] });
    const [blankets] = await server.call('convoys.originLots', { convoyId: convoy.id, search: 'NFI-BLK-FL' });
    expect(blankets.available).toBeGreaterThanOrEqual(LINES);
    const row = { vehicleId: truck.id, lotId: blankets.lotId, consigneeOrgId: hhi.id, stopId: convoy.stops[0].id, quantity: 1 };
    await server.call('convoys.manifest.save', { convoyId: convoy.id, rows: Array.from({ length: LINES }, () => row) });
    for (const action of ['startLoading', 'clear', 'depart'] as const) {
      const c = await server.call('convoys.get', { id: convoy.id });
      await server.call('convoys.act', { id: convoy.id, version: c.version, action });
    }

    const { page, problems } = await openApp(browser, server, `convoys?id=${convoy.id}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    const arrival = page.locator('[data-testid=arrival-1]');
    const goods = arrival.locator('[data-testid=received-good]');
    await goods.first().waitFor();
    const drawn = await goods.count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(60);
    expect(await arrival.textContent()).toContain(`${LINES} lines at this stop`);

    // One short in the first line, then the last line (drawn once scrolled to) short by one too.
    await goods.first().fill('0');
    const window = arrival.locator('[data-testid=arrival-window]');
    await window.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => arrival.locator('tbody tr:not(.arrival-spacer)').last().locator('[data-testid=received-good]').count()).toBe(1);
    const lastGood = arrival.locator('tbody tr:not(.arrival-spacer)').last().locator('[data-testid=received-good]');
    await expect.poll(() => goods.count()).toBeLessThan(60);
    await lastGood.fill('0');
    await screenshot(page, 'convoy-arrival-window');
    await arrival.locator('[data-testid=confirm-arrival]').click();
    await expect.poll(async () => (await server.call('convoys.get', { id: convoy.id })).stops[0].arrivedAt).not.toBeNull();
    const received = (await server.call('convoys.manifest.get', { convoyId: convoy.id })).lines.map((l) => l.receivedGood);
    expect(received.filter((g) => g === 0)).toHaveLength(2);
    expect(received.filter((g) => g === 1)).toHaveLength(LINES - 2);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
