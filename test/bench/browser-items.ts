/**
 * Part of the browser benchmark: one saved cell in the Items grid at 10,000 items, end to end.
 * Measured inside the page from the Enter that commits the typed name to the moment the page is
 * quiet again: the save answered, the core's `changed` event for it received, no call to the core
 * in flight (so a refetch of the list that event triggers is counted) and the new name on screen.
 * The names edited are put back at the end.
 *
 * Alone: npx tsx test/bench/browser-items.ts --db FILE [--runs N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { focusCell, launchBrowser, signedInContext, startServer, type E2EServer } from '../e2e/harness';
import { printTiming, summarise } from './stats';

/** Counts calls to the core in flight and `changed` events received, for the page to read. */
const INSTRUMENT = `(() => {
  const w = window;
  w.__inflight = 0;
  w.__changed = 0;
  const fetch0 = w.fetch.bind(w);
  w.fetch = (...args) => {
    w.__inflight++;
    const save = String(args[1] && args[1].body).includes('"items.save"');
    return fetch0(...args).finally(() => {
      w.__inflight--;
      if (save) w.__savedAt = performance.now();
    });
  };
  const ES = w.EventSource;
  w.EventSource = class extends ES {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (m) => {
        if (String(m.data).includes('"changed"')) { w.__changed++; w.__eventAt = performance.now(); }
      });
    }
  };
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && document.querySelector('.entity-grid .ag-cell-inline-editing')) {
      w.__enterAt = performance.now();
      w.__changedAtEnter = w.__changed;
    }
  }, true);
})()`;

export async function itemsGridSavedCell(browser: Browser, server: E2EServer, runs: number): Promise<void> {
  const context = await signedInContext(browser, server);
  const originals = new Map<number, string>();
  try {
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`  (page error: ${e.message})`));
    await page.goto(`${server.url}#/items`);
    await page.locator('.entity-grid .ag-row[row-index="0"] [col-id="name"]').waitFor({ timeout: 60_000 });
    const count = (await page.locator('.grid-count').textContent()) ?? '';
    const samples: number[] = [];
    const answered: number[] = [];
    const evented: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const row = i % 10;
      const cell = page.locator(`.entity-grid .ag-row[row-index="${row}"] [col-id="name"]`);
      const before = ((await cell.textContent()) ?? '').replace(/ ✓\d+$/, '');
      if (!originals.has(row)) originals.set(row, before);
      const text = `${before} ✓${i}`;
      await focusCell(page, row, 'name');
      await page.keyboard.press('Enter');
      const editor = page.locator('.entity-grid .ag-cell-inline-editing input').first();
      await editor.waitFor();
      await editor.fill(text);
      const quiet = page.evaluate(`new Promise((resolve, reject) => {
        const w = window;
        const timer = setTimeout(() => reject(new Error('the saved name was not shown within 20 s')), 20000);
        const check = () => {
          const shown = document.querySelector('.entity-grid .ag-row[row-index="${row}"] [col-id="name"]')?.textContent;
          if (w.__enterAt !== undefined && w.__changed > w.__changedAtEnter && w.__inflight === 0 && shown === ${JSON.stringify(text)}) {
            clearTimeout(timer);
            resolve([performance.now() - w.__enterAt, w.__savedAt - w.__enterAt, w.__eventAt - w.__enterAt]);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })`) as Promise<[number, number, number]>;
      await page.keyboard.press('Enter');
      const [ms, savedMs, eventMs] = await quiet;
      await page.evaluate('window.__enterAt = undefined');
      if (i >= 2) {
        samples.push(ms);
        answered.push(savedMs);
        evented.push(eventMs);
      }
    }
    printTiming(`Items grid (${count}): one saved cell, Enter → saved, event handled, page quiet`, summarise(samples), '< 100 ms');
    printTiming('  of which: Enter → the save answered', summarise(answered));
    printTiming('  of which: Enter → its changed event received', summarise(evented));
  } finally {
    await context.close();
    // Put the edited names back (row order is by code, so the rows are the first items by code).
    if (originals.size > 0) {
      const items = (await server.call('items.list', {})).filter((r) => / ✓\d+$/.test(r.name));
      if (items.length > 0) await server.call('items.save', { rows: items.map((r) => ({ ...r, name: r.name.replace(/ ✓\d+$/, '') })) });
    }
  }
}

// Alone: npx tsx test/bench/browser-items.ts --db FILE [--runs N]
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '7' } }, strict: true });
  if (!values.db || !fs.existsSync(values.db)) {
    console.error('Usage: npx tsx test/bench/browser-items.ts --db FILE [--runs N]   (make FILE with npm run seed:scale -- --db FILE)');
    process.exit(2);
  }
  const dbPath = path.resolve(values.db);
  void (async () => {
    const server = await startServer({ existing: { dbPath, homeDir: `${dbPath}.home` } });
    const browser = await launchBrowser();
    try {
      await itemsGridSavedCell(browser, server, Number(values.runs));
    } finally {
      await browser.close();
      await server.stop();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
