import { sql } from 'drizzle-orm';
import { sqliteTable, text, real, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';
import { ITEM_CATEGORIES, PACKING_GROUPS, SUPPLY_CLASSES, TLP_LABELS, type PackSize } from '../../electron/api/vocabularies';

export const items = sqliteTable(
  'items',
  {
    ...recordColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: ITEM_CATEGORIES }).notNull(),
    supplyClass: text('supply_class', { enum: SUPPLY_CLASSES }),
    baseUnit: text('base_unit').notNull(),
    packSizes: text('pack_sizes', { mode: 'json' }).$type<PackSize[]>().notNull().default([]),
    unitWeightKg: real('unit_weight_kg'),
    unitVolumeM3: real('unit_volume_m3'),
    needsLotExpiry: integer('needs_lot_expiry', { mode: 'boolean' }).notNull().default(false),
    coldMinC: real('cold_min_c'),
    coldMaxC: real('cold_max_c'),
    freezeSensitive: integer('freeze_sensitive', { mode: 'boolean' }).notNull().default(false),
    unNumber: text('un_number'),
    dgClass: text('dg_class'),
    packingGroup: text('packing_group', { enum: PACKING_GROUPS }),
    nsn: text('nsn'),
    unicefCode: text('unicef_code'),
    gtin: text('gtin'),
    /** TLP label; null = the type's default (setting sharing.default.item). */
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [uniqueIndex('items_code_uq').on(sql`${t.code} COLLATE NOCASE`)],
);

export type Item = typeof items.$inferSelect;

/**
 * Each item's code and name folded for search (electron/api/search-text.ts: any case, no
 * accents), kept by the write path and put right when the core opens the file. Derived data, not
 * a record: no version, no change log, and no foreign key (which would stop an item being deleted).
 */
export const itemSearch = sqliteTable('item_search', {
  itemId: text('item_id').primaryKey(),
  folded: text('folded').notNull(),
  /** The code and name it was folded from, to find stale rows. */
  source: text('source').notNull(),
});
