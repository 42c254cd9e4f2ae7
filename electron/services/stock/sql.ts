import type Database from 'better-sqlite3';

/**
 * Prepared statements cached per connection: stock operations run the same few statements many
 * times (a 500-line receipt, a count sheet being typed in), and preparing is the costly part.
 */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  let byText = cache.get(sqlite);
  if (!byText) {
    byText = new Map();
    cache.set(sqlite, byText);
  }
  let s = byText.get(sql);
  if (!s) {
    s = sqlite.prepare(sql);
    byText.set(sql, s);
  }
  return s;
}

export function one<T>(sqlite: Database.Database, sql: string, ...params: unknown[]): T | undefined {
  return stmt(sqlite, sql).get(...params) as T | undefined;
}

export function all<T>(sqlite: Database.Database, sql: string, ...params: unknown[]): T[] {
  return stmt(sqlite, sql).all(...params) as T[];
}

export function run(sqlite: Database.Database, sql: string, ...params: unknown[]): Database.RunResult {
  return stmt(sqlite, sql).run(...params);
}
