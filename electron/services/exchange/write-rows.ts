import { tlpRank, type TlpLabel } from '../../api/vocabularies';
import { rowGate, type Prepared } from './plan';
import type { RowStream } from './rows';
import type { SheetWriter } from './writers/sheet';

/** What a pass over an export's rows wrote and withheld, and the strictest label it wrote (as a TLP rank). */
export interface Tally {
  written: number;
  /** Withheld for a label above the partner's highest. */
  withheldRows: number;
  /** Withheld for being sensitive in themselves (a weapons line the profile does not include). */
  sensitiveRows: number;
  worst: number;
  /** The key of every 1,000th row read, in order, when asked for (`keyColumn`): where its middle row is (split/cuts.ts). */
  keys: unknown[];
}

/** Two halves' tallies as one: the file holds both. */
export const addTallies = (a: Tally, b: Tally): Tally => ({
  written: a.written + b.written,
  withheldRows: a.withheldRows + b.withheldRows,
  sensitiveRows: a.sensitiveRows + b.sensitiveRows,
  worst: Math.max(a.worst, b.worst),
  keys: [...a.keys, ...b.keys],
});

/**
 * Writes the rows `stream` gives, the partner's profile applied (rows above its highest label or
 * sensitive in themselves withheld, fields as its rules say), each with the label it leaves under.
 * `checkCancelled` is asked every 1,000 rows read; `progress` hears the rows written every 10,000.
 */
export async function writeRows(
  p: Prepared,
  stream: RowStream,
  writer: SheetWriter,
  checkCancelled: (() => void) | undefined,
  progress: (written: number) => void,
  /** A column of the rows (read by position) whose value every 1,000th row is kept in `keys`. */
  keyColumn?: string,
): Promise<Tally> {
  const cols = p.columns;
  const n = cols.length;
  const gate = rowGate(p);
  const labelOf = p.source.label;
  const defaults = p.run.defaults;
  let written = 0;
  let withheldRows = 0;
  let sensitiveRows = 0;
  let worst = 0;
  let seen = 0;
  const keys: unknown[] = [];
  let lastLabel: TlpLabel | null = null;
  const cells = cols.map((c) => stream.cell(c));
  // One array for every row: the writers read it before row() returns.
  const values = new Array<unknown>(n);
  for (const r of stream.rows) {
    if (++seen % 1000 === 0) {
      checkCancelled?.();
      if (keyColumn) keys.push(r[keyColumn]);
    }
    const rowLabel = labelOf(r, defaults);
    const out = gate(rowLabel, r);
    if (out) {
      if (out === 'label') withheldRows++;
      else sensitiveRows++;
      continue;
    }
    // Rows mostly share a label: its rank is looked up when it changes, not per row.
    if (rowLabel !== lastLabel) {
      lastLabel = rowLabel;
      const rank = tlpRank(rowLabel);
      if (rank > worst) worst = rank;
    }
    r.effectiveSharing = rowLabel;
    for (let i = 0; i < n; i++) values[i] = cells[i](r);
    const wait = writer.row(values);
    if (wait) await wait;
    if (++written % 10_000 === 0) progress(written);
  }
  return { written, withheldRows, sensitiveRows, worst, keys };
}
