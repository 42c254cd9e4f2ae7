import type Database from 'better-sqlite3';
import type { RecordType } from '../../api/events';
import type { ServiceContext } from './context';
import { newId } from './ids';

/**
 * THE write path for mutable records (every table with `recordColumns`): each insert, update and
 * delete goes through here, which stamps `version`, `updated_at` and the installation. The change
 * log rows are written by SQLite triggers on the same statements (db/change-log.ts), so they share
 * the caller's transaction; the update trigger refuses any update that does not move the
 * version on by exactly one, so a hand-written UPDATE elsewhere fails loudly instead of slipping
 * past the log's versions. test/core/write-path.test.ts refuses INSERT/UPDATE/DELETE SQL on a
 * record table anywhere else in the services.
 *
 * Values are keyed by SQL column name and already in SQLite's form (0/1, JSON text).
 */
export type Columns = Record<string, unknown>;

/** Prepared statements per connection and SQL text: the same few shapes run thousands of times. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let byText = statements.get(sqlite);
  if (!byText) statements.set(sqlite, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = sqlite.prepare(sql)));
  return s;
}

const quoted = (column: string) => `"${column}"`;

/** What an insert stamped, in the services' field names, for returning the row as stored. */
export interface InsertStamp {
  id: string;
  createdAt: string;
  createdByInstallation: string;
  updatedAt: string;
  updatedByInstallation: string;
  version: 1;
}

/** Inserts a new record at version 1, created and updated now by this installation. */
export function insertRecord(ctx: ServiceContext, type: RecordType, values: Columns, id: string = newId()): InsertStamp {
  const columns = Object.keys(values);
  const insert = recordsInserter(ctx, type, columns);
  const stamp = insert.add(
    columns.map((c) => values[c]),
    id,
  );
  insert.flush();
  return stamp;
}

/** Records per INSERT statement of `recordsInserter`. */
const ROWS_PER_INSERT = 100;

/** New records of one shape, written many to a statement (see `recordsInserter`). */
export interface RecordsInserter {
  /** Queues a new record (`values` in `columns` order, copied); written by `flush`, or sooner once enough are queued. */
  add(values: unknown[], id?: string): InsertStamp;
  /** Writes every queued record. Call it before anything reads or refers to them. */
  flush(): void;
}

/**
 * New records of one shape, ROWS_PER_INSERT to an INSERT statement (fewer left over: one by one),
 * each statement prepared once per connection (a 100,000-row import spent a good part of its time
 * building the SQL text to look one up per row). `values` are in `columns` order, in SQLite's
 * form. SQLite gives each
 * statement that may write more than one row — an insert firing a trigger does: every record table
 * logs to change_log — a statement journal, and in a long transaction it copies every page the
 * statement touches into it first. One statement per row paid that per row: 100,000 items took
 * 3.7 s to insert one by one and 1.7 s a hundred at a time (raw better-sqlite3 on the same schema).
 * A statement that fails (a constraint the checks before it missed) is undone by SQLite as a whole;
 * its rows are then written one by one, so the error thrown, and what was written before it, are
 * exactly those of writing each row on its own. (An error that ended the transaction, a full disk,
 * is thrown as it is: there is nothing left to write into.)
 */
export function recordsInserter(ctx: ServiceContext, type: RecordType, columns: string[]): RecordsInserter {
  const head = `INSERT INTO "${type}" (id, created_at, created_by_installation, updated_at, updated_by_installation, version${columns
    .map((c) => `, ${quoted(c)}`)
    .join('')}) VALUES `;
  const row = `(?, ?, ?, ?, ?, 1${', ?'.repeat(columns.length)})`;
  const width = 5 + columns.length;
  // Two statements per shape, whatever the batch sizes (each size would be a statement of its own,
  // kept for as long as the connection): a full hundred, and one row for what is left over.
  let full: Database.Statement | undefined;
  let one: Database.Statement | undefined;
  const queued: unknown[] = [];
  const write = () => {
    const rows = queued.length / width;
    try {
      if (rows === ROWS_PER_INSERT) {
        full ??= prepared(ctx.sqlite, head + Array<string>(rows).fill(row).join(', '));
        try {
          full.run(queued);
          return;
        } catch (e) {
          if (!ctx.sqlite.inTransaction) throw e;
          // Each row on its own (below): the first one SQLite refuses throws its own error.
        }
      }
      if (rows > 0) one ??= prepared(ctx.sqlite, head + row);
      for (let r = 0; r < rows; r++) one!.run(queued.slice(r * width, (r + 1) * width));
    } finally {
      queued.length = 0;
    }
  };
  return {
    add(values, id = newId()) {
      const at = ctx.now();
      queued.push(id, at, ctx.installationId, at, ctx.installationId);
      for (let i = 0; i < values.length; i++) queued.push(values[i]);
      if (queued.length === ROWS_PER_INSERT * width) write();
      return {
        id,
        createdAt: at,
        createdByInstallation: ctx.installationId,
        updatedAt: at,
        updatedByInstallation: ctx.installationId,
        version: 1,
      };
    },
    flush: write,
  };
}

/** What an update stamped. */
export interface UpdateStamp {
  version: number;
  updatedAt: string;
  updatedByInstallation: string;
}

/**
 * Updates one record: the given columns, version + 1, updated now by this installation. Returns
 * what it stamped, or null when no such record exists. The caller has checked the version its
 * editor saw.
 */
export function updateRecord(ctx: ServiceContext, type: RecordType, id: string, values: Columns): UpdateStamp | null {
  const columns = Object.keys(values);
  const sql = `UPDATE "${type}" SET ${columns
    .map((c) => `${quoted(c)} = ?, `)
    .join('')}version = version + 1, updated_at = ?, updated_by_installation = ? WHERE id = ? RETURNING version`;
  const at = ctx.now();
  const row = prepared(ctx.sqlite, sql).get(...columns.map((c) => values[c]), at, ctx.installationId, id) as
    { version: number } | undefined;
  return row ? { version: row.version, updatedAt: at, updatedByInstallation: ctx.installationId } : null;
}

/**
 * Deletes records where `column` equals `value` (a record by `id`, a draft's lines by
 * `document_id`); each leaves a tombstone in the change log. Only drafts and their lines,
 * thresholds and never-referenced records are deleted; shared referenced records are archived
 * (an update) instead. Returns how many were deleted.
 */
export function deleteRecords(ctx: ServiceContext, type: RecordType, column: 'id' | 'document_id' | 'request_id', value: string): number {
  return prepared(ctx.sqlite, `DELETE FROM "${type}" WHERE ${quoted(column)} = ?`).run(value).changes;
}
