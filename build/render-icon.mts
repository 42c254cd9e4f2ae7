/**
 * Renders build/icon.svg to build/icon.png (512×512, transparent corners) in headless
 * Chromium, so the committed PNG can always be regenerated from the committed SVG:
 *   npx tsx build/render-icon.mts
 * Chromium is found like the browser tests find it: $CHROMIUM_PATH, then /usr/bin/chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SIZE = 512;
const here = path.dirname(new URL(import.meta.url).pathname);
const svg = fs.readFileSync(path.join(here, 'icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(path.join(here, 'icon.png'), png);
  console.log(`build/icon.png written (${png.length} bytes)`);
} finally {
  await browser.close();
}
