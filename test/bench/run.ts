/* eslint-disable max-lines -- the bench's driver: the order of sections and the printed table, which read best in one place */
/**
 * npm run bench [-- --db FILE] [--rounds N]
 *
 * Prints, from one run over a database made by `npm run seed:scale`, medians, p95s and ratios for
 * the stock core: receipt posting through the service against raw better-sqlite3 inserts of the
 * same rows, stock on hand for one site, the stock card, the integrity check, count sheets, and
 * how long a cheap call waits while the full integrity check runs as a job, the dashboard's
 * queries (test/bench/dashboard.ts), and a backup of the whole file with a cheap call's worst wait.
 * Figures are printed, never asserted. Then test/bench/browser.ts runs over the same database
 * (Chromium timings: grid first rows, count sheet opening, saving one counted line end to end),
 * and test/bench/convoys.ts (a 2,000-line manifest: opening, one line saved, dispatch, PDFs), and
 * test/bench/requests.ts (20,000 requests on a file of their own: the measures for a year, the register),
 * and test/bench/exchange.ts (100,000-row import and exports against exceljs alone, on a file of its own).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { OpInput } from '../../electron/api/contract';
import { createCore, type LocalCore } from '../../electron/services/core/create';
import { useBuiltThreads } from '../../electron/services/core/thread-script';
import { newId } from '../../electron/services/core/ids';
import { ledgerDifferencesIn } from '../../electron/services/system/ledger-check';
import { runBrowserBench } from './browser';
import { runConvoyBench } from './convoys';
import { exportBench } from './export';
import { runExchangeBench } from './exchange';
import { runRequestBench } from './requests';
import { backupBench, dashboardBench } from './dashboard';
import { benchOperator } from './operator';
import { responsivenessBench, sameThreadBaseline } from './responsiveness';
import { printLine, printTiming, prng, summarise, timeIt } from './stats';

// No automatic backup job during the figures: on the scale file it would copy 1.7 GB while the
// responsiveness section measures how long cheap calls wait (the worker core reads this).
process.env.CORRIDOR_AUTO_BACKUPS = '0';
// `npm run bench` has just built out/main (and the renderer the browser sections load) from these
// sources: the worker cores' threads and their jobs' start from that build, as the Electron app's do.
if (process.env.npm_lifecycle_event === 'bench') useBuiltThreads(path.resolve('out', 'main'));

const SECTIONS = [
  'writes',
  'reads',
  'dashboard',
  'integrity',
  'count',
  'jobs',
  'backup',
  'export',
  'browser',
  'requests',
  'exchange',
] as const;
/** Sections on a file of their own: run alone (--only), they need no scale database. */
const OWN_FILE: readonly string[] = ['requests', 'exchange'];
const USAGE = `Usage: npm run bench [-- --db FILE] [--rounds N] [--only SECTION,…]   (FILE made by npm run seed:scale -- --db FILE; default: seeded once under .tmp/bench/; sections: ${SECTIONS.join(', ')})`;
function fail(message: string): never {
  console.error(`bench: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function flags() {
  try {
    return parseArgs({
      options: { db: { type: 'string' }, rounds: { type: 'string', default: '7' }, only: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    fail((e as Error).message.split('\n')[0]);
  }
}

const f = flags();
const ownFileOnly = !!f.only && f.only.split(',').every((x) => OWN_FILE.includes(x.trim()));
/** Without --db, a scale database kept under .tmp/ (git-ignored) is made once and reused. */
const DEFAULT_DB = path.resolve('.tmp', 'bench', 'corridor-scale.sqlite');
const dbPath = path.resolve(f.db ?? DEFAULT_DB);
if (!ownFileOnly && !fs.existsSync(dbPath)) {
  if (f.db) fail(`${dbPath} does not exist`);
  console.log(`No --db given and ${DEFAULT_DB} does not exist yet: seeding it first (about 90 s, 1.5 GB)…`);
  const seeded = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'seed-scale.ts'), '--db', DEFAULT_DB], {
    stdio: 'inherit',
  });
  if (seeded.status !== 0) fail('seeding the scale database failed (see above)');
}
const only = f.only?.split(',').map((x) => x.trim());
for (const x of only ?? []) if (!(SECTIONS as readonly string[]).includes(x)) fail(`--only: unknown section "${x}"`);
/** Whether a section runs: all of them without --only. */
const wants = (section: (typeof SECTIONS)[number]) => !only || only.includes(section);
const rounds = Number(f.rounds);
if (!Number.isInteger(rounds) || rounds < 1) fail(`--rounds must be a whole number of at least 1, got "${f.rounds}"`);
const homeDir = `${dbPath}.home`;
const rand = prng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const DOCS_PER_ROUND = 10;
const LINES_PER_DOC = 100;

async function receiptBench(core: LocalCore, ids: { siteId: string; donor: string; owners: string[]; items: string[] }) {
  const sqlite = core.sqlite;
  const installationId = (sqlite.prepare("SELECT value FROM settings WHERE key = 'installation_id'").get() as { value: string }).value;
  let serial = 0;
  // Lot numbers unique to this run, so the bench can run again on the same database.
  const runTag = Date.now().toString(36).toUpperCase();
  const expiry = () => new Date(Date.now() + (30 + Math.floor(rand() * 900)) * 86_400_000).toISOString().slice(0, 10);
  const receiptLines = () =>
    Array.from({ length: LINES_PER_DOC }, () => ({
      itemId: pick(ids.items),
      lotNumber: `BENCH-${runTag}-${++serial}`,
      expiryDate: expiry(),
      ownerOrgId: pick(ids.owners),
      quantity: 1 + Math.floor(rand() * 500),
    }));

  // Raw: the same rows a posted receipt consists of (document, lots, lines, ledger entries,
  // balances, the posting update), with cached prepared statements, all in one transaction.
  const insLot = sqlite.prepare(
    `INSERT INTO stock_lots (id, created_at, created_by_installation, updated_at, updated_by_installation, item_id, lot_number, expiry_date, owner_org_id, donor_org_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insDoc = sqlite.prepare(
    `INSERT INTO stock_documents (id, created_at, created_by_installation, updated_at, updated_by_installation, site_id, kind, status, occurred_at, counterparty_org_id)
     VALUES (?, ?, ?, ?, ?, ?, 'receipt', 'draft', ?, ?)`,
  );
  const insLine = sqlite.prepare(
    `INSERT INTO stock_document_lines (id, created_at, created_by_installation, updated_at, updated_by_installation, document_id, line_no, item_id, lot_id,
       lot_number, expiry_date, owner_org_id, condition, quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'good', ?)`,
  );
  const insEntry = sqlite.prepare(
    `INSERT INTO stock_ledger (id, document_id, line_id, kind, lot_id, item_id, site_id, condition, quantity, occurred_at, recorded_at, recorded_by, installation_id)
     VALUES (?, ?, ?, 'receipt', ?, ?, ?, 'good', ?, ?, ?, 'bench', ?)`,
  );
  const insBalance = sqlite.prepare(
    'INSERT INTO stock_balances (site_id, lot_id, condition, item_id, quantity, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const post = sqlite.prepare(
    "UPDATE stock_documents SET status = 'posted', number = ?, posted_at = ?, posted_by = 'bench', version = version + 1, updated_at = ? WHERE id = ?",
  );
  const raw = (docs: ReturnType<typeof receiptLines>[]) =>
    sqlite.transaction(() => {
      const at = new Date().toISOString();
      for (const lines of docs) {
        const docId = newId();
        insDoc.run(docId, at, installationId, at, installationId, ids.siteId, at, ids.donor);
        lines.forEach((l, i) => {
          const lotId = newId();
          const lineId = newId();
          insLot.run(lotId, at, installationId, at, installationId, l.itemId, l.lotNumber, l.expiryDate, l.ownerOrgId, ids.donor);
          insLine.run(
            lineId,
            at,
            installationId,
            at,
            installationId,
            docId,
            i + 1,
            l.itemId,
            lotId,
            l.lotNumber,
            l.expiryDate,
            l.ownerOrgId,
            l.quantity,
          );
          insEntry.run(newId(), docId, lineId, lotId, l.itemId, ids.siteId, l.quantity, at, at, installationId);
          insBalance.run(ids.siteId, lotId, 'good', l.itemId, l.quantity, at);
        });
        post.run(`RAW-${docId}`, at, at, docId);
      }
    })();
  const service = async (docs: ReturnType<typeof receiptLines>[]) => {
    for (const lines of docs) {
      const input: OpInput<'stock.documents.create'> = {
        siteId: ids.siteId,
        kind: 'receipt',
        counterpartyOrgId: ids.donor,
        lines,
        post: true,
      };
      await core.call('stock.documents.create', input);
    }
  };

  const serviceRate: number[] = [];
  const rawRate: number[] = [];
  const linesPerRound = DOCS_PER_ROUND * LINES_PER_DOC;
  await service([receiptLines()]); // warm-up
  raw([receiptLines()]);
  for (let r = 0; r < rounds; r++) {
    const a = Array.from({ length: DOCS_PER_ROUND }, receiptLines);
    const b = Array.from({ length: DOCS_PER_ROUND }, receiptLines);
    let t0 = performance.now();
    await service(a);
    serviceRate.push(linesPerRound / ((performance.now() - t0) / 1000));
    t0 = performance.now();
    raw(b);
    rawRate.push(linesPerRound / ((performance.now() - t0) / 1000));
  }
  const s = summarise(serviceRate).median;
  const rw = summarise(rawRate).median;
  printLine(
    `receipt posting, ${DOCS_PER_ROUND}×${LINES_PER_DOC}-line GRNs per round`,
    `service ${Math.round(s).toLocaleString()} lines/s (${(1000 / (s / LINES_PER_DOC)).toFixed(1)} ms per GRN), raw ${Math.round(rw).toLocaleString()} lines/s → ratio ${(s / rw).toFixed(2)}×   target ≥ 0.3×`,
  );
}

/** Sections on a file of their own. */
async function ownFileSections() {
  if (wants('requests')) {
    console.log('\n— requests (20,000 on a file of their own) —');
    await runRequestBench();
  }
  if (wants('exchange')) {
    console.log('\n— spreadsheets: 100,000-row import and exports (a file of their own) —');
    await runExchangeBench();
  }
}

async function main() {
  if (ownFileOnly) return ownFileSections();
  const core = createCore({ databasePath: dbPath, homeDir, signedIn: benchOperator(dbPath) });
  const sqlite = core.sqlite;
  const call = core.call.bind(core);
  const status = await call('system.status', {});
  if (!status.setupDone) fail(`${dbPath} is not a seeded database`);
  const sizes = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM sites) AS sites, (SELECT count(*) FROM stock_lots) AS lots,
         (SELECT count(*) FROM stock_ledger) AS entries, (SELECT count(*) FROM stock_documents) AS documents`,
    )
    .get() as Record<string, number>;
  console.log(`Corridor stock benchmark — ${dbPath} (${(fs.statSync(dbPath).size / 1e6).toFixed(0)} MB)`);
  printLine(
    'database',
    Object.entries(sizes)
      .map(([k, v]) => `${v.toLocaleString()} ${k}`)
      .join(', '),
  );
  if (sizes.entries === 0) fail('the database has no ledger entries; seed it with npm run seed:scale');

  // Receipts are posted at a site of their own, so repeated runs do not grow the sites the reads sample.
  const benchSite =
    (sqlite.prepare("SELECT id FROM sites WHERE code = 'BENCH'").get() as { id: string } | undefined)?.id ??
    (await call('sites.save', { rows: [{ code: 'BENCH', name: 'Benchmark receiving site', kind: 'warehouse' }] }))[0].id;
  const siteIds = (sqlite.prepare("SELECT id FROM sites WHERE code <> 'BENCH'").all() as { id: string }[]).map((r) => r.id);
  const pairs = sqlite
    .prepare(
      'SELECT site_id AS siteId, item_id AS itemId FROM stock_balances WHERE quantity > 0 AND site_id <> ? ORDER BY random() LIMIT 200',
    )
    .all(benchSite) as {
    siteId: string;
    itemId: string;
  }[];
  const lotsAtSites = sqlite
    .prepare(
      'SELECT site_id AS siteId, lot_id AS lotId FROM stock_balances WHERE quantity > 0 AND site_id <> ? ORDER BY random() LIMIT 200',
    )
    .all(benchSite) as {
    siteId: string;
    lotId: string;
  }[];
  const orgs = (sqlite.prepare('SELECT id FROM organisations').all() as { id: string }[]).map((r) => r.id);
  const trackedItems = (sqlite.prepare('SELECT id FROM items WHERE needs_lot_expiry = 1 LIMIT 2000').all() as { id: string }[]).map(
    (r) => r.id,
  );

  if (wants('writes')) {
    console.log('\n— writes —');
    await receiptBench(core, { siteId: benchSite, donor: orgs[1], owners: orgs.slice(1, 6), items: trackedItems });
    const fefoTarget = sqlite
      .prepare(
        `SELECT b.site_id AS siteId, b.item_id AS itemId, l.owner_org_id AS ownerOrgId FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id
       WHERE b.condition = 'good' AND b.quantity > 0 ORDER BY random() LIMIT 100`,
      )
      .all() as { siteId: string; itemId: string; ownerOrgId: string }[];
    printTiming(
      'FEFO suggestion (site, item, owner)',
      await timeIt(100, (i) => call('stock.fefo.suggest', { ...fefoTarget[Math.abs(i) % fefoTarget.length], quantity: 50 })),
    );
  }

  if (wants('reads')) {
    console.log('\n— reads at scale (through the core: parse, dispatch, SQL, mapping) —');
    printTiming(
      'stock on hand, one site, first 200 rows + total',
      await timeIt(60, () => call('stock.onHand', { siteId: pick(siteIds), limit: 200 })),
      'p95 < 50 ms',
    );
    printTiming(
      'stock on hand, one site, sorted by expiry desc, page 5',
      await timeIt(30, () =>
        call('stock.onHand', { siteId: pick(siteIds), sort: [{ colId: 'expiryDate', sort: 'desc' }], offset: 800, limit: 200 }),
      ),
    );
    printTiming(
      'stock on hand, one site, expiring within 3 months',
      await timeIt(30, () => call('stock.onHand', { siteId: pick(siteIds), expiry: 'within3', limit: 200 })),
    );
    printTiming(
      'stock on hand, one site, low stock only',
      await timeIt(30, () => call('stock.onHand', { siteId: pick(siteIds), lowStockOnly: true, limit: 200 })),
    );
    printTiming('stock on hand, all sites, first 200 rows + total', await timeIt(10, () => call('stock.onHand', { limit: 200 })));
    printTiming(
      'stock card, one item at one site (first 500 entries)',
      await timeIt(100, (i) => call('stock.card', { ...pairs[Math.abs(i) % pairs.length], limit: 500 })),
      'p95 < 20 ms',
    );
    printTiming(
      'stock card, one lot at one site',
      await timeIt(100, (i) => call('stock.card', { ...lotsAtSites[Math.abs(i) % lotsAtSites.length], limit: 500 })),
    );
    printTiming(
      'document list, one site, first 200',
      await timeIt(30, () => call('stock.documents.list', { siteId: pick(siteIds), limit: 200 })),
    );
    printTiming(
      'expiry alerts (≤ 3 months), one site',
      await timeIt(20, () => call('stock.alerts.expiry', { siteId: pick(siteIds), withinMonths: 3 })),
    );
    printTiming('low-stock alerts, all sites', await timeIt(10, () => call('stock.alerts.lowStock', {})));
  }

  if (wants('dashboard')) {
    console.log('\n— dashboard (each figure group, then the whole call) —');
    await dashboardBench(core);
  }

  if (wants('integrity')) {
    console.log('\n— integrity —');
    let differences = 0;
    printTiming(
      'ledger recompute vs balances, everything',
      await timeIt(
        3,
        () => {
          differences = ledgerDifferencesIn(sqlite).length;
        },
        1,
      ),
      '< 5 s',
    );
    printLine('  differences found', String(differences));
    for (const depth of ['ledger', 'quick', 'full'] as const) {
      const report = await call('system.integrity', { depth });
      printLine(
        `system.integrity depth=${depth}${depth === 'quick' ? ' (the Database page button)' : ''}`,
        `${report.durationMs} ms (ledger ${report.ledgerMs} ms + SQLite ${report.sqliteMs} ms), ok=${report.ok}, ${report.differences.length} difference(s)`,
      );
    }
  }

  if (wants('count')) {
    console.log('\n— physical count —');
    const biggest = sqlite
      .prepare(
        `SELECT site_id AS siteId, count(*) AS n FROM stock_balances WHERE quantity > 0 AND condition <> 'in_transit' AND site_id <> ?
       GROUP BY site_id ORDER BY n DESC LIMIT 1`,
      )
      .get(benchSite) as { siteId: string; n: number };
    let t = performance.now();
    const sheet = await call('stock.count.create', { siteId: biggest.siteId });
    printLine(`count sheet create (${sheet.total.toLocaleString()} lines, snapshot)`, `${(performance.now() - t).toFixed(0)} ms`);
    printTiming(
      `count sheet open, all ${sheet.total.toLocaleString()} lines`,
      await timeIt(10, () => call('stock.count.get', { id: sheet.document.id })),
    );
    const versions = new Map<string, number>();
    printTiming(
      'count: save one counted line (stock.count.setLine)',
      await timeIt(200, async (i) => {
        const row = sheet.rows[Math.abs(i) % sheet.rows.length];
        const saved = await call('stock.count.setLine', {
          lineId: row.id,
          version: versions.get(row.id) ?? row.version,
          counted: Math.abs(i),
        });
        versions.set(row.id, saved.version);
      }),
      '< 50 ms end to end',
    );
    t = performance.now();
    await call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: sheet.rows.map((r) => ({ lineId: r.id, version: versions.get(r.id) ?? r.version, counted: r.expected })),
    });
    printLine(
      `count: paste ${sheet.total.toLocaleString()} counted lines (stock.count.setLines)`,
      `${(performance.now() - t).toFixed(0)} ms`,
    );
    await call('stock.documents.delete', { id: sheet.document.id, version: sheet.document.version });
  }

  if (wants('jobs')) {
    console.log('\n— other calls while a job runs (the core in its worker thread, as both shells run it) —');
    await sameThreadBaseline(core);
  }
  core.close();
  if (wants('jobs')) await responsivenessBench({ dbPath, homeDir });

  if (wants('backup')) {
    console.log('\n— backup of the whole file while the app answers —');
    await backupBench({ dbPath, homeDir });
  }

  if (wants('export')) {
    console.log('\n— a 100,000-row export job while the app answers —');
    await exportBench({ dbPath, homeDir });
  }

  if (wants('browser')) {
    console.log('\n— browser (Chromium) —');
    await runBrowserBench({ dbPath, homeDir });
    await runConvoyBench({ dbPath, homeDir });
  }

  await ownFileSections();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
