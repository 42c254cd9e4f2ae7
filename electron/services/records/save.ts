import { inArray } from 'drizzle-orm';
import { say } from '../../api/i18n/current';
import { fieldWord, recordNoun } from './words';
import type { FieldIssue } from '../../api/result';
import { recordAudit, type AuditChange } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { conflict, invalid } from '../core/errors';
import type { RecordType } from '../../api/events';
import { inSlices } from '../core/in-slices';
import { inTransaction } from '../core/transaction';
import { recordsInserter, updateRecord, type InsertStamp } from '../core/write';
import { rowCodec } from './codec';
import { createdAfter } from './created-audit';
import type { RecordSpec } from './spec';
import { nocaseKey, uniqueLookup } from './unique';
import { SHARED_RECORD_TYPES, type SharedRecordType } from '../../api/vocabularies';
import { labelLoweringRefusal, mayLowerLabels } from '../exchange/label-change';
import { readSharingDefaults } from '../exchange/sharing';

type Row = Record<string, unknown> & { id?: string; version?: number };

/* eslint-disable @typescript-eslint/no-explicit-any -- drizzle's generic table types can't be expressed for an arbitrary spec */

/** Columns the write path stamps on every insert. */
const STAMPED = new Set(['id', 'createdAt', 'createdByInstallation', 'updatedAt', 'updatedByInstallation', 'version']);

export interface SaveOptions {
  /** The batch is part of a longer list (saveManyRecords): row numbers in refusals count from here. */
  firstRow?: number;
  /**
   * The row number a refusal names for the batch's row at each index: an import's commit names the
   * row of its spreadsheet (rows left unchanged are not written, so places in the list drift from
   * it). Where none is given, the row's place in the whole list, firstRow + index + 1.
   */
  rowNumbers?: readonly (number | undefined)[];
}

interface Plan {
  index: number;
  fields: Record<string, unknown>;
  existing?: any;
}

/**
 * Creates or updates a batch of rows all-or-nothing. Every problem in the batch is collected
 * (with its row index and field) before anything is written, so a pasted block reports all its
 * bad cells at once. Returns the rows exactly as stored, in the order given.
 *
 * Speed matters because a pasted block can hold 20,000 rows: existing rows are read in chunks,
 * uniqueness is checked against one snapshot of the column, and rows are written with prepared
 * statements rather than a query built per row.
 */
