import type Database from 'better-sqlite3';
import { stmt } from '../stock/sql';

/** Rows per INSERT statement of `batchInsert`. */
export const ROWS_PER_INSERT = 100;

/** Rows of one shape, written many to a statement (see `batchInsert`). */
export interface BatchInsert {
  /** Queues a row (`values` in the statement's column order, copied); written by `flush`, or sooner once enough are queued. */
  add(values: readonly unknown[]): void;
  /** Writes every queued row. Call it before anything reads or refers to them. */
  flush(): void;
}

export interface BatchShape {
  /** Up to VALUES: `INSERT INTO t (a, b) VALUES `. */
  head: string;
  /** One row's placeholders, `(?, ?)`; it may hold constants (`(?, 1, ?)`). */
  row: string;
  /** How many values a row binds (the placeholders in `row`). */
  width: number;
  /** What follows the rows: an ON CONFLICT clause, or nothing. */
  tail?: string;
}

/**
 * Rows of one shape, ROWS_PER_INSERT to an INSERT statement (fewer left over: one by one), each
 * statement prepared once per connection (stock/sql.ts' cache). SQLite gives each statement that
 * may write more than one row — an insert firing a trigger does (every record table logs to
 * change_log), and so does an upsert — a statement journal, and in a long transaction it copies
 * every page the statement touches into it first. One statement per row paid that per row: 100,000 items took 3.7 s to
 * insert one by one and 1.7 s a hundred at a time (raw better-sqlite3 on the same schema), and the
 * statement call itself was a good part of a 100,000-row import's audit and search writes.
 *
 * Two statements per shape, whatever the batch sizes (each size would be a statement of its own,
 * kept for as long as the connection lives): a full hundred, and one row for what is left over.
 *
 * A statement that fails (a constraint the checks before it missed) is undone by SQLite as a whole;
 * its rows are then written one by one, so the error thrown, and what was written before it, are
 * exactly those of writing each row on its own. (An error that ended the transaction, a full disk,
 * is thrown as it is: there is nothing left to write into.)
 */
export function batchInsert(sqlite: Database.Database, shape: BatchShape): BatchInsert {
  const { head, row, width } = shape;
  const tail = shape.tail ? ` ${shape.tail}` : '';
  let full: Database.Statement | undefined;
  let one: Database.Statement | undefined;
  const queued: unknown[] = [];
  const write = () => {
    const rows = queued.length / width;
    try {
      if (rows === ROWS_PER_INSERT) {
        full ??= stmt(sqlite, head + Array<string>(rows).fill(row).join(', ') + tail);
        try {
          full.run(queued);
          return;
        } catch (e) {
          if (!sqlite.inTransaction) throw e;
          // Each row on its own (below): the first one SQLite refuses throws its own error.
        }
      }
      if (rows > 0) one ??= stmt(sqlite, head + row + tail);
      for (let r = 0; r < rows; r++) one!.run(queued.slice(r * width, (r + 1) * width));
    } finally {
      queued.length = 0;
    }
  };
  return {
    add(values) {
      if (values.length !== width) throw new Error(`batchInsert: a row of ${values.length} values where the statement binds ${width}`);
      for (let i = 0; i < width; i++) queued.push(values[i]);
      if (queued.length === ROWS_PER_INSERT * width) write();
    },
    flush: write,
  };
}
