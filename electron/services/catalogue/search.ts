import type Database from 'better-sqlite3';
import { foldSearchText } from '../../api/search-text';
import { batchInsert } from '../core/batch-insert';

const sourceOf = (code: unknown, name: unknown) => `${String(code)}\n${String(name)}`;

/** An item's search row, written a hundred to a statement (core/batch-insert.ts); an unchanged source is left as it is. */
const SHAPE = {
  head: 'INSERT INTO item_search (item_id, folded, source) VALUES ',
  row: '(?, ?, ?)',
  width: 3,
  tail: 'ON CONFLICT (item_id) DO UPDATE SET folded = excluded.folded, source = excluded.source WHERE source IS NOT excluded.source',
};

/** Stores the folded search text of saved items (their code or name may have changed). */
export function writeItemSearch(sqlite: Database.Database, rows: Record<string, unknown>[]): void {
  const insert = batchInsert(sqlite, SHAPE);
  for (const r of rows) insert.add([r.id, foldSearchText(`${String(r.code)} ${String(r.name)}`), sourceOf(r.code, r.name)]);
  insert.flush();
}

/**
 * Puts the search text right for items written without it (a file from before item_search, or
 * written by another tool): missing or stale rows are written, rows of deleted items removed.
 * One pass over the items; nothing to do on a file that is in step. Returns how many it wrote.
 */
export function repairItemSearch(sqlite: Database.Database): number {
  const stale = sqlite
    .prepare(
      `SELECT i.id, i.code, i.name FROM items i LEFT JOIN item_search s ON s.item_id = i.id
       WHERE s.item_id IS NULL OR s.source IS NOT (i.code || char(10) || i.name)`,
    )
    .all() as { id: string; code: string; name: string }[];
  const orphans = sqlite.prepare('DELETE FROM item_search WHERE item_id NOT IN (SELECT id FROM items)');
  sqlite.transaction(() => {
    writeItemSearch(sqlite, stale);
    orphans.run();
  })();
  return stale.length;
}

/**
 * SQL that is true when an item (its id as `idSql`) matches the search word bound as `@param`
 * (a folded LIKE pattern): one scan of the folded texts, then an index lookup per row.
 */
export const itemMatches = (idSql: string, param: string) =>
  `${idSql} IN (SELECT item_id FROM item_search WHERE folded LIKE @${param} ESCAPE '\\')`;
