import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, startServer, type E2EServer } from './harness';

/**
 * Requests in Chromium over the demo: an NGO (HHI) asks the battalion (NSLB, this installation) for
 * two trucks, filling the last-resort record; the battalion reviews it, approves one truck with a
 * comment, commits it and records its delivery; the request is fulfilled and its timeline says who
 * did what for which organisation. The register, the board and the request page at 1280×720.
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

describe('requests', () => {
  it('the register lists the demo requests with overdue needed-by dates; the board groups them by status', async () => {
    const { page, problems } = await openApp(browser, server, 'requests');
    await page.setViewportSize({ width: 1280, height: 720 });
    const grid = page.getByTestId('request-register');
    await expect.poll(() => grid.locator('.ag-row').count()).toBeGreaterThanOrEqual(10);
    await expect.poll(() => grid.locator('.req-overdue').count()).toBeGreaterThan(0);
    await screenshot(page, 'requests-register');
    await page.getByTestId('tab-board').click();
    await expect.poll(() => page.getByTestId('board-in_progress').locator('.req-card').count()).toBe(2);
    await screenshot(page, 'requests-board');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an NGO’s transport request to the battalion: submitted, partially approved, committed, delivered, fulfilled', async () => {
    const { page, problems } = await openApp(browser, server, 'requests?view=measures');
    await page.setViewportSize({ width: 1280, height: 720 });
    // The measures before: how many of the last 365 days' requests were fulfilled.
    const fulfilled = page.getByTestId('m-fulfilled');
    await fulfilled.waitFor();
    const fulfilledBefore = Number(await fulfilled.getAttribute('data-value'));
    await page.evaluate(() => (window.location.hash = '#/requests?new=1'));
    const form = page.getByTestId('request-form');
    await form.getByTestId('req-requester').selectOption({ label: 'HHI — Helping Hands International' });
    await form.getByTestId('req-type').selectOption('transport');
    await form.getByTestId('req-priority').selectOption('2');
    await form.getByLabel('Needed by').fill('2030-01-31');
    await form.getByLabel('Title').fill('Two trucks for hygiene kits to Kell');
    await form.getByLabel('Justification: what it is for and who benefits').fill('Hygiene kits for 1,200 families in the cholera area');
    await form.getByLabel('Line 1 description').fill('Truck 10 t');
    await form.getByLabel('Line 1 quantity').fill('2');
    await form.getByLabel('Line 1 unit').fill('trucks');
    await form.getByLabel('Line 1 days').fill('3');
    // Submitting without the last-resort record is refused, naming what is missing.
    await form.getByTestId('req-save').click();
    const reqPage = page.getByTestId('request-page');
    await reqPage.waitFor();
    await page.getByLabel(/HHI \(requesting\)/).check();
    await page.getByTestId('req-action-submit').click();
    await page.getByTestId('req-confirm').click();
    await expect.poll(() => page.locator('.req-error').textContent()).toContain('Last resort: say which civilian options were tried');
    await page.getByTestId('req-action-edit').click();
    await form.getByLabel('Civilian options tried').fill('AVTC has no trucks free this month');
    await form.getByLabel('Capability gap').fill('Two 10 t trucks for three days');
    await form.getByLabel('Why only the military can do it').fill('Only the battalion has trucks in the sector');
    await form.getByLabel('Exit plan').fill('AVTC takes over next month');
    await form.getByLabel('Military support from').fill('2029-12-01');
    await form.getByLabel('Military support until').fill('2029-12-04');
    await form.getByTestId('req-save').click();
    await reqPage.waitFor();
    await page.getByLabel(/HHI \(requesting\)/).check();
    await page.getByTestId('req-action-submit').click();
    await page.getByTestId('req-confirm').click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Submitted');
    // The battalion, the providing side (this installation's organisation).
    await page.getByTestId('act-providing').check();
    await page.getByTestId('req-action-review').click();
    await page.getByTestId('req-confirm').click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Under review');
    await page.getByTestId('req-action-approvePartially').click();
    await page.getByLabel('Line 1 quantity').fill('1');
    await page.getByTestId('req-confirm').click();
    await expect.poll(() => page.locator('.req-error').textContent()).toContain('needs a comment');
    await page.getByTestId('req-comment').fill('One truck: the second is on the Tarvik run');
    await page.getByTestId('req-confirm').click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Partially approved');
    await page.getByTestId('req-action-commit').click();
    await page.getByLabel('Line 1 available from').fill('2029-12-01');
    await page.getByTestId('req-confirm').click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('In progress');
    // The truck goes with the convoy on its way to FOB North: linked to it, delivered when it arrives.
    const requestHash = await page.evaluate(() => window.location.hash);
    await page.getByTestId('req-link-convoy').click();
    const linkForm = page.getByTestId('req-link-form');
    const convoySelect = linkForm.getByTestId('req-link-convoy-select');
    await convoySelect.selectOption((await convoySelect.locator('option', { hasText: 'In transit' }).first().getAttribute('value'))!);
    const vehicleSelect = linkForm.getByTestId('req-link-vehicle');
    await expect.poll(() => vehicleSelect.locator('option', { hasText: 'AVTC-203' }).count()).toBe(1);
    await vehicleSelect.selectOption((await vehicleSelect.locator('option', { hasText: 'AVTC-203' }).getAttribute('value'))!);
    await linkForm.getByLabel('Quantity on the convoy').fill('2');
    await page.getByTestId('req-link-confirm').click();
    await expect.poll(() => page.locator('.req-error').textContent()).toContain('Line 1 has 1 trucks approved');
    await linkForm.getByLabel('Quantity on the convoy').fill('1');
    await page.getByTestId('req-link-confirm').click();
    const links = page.getByTestId('request-convoy-links');
    await expect.poll(() => links.textContent()).toContain('on its way');
    expect(await links.textContent()).toContain('AVTC-203');
    await screenshot(page, 'request-convoy-linked');
    // The convoy arrives at FOB North (its stop received as sent).
    await links.getByRole('link').click();
    const arrival = page.locator('[data-testid=arrival-1]');
    await arrival.locator('[data-testid=confirm-arrival]').click();
    await page.locator('[data-action=arrive]').click();
    await expect.poll(() => page.locator('[data-testid=convoy-view]').getAttribute('data-status')).toBe('arrived');
    await page.evaluate((hash) => (window.location.hash = hash), requestHash);
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Fulfilled');
    expect(await links.textContent()).toContain('delivered on arrival');
    const timeline = await page.getByTestId('request-timeline').textContent();
    expect(timeline).toContain('Approve in part by');
    expect(timeline).toContain('for NSLB');
    expect(timeline).toContain('One truck: the second is on the Tarvik run');
    expect(await page.getByTestId('request-fulfilments').textContent()).toMatch(/Convoy.*CVY.* · AVTC-203/);
    await screenshot(page, 'request-page');
    // The measures changed: one more fulfilled request in the period.
    await page.evaluate(() => (window.location.hash = '#/requests?view=measures'));
    await expect.poll(async () => Number(await page.getByTestId('m-fulfilled').getAttribute('data-value'))).toBe(fulfilledBefore + 1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the measures: figures and charts for a period and a partner; a figure opens the register filtered to what it counts', async () => {
    const { page, problems } = await openApp(browser, server, 'requests');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('tab-measures').click();
    const measures = page.getByTestId('request-measures');
    await measures.getByTestId('m-chart-partners').and(page.locator('[data-drawn="true"]')).waitFor();
    expect(Number(await page.getByTestId('m-submitted').getAttribute('data-value'))).toBeGreaterThan(5);
    expect(await page.getByTestId('m-to-decision').textContent()).toMatch(/\d+(\.\d+)? d/);
    await screenshot(page, 'requests-measures');
    // One partner: its figures, and its row marked in the table.
    await page.getByTestId('measures-partner').selectOption({ label: 'HHI' });
    await expect.poll(() => page.getByTestId('measures-scope').textContent()).toContain('HHI:');
    const decided = Number(await page.getByTestId('m-decided').getAttribute('data-value'));
    expect(decided).toBeGreaterThan(0);
    await page.getByTestId('m-decided').click();
    const register = page.getByTestId('request-register');
    await expect.poll(() => register.getByTestId('requests-measured').textContent()).toContain('a decision was taken');
    await expect.poll(() => register.locator('.count').textContent()).toBe(decided === 1 ? '1 request' : `${decided} requests`);
    await screenshot(page, 'requests-register-from-measures');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
