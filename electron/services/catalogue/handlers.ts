import { items, type Item } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord, restoreRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';

export const itemSpec: RecordSpec = {
  table: items,
  sqlName: 'items',
  entity: 'item',
  label: 'Item',
  area: 'items',
  unique: [{ field: 'code', column: 'code', label: 'Code' }],
  refs: [],
  referrers: [],
  describe: (r) => String(r.code ?? r.id),
};

export const catalogueHandlers: AreaHandlers<'items.list' | 'items.save' | 'items.remove' | 'items.restore'> = {
  'items.list': (ctx, input) => listRecords<Item>(ctx, itemSpec, input.includeArchived, 'code'),
  'items.save': (ctx, input) => saveRecords<Item>(ctx, itemSpec, input.rows),
  'items.remove': (ctx, input) => removeRecord(ctx, itemSpec, input.id),
  'items.restore': (ctx, input) => restoreRecord<Item>(ctx, itemSpec, input.id),
};
