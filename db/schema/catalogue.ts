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
