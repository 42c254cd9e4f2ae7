import { sqliteTable, text, real, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';

export const ITEM_CATEGORIES = [
  'food',
  'nfi',
  'shelter',
  'wash',
  'health',
  'education',
  'fuel',
  'construction',
  'spare_parts',
  'other',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const SUPPLY_CLASSES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;
export const BASE_UNITS = ['each', 'kg', 'litre', 'pair', 'piece', 'box', 'set', 'roll', 'metre', 'dose'] as const;
export const PACKING_GROUPS = ['I', 'II', 'III'] as const;

/** A pack size: `carton` holds `quantity` base units (carton = 20 each). */
export interface PackSize {
  name: string;
  quantity: number;
}

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
  },
  (t) => [uniqueIndex('items_code_uq').on(t.code)],
);

export type Item = typeof items.$inferSelect;