export function saveRecords<T>(ctx: ServiceContext, spec: RecordSpec, rows: Row[], opts: SaveOptions = {}): T[] {
  const firstRow = opts.firstRow ?? 0;
  const rowNo = (index: number) => opts.rowNumbers?.[index] ?? firstRow + index + 1;
  return inTransaction(ctx, () => {
    const table = spec.table as any;
    const issues: FieldIssue[] = [];

    const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => typeof id === 'string'))];
    const existingById = new Map<string, any>(
      inSlices(ids, (slice) => ctx.db.select().from(table).where(inArray(table.id, slice)).all() as any[]).map((r) => [r.id, r]),
    );

    let stale = false;
    const plans: Plan[] = [];
    const rowOfId = new Map<string, number>();
    rows.forEach((row, index) => {
      const { id, version } = row;
      if (id && rowOfId.has(id)) {
        issues.push({
          path: ['rows', index, 'id'],
          message: say('records.sameTwice', { record: recordNoun(spec).toLowerCase(), row: rowNo(rowOfId.get(id)!) }),
        });
        return;
      }
      if (id) rowOfId.set(id, index);
      // An absent field means "leave as it is" (or the column default for a new row). Built in one
      // object (not rest, entries, filter, fromEntries): an import saves 100,000 rows.
      const fields: Record<string, unknown> = {};
      for (const k of Object.keys(row)) if (k !== 'id' && k !== 'version' && row[k] !== undefined) fields[k] = row[k];
      const existing = id ? existingById.get(id) : undefined;
      if (id && !existing) {
        issues.push({ path: ['rows', index, 'id'], message: say('records.gone', { record: recordNoun(spec), id }) });
        return;
      }
      if (existing && version !== undefined && existing.version !== version) {
        stale = true;
        issues.push({
          path: ['rows', index, 'version'],
          message: say('records.changed', { record: recordNoun(spec), name: spec.describe(existing) }),
        });
        return;
      }
      plans.push({ index, fields, existing });
    });

    checkUnique(ctx, spec, plans, issues, rowNo);
    checkRefs(ctx, spec, plans, issues);
    checkFrozen(ctx, spec, plans, issues);
    checkLabels(ctx, spec, plans, issues);

    if (issues.length > 0) {
      issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
      const first = issues[0];
      const atRow =
        typeof first.path[1] === 'number' && (rows.length > 1 || firstRow > 0)
          ? say('records.atRow', { message: first.message, row: rowNo(first.path[1]) })
          : first.message;
      for (const i of issues) if (typeof i.path[1] === 'number') i.path[1] += firstRow;
      const message = issues.length === 1 ? atRow : say('records.manyProblems', { count: issues.length, message: atRow });
      throw stale ? conflict(message, issues) : invalid(message, issues);
    }

    const saved: T[] = new Array(rows.length);
    const changes: AuditChange[] = [];
    const updates = plans.filter((p) => p.existing);
    const inserts = plans.filter((p) => !p.existing);

    parkRenamedValues(ctx, spec, updates, rows.length);
    const codec = rowCodec(spec.table);
    const type = codec.sqlName as RecordType;
    for (const p of updates) {
      const keys = Object.keys(p.fields).filter((f) => JSON.stringify(p.existing[f]) !== JSON.stringify(p.fields[f]));
      if (keys.length === 0) {
        saved[p.index] = p.existing;
        continue;
      }
      const set = Object.fromEntries(keys.map((k) => [codec.column(k), codec.encode(k, p.fields[k])]));
      const stamp = updateRecord(ctx, type, p.existing.id, set)!;
      const after = { ...p.existing, ...stamp };
      for (const k of keys) after[k] = codec.decode(k, codec.encode(k, p.fields[k]));
      changes.push({ entity: spec.entity, entityId: p.existing.id, before: p.existing, after });
      saved[p.index] = after as T;
    }

    // Every new row sets every column (its value or the column default): one statement for all.
    const insertedColumns = codec.columns.map((c, i) => ({ ...c, i })).filter((c) => !STAMPED.has(c.key));
    const insert = inserts.length
      ? recordsInserter(
          ctx,
          type,
          insertedColumns.map((c) => c.name),
        )
      : null;
    // One array of values for every insert, and the row as stored built once, in column order: the
    // stamped columns from the stamp, the others decoded back from what was written. (Encoding
    // every column, decoding it into entries and spreading it with the stamp made ~30 short-lived
    // objects a row: much of a 100,000-row import's garbage.)
    const values = new Array<unknown>(insertedColumns.length);
    const auditKeys = insertedColumns.map((c) => c.key);
    for (const p of inserts) {
      for (let j = 0; j < insertedColumns.length; j++) values[j] = codec.encodeNew(insertedColumns[j].i, p.fields[insertedColumns[j].key]);
      const stamp = insert!.add(values);
      const after: Record<string, unknown> = {};
      for (let i = 0, j = 0; i < codec.columns.length; i++) {
        const key = codec.columns[i].key;
        after[key] = STAMPED.has(key) ? stamp[key as keyof InsertStamp] : codec.decodeAt(i, values[j++]);
      }
      changes.push({ entity: spec.entity, entityId: stamp.id, before: null, after: createdAfter(after, auditKeys) });
      saved[p.index] = after as T;
    }
    insert?.flush();

    recordAudit(ctx, changes);
    spec.afterWrite?.(ctx.sqlite, saved as Record<string, unknown>[]);
    return saved;
  });
}

/**
 * Unique fields (case-insensitive): a value may appear once in the batch, and may not be held by
 * another stored row, unless that row is in the same batch and gives the value up.
 */
function checkUnique(ctx: ServiceContext, spec: RecordSpec, plans: Plan[], issues: FieldIssue[], rowNo: (index: number) => number): void {
  const codec = rowCodec(spec.table);
  const batchIds = new Set(plans.filter((p) => p.existing).map((p) => p.existing.id as string));
  for (const u of spec.unique) {
    const holderOf = uniqueLookup(ctx, codec.sqlName, codec.sqlColumn(u.field), plans.length);
    const seen = new Map<string, number>();
    for (const p of plans) {
      const given = p.fields[u.field];
      const value = given ?? p.existing?.[u.field];
      if (value == null || value === '') continue;
      const key = nocaseKey(value);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        issues.push({
          path: ['rows', p.index, u.field],
          message: say('records.valueTwice', { field: fieldWord(u.label), value: String(value), row: rowNo(earlier) }),
        });
        continue;
      }
      seen.set(key, p.index);
      // Kept as stored (absent, or the same value sent back with the row): it was unique when saved.
      if (given == null || (p.existing && nocaseKey(p.existing[u.field]) === key)) continue;
      const holder = holderOf(key);
      if (holder && holder !== p.existing?.id && !batchIds.has(holder)) {
        issues.push({
          path: ['rows', p.index, u.field],
          message: say('records.valueTaken', { field: fieldWord(u.label), value: String(value), record: recordNoun(spec).toLowerCase() }),
        });
      }
    }
  }
}

