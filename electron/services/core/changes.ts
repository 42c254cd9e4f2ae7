import type Database from 'better-sqlite3';
import {
  MAX_CHANGED_RECORDS,
  type Change,
  type ChangedRecord,
  type ChangedType,
  type RecordType,
  type UnloggedType,
} from '../../api/events';

/** The change log's last sequence number (0 when empty): rows after it are what comes next. */
export function lastChangeSeq(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT coalesce(max(seq), 0) AS n FROM change_log').get() as { n: number }).n;
}

/**
 * What the current call changed: read back from the change log rows its transactions wrote, plus
 * the unlogged types (ledger, audit, settings) the services mark. The dispatcher turns it into
 * one `changed` event after commit.
 */
export class ChangeSet {
  private readonly byType = new Map<ChangedType, Map<string, ChangedRecord> | 'many'>();

  get size(): number {
    return this.byType.size;
  }

  mark(type: UnloggedType): void {
    if (!this.byType.has(type)) this.byType.set(type, 'many');
  }

  /** Adds the change log rows after `afterSeq`; a type with too many rows is reported without ids. */
  readLog(sqlite: Database.Database, afterSeq: number): void {
    const rows = sqlite
      .prepare('SELECT record_type AS type, record_id AS id, version, operation AS op FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(afterSeq, MAX_CHANGED_RECORDS * 4 + 1) as (ChangedRecord & { type: RecordType })[];
    if (rows.length > MAX_CHANGED_RECORDS * 4) {
      const types = sqlite.prepare('SELECT DISTINCT record_type AS type FROM change_log WHERE seq > ?').all(afterSeq) as {
        type: RecordType;
      }[];
      for (const { type } of types) this.byType.set(type, 'many');
      return;
    }
    for (const { type, ...record } of rows) {
      let records = this.byType.get(type);
      if (records === 'many') continue;
      if (!records) this.byType.set(type, (records = new Map()));
      records.set(record.id, record); // the last change of a record in the call wins
      if (records.size > MAX_CHANGED_RECORDS) this.byType.set(type, 'many');
    }
  }

  toChanges(): Change[] {
    return [...this.byType].map(([type, records]) => (records === 'many' ? { type } : { type, records: [...records.values()] }));
  }
}
