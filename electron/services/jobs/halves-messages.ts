import type { ExportRequest } from '../../api/exchange';
import type { Language } from '../../api/i18n/languages';
import type { Tally } from '../exchange/write-rows';
import type { JobCoreOpen } from './job-core';

/*
 * What a warm export thread and its halves helper (halves-helper.ts, halves-thread.ts) say to each
 * other. One request at a time, each answered once, except `release`, which has no answer.
 */

/** What the helper opens the database as (the job's own connection settings and operator), and who it writes for. */
export interface HelperOpen extends JobCoreOpen {
  /** Who started the export, and their language: the cells' words (categories, yes/no) are theirs. */
  operator: string;
  language: Language;
}

/** The helper's workerData: it runs the job thread's entry (job-thread.ts) as a helper. */
export interface HalvesThreadData {
  halvesHelper: true;
}

export type ToHelper =
  /** Open the database as `open` says, for one export (closed when it is done with). */
  | { type: 'open'; open: HelperOpen }
  /** Begin a read transaction now (the export thread keeps writers out meanwhile). */
  | { type: 'hold' }
  /** End the read transaction and close the database: no half will be asked for. */
  | { type: 'release' }
  /**
   * Write the second half of `req`'s rows, cut at `value` of `column` (the key of every 1,000th
   * row is kept in the tally), headerless to `path`, then end the read transaction and close the
   * database. `flags`: two Int32s, [0] set to 1 to stop, [1] the rows written so far.
   */
  | { type: 'half'; req: ExportRequest; value: unknown; column: string; path: string; flags: SharedArrayBuffer };

export type FromHelper =
  | { type: 'loaded' }
  | { type: 'opened' }
  | { type: 'held' }
  /** `plan`: the export's plan as the helper read it (exchange/split/halves.ts' planKey). */
  | { type: 'half-done'; tally: Tally; plan: string }
  | { type: 'failed'; message: string };
