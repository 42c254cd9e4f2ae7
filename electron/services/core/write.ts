import type { RecordType } from '../../api/events';
import type { ServiceContext } from './context';
import { stmt } from '../stock/sql';
import { batchInsert } from './batch-insert';
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

/** New records of one shape, written many to a statement (see `recordsInserter`). */
export interface RecordsInserter {
  /** Queues a new record (`values` in `columns` order, copied); written by `flush`, or sooner once enough are queued. */
  add(values: unknown[], id?: string): InsertStamp;
  /** Writes every queued record. Call it before anything reads or refers to them. */
  flush(): void;
}

/**
 * New records of one shape, stamped here and written a hundred to an INSERT statement
 * (core/batch-insert.ts: why, and how a refused row is found). `values` are in `columns` order,
 * in SQLite's form.
 */
export function recordsInserter(ctx: ServiceContext, type: RecordType, columns: string[]): RecordsInserter {
  const batch = batchInsert(ctx.sqlite, {
    head: `INSERT INTO "${type}" (id, created_at, created_by_installation, updated_at, updated_by_installation, version${columns
      .map((c) => `, ${quoted(c)}`)
      .join('')}) VALUES `,
    row: `(?, ?, ?, ?, ?, 1${', ?'.repeat(columns.length)})`,
    width: 5 + columns.length,
  });
  return {
    add(values, id = newId()) {
      const at = ctx.now();
      const row: unknown[] = [id, at, ctx.installationId, at, ctx.installationId];
      for (let i = 0; i < values.length; i++) row.push(values[i]);
      batch.add(row);
      return {
        id,
        createdAt: at,
        createdByInstallation: ctx.installationId,
        updatedAt: at,
        updatedByInstallation: ctx.installationId,
        version: 1,
      };
    },
    flush: () => batch.flush(),
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
  const row = stmt(ctx.sqlite, sql).get(...columns.map((c) => values[c]), at, ctx.installationId, id) as { version: number } | undefined;
  return row ? { version: row.version, updatedAt: at, updatedByInstallation: ctx.installationId } : null;
}

/**
 * Deletes records where `column` equals `value` (a record by `id`, a draft's lines by
 * `document_id`); each leaves a tombstone in the change log. Only drafts and their lines,
 * thresholds and never-referenced records are deleted; shared referenced records are archived
 * (an update) instead. Returns how many were deleted.
 */
export function deleteRecords(ctx: ServiceContext, type: RecordType, column: 'id' | 'document_id' | 'request_id', value: string): number {
  return stmt(ctx.sqlite, `DELETE FROM "${type}" WHERE ${quoted(column)} = ?`).run(value).changes;
}
