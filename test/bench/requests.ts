/**
 * The requests part of `npm run bench` (run.ts calls runRequestBench last), on a file of its own:
 * a fresh demo database served by the real browser-mode server, into which 20,000 requests (one
 * line each) with 100,000 timeline entries spread over the last 400 days are written in one
 * transaction (plain SQL, as a partner's years of requests would have accumulated; the change-log
 * triggers run as for any write). Then:
 * - the measures for a year (`requests.measures`, overall and per partner), called over the
 *   loopback HTTP server as the window calls it (target < 200 ms);
 * - the request register opened in Chromium: from navigation start to its first row shown
 *   (target < 1 s).
 * Printed with their targets, never asserted.
 *
 * Alone: npx tsx test/bench/requests.ts [--runs N]
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus } from '../../electron/api/vocabularies';
import { launchBrowser, signedInContext, startServer, type E2EServer } from '../e2e/harness';
import { printLine, printTiming, prng, summarise, timeIt, type Timing } from './stats';

const REQUESTS = 20_000;
const EVENTS = 100_000;
const DAY = 86_400_000;

/** How far each status got: the timeline's steps after creation. */
const PATH: Record<RequestStatus, RequestStatus[]> = {
  draft: [],
  submitted: ['submitted'],
  under_review: ['submitted', 'under_review'],
  approved: ['submitted', 'under_review', 'approved'],
  partially_approved: ['submitted', 'under_review', 'partially_approved'],
  declined: ['submitted', 'under_review', 'declined'],
  in_progress: ['submitted', 'under_review', 'approved', 'in_progress'],
  fulfilled: ['submitted', 'under_review', 'approved', 'in_progress', 'in_progress', 'fulfilled'],
  closed: ['submitted', 'under_review', 'approved', 'in_progress', 'in_progress', 'fulfilled', 'closed'],
  cancelled: ['submitted', 'cancelled'],
};

/** 20,000 requests and 100,000 timeline entries between this installation's organisation and the others. */
function seed(dbPath: string): number {
  const db = new Database(dbPath);
  const rand = prng(14);
  try {
    const setting = (key: string) => (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string }).value;
    const home = setting('home_organisation_id');
    const installation = setting('installation_id');
    const partners = (db.prepare('SELECT id FROM organisations WHERE id <> ?').all(home) as { id: string }[]).map((o) => o.id);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const insertRequest = db.prepare(
      `INSERT INTO requests (id, created_at, created_by_installation, updated_at, updated_by_installation, number, title,
         requester_org_id, provider_org_id, type, priority, status, needed_by, submitted_at, decided_at, fulfilled_at, closed_at)
       VALUES (@id, @createdAt, @inst, @updatedAt, @inst, @number, @title, @requester, @provider, @type, @priority, @status, @neededBy,
         @submittedAt, @decidedAt, @fulfilledAt, @closedAt)`,
    );
    const insertLine = db.prepare(
      `INSERT INTO request_lines (id, created_at, created_by_installation, updated_at, updated_by_installation, request_id, line_no, kind,
         description, quantity, unit, approved_quantity, delivered_quantity)
       VALUES (@id, @at, @inst, @at, @inst, @requestId, 1, 'capacity', 'Truck 10 t', 2, 'trucks', @approved, @delivered)`,
    );
    const insertEvent = db.prepare(
      `INSERT INTO request_events (id, created_at, created_by_installation, updated_at, updated_by_installation, request_id, at, operator,
         org_id, action, from_status, to_status, comment)
       VALUES (@id, @at, @inst, @at, @inst, @requestId, @at, 'Bench', @orgId, @action, @from, @to, '')`,
    );
    let events = 0;
    db.transaction(() => {
      for (let i = 0; i < REQUESTS; i++) {
        // Statuses weighted so the timeline holds 100,000 entries in all (about 5 a request).
        const status = REQUEST_STATUSES[Math.floor(rand() * REQUEST_STATUSES.length)];
        const steps = PATH[status];
        const created = now - Math.floor(rand() * 400 * DAY);
        const times = [created];
        for (let s = 0; s < steps.length; s++) times.push(Math.min(now, times[s] + Math.floor(rand() * 4 * DAY)));
        const at = (s: number) => iso(times[s]);
        const toMilitary = rand() < 0.5;
        const partner = partners[Math.floor(rand() * partners.length)];
        const id = randomUUID();
        const step = (name: RequestStatus) => {
          const k = steps.indexOf(name);
          return k < 0 ? null : at(k + 1);
        };
        const approved = steps.includes('approved') ? 2 : steps.includes('partially_approved') ? 1 : null;
        insertRequest.run({
          id,
          createdAt: at(0),
          updatedAt: at(steps.length),
          inst: installation,
          number: `BENCH-REQ-${String(i + 1).padStart(5, '0')}`,
          title: `Bench request ${i + 1}`,
          requester: toMilitary ? partner : home,
          provider: toMilitary ? home : partner,
          type: REQUEST_TYPES[i % REQUEST_TYPES.length],
          priority: 1 + (i % 3),
          status,
          neededBy: iso(created + 20 * DAY).slice(0, 10),
          submittedAt: step('submitted'),
          decidedAt: step('approved') ?? step('partially_approved') ?? step('declined'),
          fulfilledAt: step('fulfilled'),
          closedAt: step('closed') ?? step('cancelled'),
        });
        insertLine.run({
          id: randomUUID(),
          at: at(0),
          inst: installation,
          requestId: id,
          approved,
          delivered: step('fulfilled') ? (approved ?? 0) : 0,
        });
        // Created and edited once as a draft, then each step (about 5 entries a request).
        const all: { to: RequestStatus; from: RequestStatus | null; action: string; at: string }[] = [
          { to: 'draft', from: null, action: 'create', at: at(0) },
          { to: 'draft', from: 'draft', action: 'update', at: at(0) },
        ];
        steps.forEach((to, s) =>
          all.push({ to, from: s === 0 ? 'draft' : steps[s - 1], action: to === 'in_progress' ? 'commit' : to, at: at(s + 1) }),
        );
        for (const e of all) {
          if (events >= EVENTS) break;
          insertEvent.run({ id: randomUUID(), inst: installation, requestId: id, orgId: home, ...e });
          events++;
        }
      }
    })();
    return events;
  } finally {
    db.close();
  }
}

