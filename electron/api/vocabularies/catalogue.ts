import { sayingLabels } from '../i18n/current';
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

export const CATEGORY_LABELS = sayingLabels<ItemCategory>({
  food: 'vocab.category.food',
  nfi: 'vocab.category.nfi',
  shelter: 'vocab.category.shelter',
  wash: 'vocab.category.wash',
  health: 'vocab.category.health',
  education: 'vocab.category.education',
  fuel: 'vocab.category.fuel',
  construction: 'vocab.category.construction',
  spare_parts: 'vocab.category.spare_parts',
  other: 'vocab.category.other',
});

/** NATO supply classes I–X (their numerals are their labels). */
export const SUPPLY_CLASSES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;
/** Base units: quantities are whole numbers of these (their names are their labels). */
export const BASE_UNITS = ['each', 'kg', 'litre', 'pair', 'piece', 'box', 'set', 'roll', 'metre', 'dose'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];
/** A base unit as the reader says it (« unité », «وحدة»); the stored code stays English. */
export const BASE_UNIT_LABELS = sayingLabels<BaseUnit>({
  each: 'vocab.baseUnit.each',
  kg: 'vocab.baseUnit.kg',
  litre: 'vocab.baseUnit.litre',
  pair: 'vocab.baseUnit.pair',
  piece: 'vocab.baseUnit.piece',
  box: 'vocab.baseUnit.box',
  set: 'vocab.baseUnit.set',
  roll: 'vocab.baseUnit.roll',
  metre: 'vocab.baseUnit.metre',
  dose: 'vocab.baseUnit.dose',
});
/** UN dangerous-goods packing groups. */
export const PACKING_GROUPS = ['I', 'II', 'III'] as const;

/** A pack size: `carton` holds `quantity` base units (carton = 20 each). */
export interface PackSize {
  name: string;
  quantity: number;
}
