import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * What freezes when a record is final, in a workflow definition: every column of its table except
 * the ones named here. Listing the exceptions (not the frozen columns) means a column added to the
 * schema later is frozen without anyone remembering to list it.
 */
export interface FreezeSpec<T extends SQLiteTable> {
  table: T;
  /** The trigger's name (a migration drops and recreates it when the table changes). */
  trigger: string;
  /** The stored status that makes a record final. */
  finalStatus: string;
  /** Changed by every write (version, stamps), even on a final record. */
  writable: readonly (keyof T['_']['columns'] & string)[];
  /**
   * What a person may still change on a final record because it says how the record may be
   * shared, not what happened (a posted document's sharing label: a partner may be cleared for it
   * later, or it may turn out to be more sensitive than first thought).
   */
  editable?: readonly (keyof T['_']['columns'] & string)[];
  /** Links to the record that answers this one (its reversal, its receipt): set once, never changed. */
  setOnce: readonly (keyof T['_']['columns'] & string)[];
  message: string;
}

/**
 * The CREATE TRIGGER statement that refuses any change to a final record's frozen columns, as a
 * custom migration ships it (SQLite keeps this exact text in sqlite_master, which the freeze
 * test compares). One column per line, so a regenerated trigger diffs readably.
 */
export function freezeTriggerSql<T extends SQLiteTable>(spec: FreezeSpec<T>): string {
  const table = getTableConfig(spec.table).name;
  const columns = Object.entries(getTableColumns(spec.table)) as [string, { name: string }][];
  const known = new Set(columns.map(([key]) => key));
  const open = [...spec.writable, ...(spec.editable ?? [])];
  for (const key of [...open, ...spec.setOnce]) {
    if (!known.has(key)) throw new Error(`${table} has no column ${key} (named in the ${spec.trigger} freeze definition)`);
  }
  const q = (name: string) => `\`${name}\``;
  const conditions = columns
    .filter(([key]) => !open.includes(key))
    .map(([key, col]) =>
      spec.setOnce.includes(key)
        ? `(OLD.${q(col.name)} IS NOT NULL AND NEW.${q(col.name)} IS NOT OLD.${q(col.name)})`
        : `NEW.${q(col.name)} IS NOT OLD.${q(col.name)}`,
    );
  return [
    `CREATE TRIGGER ${q(spec.trigger)} BEFORE UPDATE ON ${q(table)}`,
    `WHEN OLD.\`status\` = '${spec.finalStatus}' AND (`,
    `\t${conditions.join('\n\tOR ')}`,
    ')',
    'BEGIN',
    `\tSELECT RAISE(ABORT, '${spec.message.replace(/'/g, "''")}');`,
    'END',
  ].join('\n');
}

/** The custom migration's text: drop the old trigger, create the generated one. */
export function freezeMigrationSql<T extends SQLiteTable>(spec: FreezeSpec<T>): string {
  return [
    `-- Generated from the workflow definition and the drizzle schema (electron/services/workflow/freeze-trigger.ts);`,
    `-- test/core/freeze-trigger.test.ts fails when the schema or the definition changes without a new one.`,
    `DROP TRIGGER IF EXISTS \`${spec.trigger}\`;`,
    '--> statement-breakpoint',
    `${freezeTriggerSql(spec)};`,
    '',
  ].join('\n');
}
