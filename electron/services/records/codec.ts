import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * Converts rows between the shape services use (booleans, arrays) and what SQLite stores, using
 * drizzle's own column definitions. The record writer uses it to run plain prepared statements:
 * building a drizzle query per row costs ~0.1 ms, which dominated a 10,000-row paste.
 */
export interface RowCodec {
  sqlName: string;
  columns: { key: string; name: string; column: SQLiteColumn }[];
  encode(key: string, value: unknown): unknown;
  /** A new row's value of the column at `index` (in `columns`), in SQLite's form: the column default when absent. */
  encodeNew(index: number, value: unknown): unknown;
  decode(key: string, stored: unknown): unknown;
  /** The column at `index` as a drizzle SELECT would return it, from a value written with `encodeNew`: no lookup by name. */
  decodeAt(index: number, stored: unknown): unknown;
  sqlColumn(key: string): string;
  /** The SQL column name of a field, unquoted. */
  column(key: string): string;
}

const cache = new WeakMap<SQLiteTable, RowCodec>();

export function rowCodec(table: SQLiteTable): RowCodec {
  const hit = cache.get(table);
  if (hit) return hit;
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, name: column.name, column }));
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const get = (key: string) => {
    const c = byKey.get(key);
    if (!c) throw new Error(`Table ${getTableName(table)} has no column for field "${key}"`);
    return c.column;
  };
  const encodeWith = (column: SQLiteColumn, value: unknown) => (value == null ? null : column.mapToDriverValue(value));
  const decodeWith = (column: SQLiteColumn, stored: unknown) => (stored == null ? null : column.mapFromDriverValue(stored));
  const fallback = (column: SQLiteColumn): unknown => {
    // SQL-expression defaults can't be bound as values; none of our record tables use them.
    const value: unknown = column.defaultFn ? column.defaultFn() : column.default;
    return value === undefined || is(value, SQL) ? null : value;
  };
  const codec: RowCodec = {
    sqlName: getTableName(table),
    columns,
    encode: (key, value) => encodeWith(get(key), value),
    encodeNew: (index, value) => {
      const column = columns[index].column;
      return encodeWith(column, value !== undefined ? value : fallback(column));
    },
    decode: (key, stored) => decodeWith(get(key), stored),
    decodeAt: (index, stored) => decodeWith(columns[index].column, stored),
    sqlColumn: (key) => `"${get(key).name}"`,
    column: (key) => get(key).name,
  };
  cache.set(table, codec);
  return codec;
}