/** The register opened in a fresh signed-in context: from navigation start to its first row in the page. */
async function timeRegister(browser: Browser, server: E2EServer, runs: number): Promise<Timing> {
  const ready = `Boolean(document.querySelector('[data-testid=request-register] .ag-row[row-index="0"] [col-id="number"]')?.textContent)`;
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await signedInContext(browser, server);
    try {
      await context.addInitScript(`(() => {
        const obs = new MutationObserver(() => {
          if (window.__shownAt === undefined && (${ready})) { window.__shownAt = performance.now(); obs.disconnect(); }
        });
        document.addEventListener('DOMContentLoaded', () => obs.observe(document.body, { subtree: true, childList: true, characterData: true }));
      })()`);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`  (page error: ${e.message})`));
      await page.goto(`${server.url}#/requests`);
      await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, {
        timeout: 60_000,
      });
      const ms = (await page.evaluate('window.__shownAt')) as number;
      if (i > 0) samples.push(ms);
    } finally {
      await context.close();
    }
  }
  return summarise(samples);
}

export async function runRequestBench(opts: { runs?: number } = {}): Promise<void> {
  const runs = opts.runs ?? 5;
  console.log('\nRequests (a demo database of its own, browser-mode server, Chromium)');
  // The demo made by the server, then (server stopped, so nothing waits on the long write) the
  // 20,000 requests written into it, then the same file served again.
  const demo = await startServer({ demo: true });
  await demo.stop({ keepFiles: true });
  const t = performance.now();
  const events = seed(demo.dbPath);
  const server = await startServer({ existing: { dbPath: demo.dbPath, homeDir: path.join(demo.dir, 'home') } });
  const browser = await launchBrowser();
  try {
    printLine(
      `${REQUESTS.toLocaleString('en')} requests and ${events.toLocaleString('en')} timeline entries written (setup)`,
      `${(performance.now() - t).toFixed(0)} ms`,
    );
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10);
    const year = await server.call('requests.measures', { from, to });
    printTiming(
      `measures for a year (${year.overall.submitted.toLocaleString('en')} submitted, ${year.byPartner.length} partners), over HTTP`,
      await timeIt(runs * 2, () => server.call('requests.measures', { from, to })),
      '< 200 ms',
    );
    printTiming('request register in Chromium: first row shown', await timeRegister(browser, server, runs), '< 1 s');
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(demo.dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const f = parseArgs({ options: { runs: { type: 'string', default: '5' } }, strict: true }).values;
  runRequestBench({ runs: Number(f.runs) }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
