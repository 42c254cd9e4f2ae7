import { rmSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { setMessageLanguage } from '../../api/i18n/current';
import type { LocalCore } from '../core/create';
import { prepare, rowsOf, sheetSpec } from '../exchange/plan';
import { planKey } from '../exchange/split/halves';
import { writeRows } from '../exchange/write-rows';
import { openCsv } from '../exchange/writers/csv';
import { speakTo } from '../system/language';
import type { FromHelper, HelperOpen, ToHelper } from './halves-messages';
import { openJobCore } from './job-core';

/**
 * The halves helper's side (a thread a warm export thread starts: halves-helper.ts): it writes the
 * second half of big CSV exports, one at a time, when asked. It opens the database for each export
 * and closes it after, as a job thread does: no connection is left open between jobs (a restore
 * replaces the file only when no job runs).
 */
export function serveHalves(port: MessagePort): void {
  let core: LocalCore | null = null;
  let open: HelperOpen | null = null;
  const post = (m: FromHelper) => port.postMessage(m);
  /** Ends the read transaction and closes the database: this export is done with. */
  const endRead = () => {
    const c = core;
    core = null;
    if (c?.sqlite.inTransaction) c.sqlite.exec('COMMIT');
    c?.close();
  };

  const half = async (m: Extract<ToHelper, { type: 'half' }>) => {
    const flags = new Int32Array(m.flags);
    setMessageLanguage(open!.language);
    const ctx = core!.context('jobs.start');
    speakTo(ctx, open!.operator);
    const p = prepare(ctx, m.req);
    const writer = openCsv(sheetSpec(p, m.req, m.path), { headerless: true });
    try {
      const tally = await writeRows(
        p,
        rowsOf(p, m.req, { half: 2, value: m.value }),
        writer,
        () => {
          if (Atomics.load(flags, 0) === 1) throw new Error('stopped');
        },
        (n) => Atomics.store(flags, 1, n),
        m.column,
      );
      await writer.finish();
      return { tally, plan: planKey(p) };
    } catch (e) {
      await writer.abort();
      rmSync(m.path, { force: true });
      throw e;
    }
  };

  const handle = async (m: ToHelper) => {
    try {
      switch (m.type) {
        case 'open': {
          endRead();
          core = openJobCore(m.open);
          open = m.open;
          return post({ type: 'opened' });
        }
        case 'hold':
          core!.sqlite.exec('BEGIN');
          // Any read begins the transaction's snapshot: now, while writers are kept out.
          core!.sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
          return post({ type: 'held' });
        case 'release':
          return endRead();
        case 'half': {
          try {
            const done = await half(m);
            return post({ type: 'half-done', ...done });
          } finally {
            endRead();
          }
        }
      }
    } catch (e) {
      endRead();
      post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  port.on('message', (m: ToHelper) => void handle(m));
  post({ type: 'loaded' });
}
