import type Database from 'better-sqlite3';
import { say } from '../../api/i18n/current';
import { BASE_UNIT_LABELS, type BaseUnit } from '../../api/vocabularies';
import { items, type Item } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord, restoreRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';
import { writeItemSearch } from './search';

/** Whether an item has stock (a lot) or is on any document line, draft or posted. */
function itemInUse(sqlite: Database.Database, row: Record<string, unknown>): boolean {
  const q = sqlite.prepare(
    'SELECT EXISTS (SELECT 1 FROM stock_lots WHERE item_id = ?) OR EXISTS (SELECT 1 FROM stock_document_lines WHERE item_id = ?) AS used',
  );
  return Boolean((q.get(row.id, row.id) as { used: number }).used);
}

export const itemSpec: RecordSpec = {
  table: items,
  entity: 'item',
  label: 'Item',
  unique: [{ field: 'code', label: 'Code' }],
  refs: [],
  describe: (r) => String(r.code ?? r.id),
  afterWrite: writeItemSearch,
  frozenOnceUsed: [
    {
      field: 'code',
      // Documents, counts and partners' spreadsheets name the item by its code: renaming it (say by
      // a paste onto the wrong row) would make the history point at another item.
      inUse: (sqlite, row) => (itemInUse(sqlite, row) ? say('records.itemCodeFrozen', { code: String(row.code) }) : null),
    },
    {
      field: 'baseUnit',
      // Ledger entries and draft lines are whole numbers of the base unit: a new unit would silently rescale them.
      inUse: (sqlite, row) =>
        itemInUse(sqlite, row)
          ? say('records.baseUnitFrozen', {
              code: String(row.code),
              unit: BASE_UNIT_LABELS[row.baseUnit as BaseUnit] ?? String(row.baseUnit),
            })
          : null,
    },
  ],
};

export const catalogueHandlers: AreaHandlers<'items.list' | 'items.save' | 'items.remove' | 'items.restore'> = {
  'items.list': (ctx, input) => listRecords<Item>(ctx, itemSpec, input.includeArchived, 'code'),
  'items.save': (ctx, input) => saveRecords<Item>(ctx, itemSpec, input.rows),
  'items.remove': (ctx, input) => removeRecord(ctx, itemSpec, input),
  'items.restore': (ctx, input) => restoreRecord<Item>(ctx, itemSpec, input),
};
