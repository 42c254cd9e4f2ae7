import { rmSync } from 'node:fs';
import type { ExportRequest } from '../../../api/exchange';
import { rowsOf, type Prepared } from '../plan';
import { addTallies, writeRows, type Tally } from '../write-rows';
import type { CsvWriter } from '../writers/csv';
import { rememberedCut } from './cuts';
import { cutValue, type SplitKey } from './key';

/*
 * A big CSV export shared with a second thread (key.ts says why and how the rows are cut). This
 * thread writes the header and the first half into the file while the helper writes the second
 * half, headerless, into a file of its own, appended once both are done. Both read one snapshot of
 * the database (HalvesHelper.share), so no save made meanwhile can put a row in both halves or in
 * neither. The helper is only ever a help: when it fails, or read the export's plan differently
 * (a profile changed between the two reads), this thread reads the second half itself, in the
 * same snapshot.
 */

/** A thread that can write the second half of an export (jobs/halves-helper.ts). */
export interface HalvesHelper {
  /** Loaded, and not helping another export. */
  ready(): boolean;
  /** Starts the thread if it is not there yet (after a big export: the next one may share). */
  start(): void;
  /**
   * Has the helper open the database for this export (it does so while this thread looks for the
   * cut value); null when it is not ready. The export must then `share` or `release` it.
   */
  open(): HelperSession | null;
}

/** The helper, opening the database for one export. */
export interface HelperSession {
  /**
   * Begins a read transaction on `sqlite` and one in the helper at the same snapshot (writers are
   * kept out while both begin); null when the helper failed to open the database or a writer held
   * it (the helper is released). What it gives must be ended (`end`).
   */
  share(sqlite: Prepared['run']['sqlite']): Promise<SharedRead | null>;
  /** No half will be asked for: the helper closes the database and is free. */
  release(): void;
}

/** Two read transactions at one snapshot: this thread's and the helper's. */
export interface SharedRead {
  /** Asks the helper for the second half of `req`'s rows (cut at `value` of `column`), written headerless to `path`. */
  second(req: ExportRequest, value: unknown, column: string, path: string): SecondHalf;
  /** Ends both transactions (the helper's ends by itself once its half is done). */
  end(): void;
}

export interface SecondHalf {
  /** What the helper wrote and the plan it read (planKey), or null when it failed or was stopped. Never rejects. */
  done: Promise<{ tally: Tally; plan: string } | null>;
  /** Asks the helper to stop at its next check (every 1,000 rows). */
  stop(): void;
  /** Rows the helper has written so far (for the progress bar; counted every 10,000). */
  written(): number;
}

/** What of an export's plan both halves must agree on: the columns, the partner's profile and the label defaults. */
export const planKey = (p: Prepared): string => JSON.stringify([p.columns.map((c) => c.id), p.profile, p.run.defaults, p.changes]);

/**
 * Writes `p`'s rows in two halves, the second by the helper, when the helper is free, the rows
 * are many (cutValue) and the database could be shared; otherwise null, having written nothing.
 */
export async function writeHalves(
  p: Prepared,
  req: ExportRequest,
  key: SplitKey,
  helper: HalvesHelper,
  writer: CsvWriter,
  partial: string,
  run: { checkCancelled?(): void },
  progress: (written: number) => void,
): Promise<Tally | null> {
  const session = helper.open();
  if (!session) return null;
  const value = rememberedCut(key) ?? cutValue(p.run.sqlite, key);
  if (value === null) return (session.release(), null);
  const shared = await session.share(p.run.sqlite);
  if (!shared) return null;
  const secondPath = `${partial}.2`;
  try {
    const second = shared.second(req, value, key.column, secondPath);
    let first: Tally;
    try {
      first = await writeRows(
        p,
        rowsOf(p, req, { half: 1, value }),
        writer,
        run.checkCancelled,
        (n) => progress(n + second.written()),
        key.column,
      );
    } catch (e) {
      second.stop();
      await second.done; // its file is removed below, once it has stopped writing it
      throw e;
    }
    const other = await second.done;
    if (other && other.plan === planKey(p)) {
      await writer.append(secondPath);
      return addTallies(first, other.tally);
    }
    const rest = await writeRows(
      p,
      rowsOf(p, req, { half: 2, value }),
      writer,
      run.checkCancelled,
      (n) => progress(first.written + n),
      key.column,
    );
    return addTallies(first, rest);
  } finally {
    shared.end();
    rmSync(secondPath, { force: true });
  }
}
