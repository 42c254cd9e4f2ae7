import type { ServiceContext } from '../core/context';
import { inTransaction } from '../core/transaction';
import { saveRecords } from './save';
import type { RecordSpec } from './spec';

/** Rows per saveRecords call: bounds what one call holds at once (its plans, the rows as saved, their audit before → after). */
export const SAVE_MANY_CHUNK = 5000;

export interface SaveManyOptions {
  /** The operation recorded in the audit trail, as if the rows had been saved by it (e.g. 'items.save'). */
  operation: string;
  /** Called between chunks with the rows written so far; may throw to stop (a cancelled job): nothing is then written. */
  progress?(done: number, total: number): void;
  chunk?: number;
}

/**
 * Writes many rows of one record type (an import's 100,000 items) by the same rules as a grid's
 * save, because it is the grid's save: saveRecords runs on consecutive chunks, with the same
 * checks (versions, unique values, references, frozen fields), audit entries, change log and
 * derived data (item search text), inside one transaction, so a refusal in any chunk leaves
 * nothing written. Refusals name the row in the whole list.
 *
 * What it skips is the per-call overhead of sending 20,000-row batches through the dispatcher:
 * parsing each row again with the contract's schema (callers pass rows already parsed with that
 * same row schema, and checked the caller's permission) and a growing snapshot of the unique
 * column per batch. One difference from a single batch: a rename that frees a value for a row in a
 * later chunk (A→B here, B→A there) is refused as "already used", as two separate saves would be.
 */
export function saveManyRecords(ctx: ServiceContext, spec: RecordSpec, rows: Record<string, unknown>[], opts: SaveManyOptions): number {
  const chunk = opts.chunk ?? SAVE_MANY_CHUNK;
  inTransaction(ctx, () => {
    const writer = recordsWriter(ctx, spec, { ...opts, chunk });
    for (let i = 0; i < rows.length; i++) {
      if (i % chunk === 0) opts.progress?.(i, rows.length);
      writer.add(rows[i]);
    }
    writer.end();
    opts.progress?.(rows.length, rows.length);
  });
  return rows.length;
}

export interface RecordsWriter {
  /** Takes the next row (`rowNumber`: what a refusal calls it, e.g. its spreadsheet row); every `chunk` rows, writes them (saveRecords) and lets them go. */
  add(row: Record<string, unknown>, rowNumber?: number): void;
  /** Writes the rows still held. Returns how many rows were written in all. */
  end(): number;
}

/**
 * saveManyRecords for rows that come one at a time (an import's commit, as it reads its file):
 * the same chunks and rules, refusals numbered in the whole list, and at most one chunk held.
 * The caller holds the transaction (an open BEGIN … COMMIT): a refusal or a throw anywhere
 * before its COMMIT leaves nothing written.
 */
export function recordsWriter(ctx: ServiceContext, spec: RecordSpec, opts: Omit<SaveManyOptions, 'progress'>): RecordsWriter {
  const chunk = opts.chunk ?? SAVE_MANY_CHUNK;
  const asSaved: ServiceContext = { ...ctx, operation: opts.operation };
  let held: Record<string, unknown>[] = [];
  let numbers: (number | undefined)[] = [];
  let written = 0;
  const flush = () => {
    if (!held.length) return;
    const rows = held;
    const named = numbers;
    held = [];
    numbers = [];
    saveRecords(asSaved, spec, rows, { firstRow: written, rowNumbers: named });
    written += rows.length;
  };
  return {
    add(row, rowNumber) {
      held.push(row);
      numbers.push(rowNumber);
      if (held.length >= chunk) flush();
    },
    end() {
      flush();
      return written;
    },
  };
}
