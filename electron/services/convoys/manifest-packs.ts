import type Database from 'better-sqlite3';
import type { PackSize } from '../../api/vocabularies';
import { all } from '../stock/sql';

/**
 * The packs of the items on a convoy's manifest (or on some of its lines), each item once: what
 * the grid's pack column offers and how it names a line's pack, without the origin's stock list.
 * Items without packs are left out.
 */
export function manifestPacks(sqlite: Database.Database, convoyId: string, lineIds?: string[]): Record<string, PackSize[]> {
  const only = lineIds ? ` AND m.id IN (${lineIds.map(() => '?').join(',')})` : '';
  const rows = all<{ itemId: string; packSizes: string }>(
    sqlite,
    `SELECT DISTINCT i.id AS itemId, i.pack_sizes AS packSizes
     FROM manifest_lines m JOIN stock_lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id
     WHERE m.convoy_id = ?${only} AND i.pack_sizes IS NOT NULL AND i.pack_sizes NOT IN ('', '[]')`,
    convoyId,
    ...(lineIds ?? []),
  );
  return Object.fromEntries(rows.map((r) => [r.itemId, JSON.parse(r.packSizes) as PackSize[]]));
}
