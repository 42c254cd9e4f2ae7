/**
 * The dashboard's and the backup's figures in `npm run bench` (run.ts calls these):
 * - each dashboard query (electron/services/dashboard/, one per figure group) for one site and
 *   for all sites, and `dashboard.get` through the core: median and p95, target < 200 ms each;
 * - a backup of the scale database as a job ("Back up now", in its own thread) with a cheap call
 *   (`system.status`) sent every 50 ms meanwhile: the backup's time and the worst wait (target
 *   < 100 ms). The backup file is deleted afterwards.
 * The dashboard's first paint in Chromium is in browser.ts.
 *
 * Alone: npx tsx test/bench/dashboard.ts --db FILE
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { JobSummary } from '../../electron/api/jobs';
import { backupsFolder } from '../../electron/services/backups/folders';
import { createCore, type LocalCore } from '../../electron/services/core/create';
import { createWorkerCore } from '../../electron/services/core/worker/host';
import { benchOperator } from './operator';
import { convoyFigures } from '../../electron/services/dashboard/convoys';
import { expiryFigures } from '../../electron/services/dashboard/expiry';
import { lowStockFigures } from '../../electron/services/dashboard/low-stock';
import { requestFigures } from '../../electron/services/dashboard/requests';
import { stockFigures } from '../../electron/services/dashboard/stock';
import { waitsDuring } from './responsiveness';
import { printLine, printTiming, timeIt } from './stats';

const TARGET = 'p95 < 200 ms';

export async function dashboardBench(core: LocalCore): Promise<void> {
  const sqlite = core.sqlite;
  const siteIds = (sqlite.prepare("SELECT id FROM sites WHERE code <> 'BENCH'").all() as { id: string }[]).map((r) => r.id);
  const site = (i: number) => siteIds[Math.abs(i) % siteIds.length];
  const now = () => new Date().toISOString();
  const today = () => now().slice(0, 10);
  const lines = (sqlite.prepare('SELECT count(*) AS n FROM stock_balances WHERE quantity > 0').get() as { n: number }).n;
  printLine('stock lines (balances above zero) at this scale', lines.toLocaleString());
  for (const [scope, pick] of [
    ['one site', site],
    ['all sites', () => null],
  ] as const) {
    printTiming(`dashboard: stock by site and category (${scope})`, await timeIt(10, (i) => stockFigures(sqlite, pick(i))), TARGET);
    printTiming(`dashboard: expiring stock lines (${scope})`, await timeIt(10, (i) => expiryFigures(sqlite, pick(i), today())), TARGET);
    printTiming(`dashboard: low stock (${scope})`, await timeIt(10, (i) => lowStockFigures(sqlite, pick(i))), TARGET);
    printTiming(`dashboard: convoys (${scope})`, await timeIt(10, (i) => convoyFigures(sqlite, pick(i), now())), TARGET);
  }
  printTiming('dashboard: requests and response times', await timeIt(10, () => requestFigures(core.context('dashboard.get'))), TARGET);
  printTiming('dashboard.get through the core, one site', await timeIt(10, (i) => core.call('dashboard.get', { siteId: site(i) })));
  printTiming('dashboard.get through the core, all sites', await timeIt(10, () => core.call('dashboard.get', {})));
}

/** "Back up now" of the whole file as a job, with a cheap call every 50 ms meanwhile. Run after any in-process core was closed. */
export async function backupBench(opts: { dbPath: string; homeDir: string }): Promise<void> {
  const core = await createWorkerCore({ databasePath: opts.dbPath, homeDir: opts.homeDir, signedIn: benchOperator(opts.dbPath) });
  let file: string | null = null;
  try {
    let resolveEnd: (j: JobSummary) => void = () => {};
    const ended = new Map<string, JobSummary>();
    let waitingFor: string | null = null;
    core.subscribe((e) => {
      if (e.type !== 'job' || e.job.state === 'running') return;
      ended.set(e.job.id, e.job);
      if (e.job.id === waitingFor) resolveEnd(e.job);
    });
    const bytes = fs.statSync(opts.dbPath).size;
    let outcome: JobSummary | null = null;
    const t = await waitsDuring(core, async () => {
      const job = await core.call('jobs.start', { kind: 'backup' });
      outcome =
        ended.get(job.id) ??
        (await new Promise<JobSummary>((resolve) => {
          waitingFor = job.id;
          resolveEnd = resolve;
        }));
    });
    const o = outcome as JobSummary | null;
    if (!o || o.state !== 'done') throw new Error(`the backup job ended ${o?.state}: ${o?.message}`);
    file = path.join(backupsFolder(opts.dbPath), (o.result as { fileName: string }).fileName);
    printLine(`backup of the ${(bytes / 1e9).toFixed(2)} GB file as a job (written, then checked)`, `${(t.workMs / 1000).toFixed(1)} s`);
    printLine(
      'system.status every 50 ms while the backup runs',
      `worst ${t.max.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, median ${t.median.toFixed(1)} ms (${t.runs} calls)   target worst < 100 ms`,
    );
  } finally {
    await core.close();
    if (file) fs.rmSync(file, { force: true });
  }
}

if (require.main === module) {
  const { values } = parseArgs({ options: { db: { type: 'string' } }, strict: true });
  if (!values.db) {
    console.error('Usage: npx tsx test/bench/dashboard.ts --db FILE   (FILE made by npm run seed:scale)');
    process.exit(2);
  }
  process.env.CORRIDOR_AUTO_BACKUPS = '0';
  const dbPath = path.resolve(values.db);
  const homeDir = `${dbPath}.home`;
  void (async () => {
    const core = createCore({ databasePath: dbPath, homeDir, signedIn: benchOperator(dbPath) });
    try {
      await dashboardBench(core);
    } finally {
      core.close();
    }
    await backupBench({ dbPath, homeDir });
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
