import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '../../electron/api/csp';
import { launchBrowser, startServer, type E2EServer, signInOnPage } from './harness';

/**
 * The page runs under its CSP without a single violation: zod's eval probe (jitless) and
 * anything else that would need eval, inline script or a foreign source shows up here as a
 * `securitypolicyviolation` event, which Chromium does not put in the console.
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

describe('content security policy', () => {
  it('loads the app with the policy in the page and no violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(server.url);
    await signInOnPage(page, server.operator!);
    await page.locator('.topbar').waitFor();
    // The app opens on the dashboard: its ECharts charts drawn on canvas, under the same policy.
    await page.locator('[data-testid=chart-category][data-drawn=true]').waitFor();
    await page.locator('[data-testid=chart-priority][data-drawn=true]').waitFor();
    await page.goto(`${server.url}#/items`);
    await page.locator('.entity-grid .ag-row').first().waitFor();

    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY_META);
    const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(await violations()).toEqual([]);

    // The listener does catch a violation (a foreign image is refused before any request; once
    // per policy, the header's and the <meta>'s).
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.invalid/probe.png';
      document.body.append(img);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^img-src https:\/\/example\.invalid/));
    await context.close();
  });
});