/** References must point at existing records; choosing an archived one anew is refused. */
function checkRefs(ctx: ServiceContext, spec: RecordSpec, plans: Plan[], issues: FieldIssue[]): void {
  spec.refs.forEach((r) => {
    const stmt = ctx.sqlite.prepare(`SELECT archived FROM ${r.table} WHERE id = ?`);
    const cache = new Map<string, { archived: number } | undefined>();
    for (const p of plans) {
      const value = p.fields[r.field];
      if (value == null) continue;
      const key = String(value);
      if (!cache.has(key)) cache.set(key, stmt.get(key) as { archived: number } | undefined);
      const target = cache.get(key);
      if (!target) issues.push({ path: ['rows', p.index, r.field], message: say('records.refMissing', { field: fieldWord(r.label) }) });
      else if (target.archived && (!p.existing || p.existing[r.field] !== value)) {
        issues.push({ path: ['rows', p.index, r.field], message: say('records.refArchived', { field: fieldWord(r.label) }) });
      }
    }
  });
}

/** A field others depend on keeps its stored value (see RecordSpec.frozenOnceUsed). */
function checkFrozen(ctx: ServiceContext, spec: RecordSpec, plans: Plan[], issues: FieldIssue[]): void {
  for (const f of spec.frozenOnceUsed ?? []) {
    for (const p of plans) {
      const given = p.fields[f.field];
      if (!p.existing || given === undefined || given === p.existing[f.field]) continue;
      const why = f.inUse(ctx.sqlite, p.existing);
      if (why) issues.push({ path: ['rows', p.index, f.field], message: why });
    }
  }
}

/** A label lowered by a caller who may not (exchange/label-change.ts), on the row's `sharing` cell. */
function checkLabels(ctx: ServiceContext, spec: RecordSpec, plans: Plan[], issues: FieldIssue[]): void {
  const type = (SHARED_RECORD_TYPES as readonly string[]).includes(spec.entity) ? (spec.entity as SharedRecordType) : null;
  if (!type || mayLowerLabels(ctx) || !plans.some((p) => p.fields.sharing !== undefined)) return;
  const defaults = readSharingDefaults(ctx.sqlite);
  for (const p of plans) {
    const given = p.fields.sharing;
    if (given === undefined || (p.existing && given === p.existing.sharing)) continue;
    const why = labelLoweringRefusal(type, p.existing ? p.existing.sharing : undefined, given, defaults);
    if (why) issues.push({ path: ['rows', p.index, 'sharing'], message: why });
  }
}

/**
 * Renames inside one batch (A→B while another row takes A, or two rows swapping codes) would trip
 * the unique index half-way through the writes. The renamed rows first get a placeholder value
 * unique to them; their real update follows in the same transaction, so no one ever sees it.
 */
function parkRenamedValues(ctx: ServiceContext, spec: RecordSpec, updates: Plan[], batchSize: number): void {
  const parked = new Set<string>();
  if (batchSize < 2) return;
  const codec = rowCodec(spec.table);
  for (const u of spec.unique) {
    for (const p of updates) {
      const given = p.fields[u.field];
      if (given == null || given === p.existing[u.field] || parked.has(p.existing.id)) continue;
      // Parked rows hold placeholders in every unique column they change, in one write each. Not
      // NUL-led: NOCASE compares C strings, so every "\0…" placeholder would be the same value.
      const placeholders = Object.fromEntries(
        spec.unique
          .filter((v) => p.fields[v.field] != null && p.fields[v.field] !== p.existing[v.field])
          .map((v) => [codec.column(v.field), `\u0001renaming:${p.existing.id as string}`]),
      );
      updateRecord(ctx, codec.sqlName as RecordType, p.existing.id, placeholders);
      parked.add(p.existing.id);
    }
  }
}
