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

export const CATEGORY_LABELS: Record<ItemCategory, string> = {
  food: 'Food',
  nfi: 'NFI (non-food items)',
  shelter: 'Shelter',
  wash: 'WASH',
  health: 'Health',
  education: 'Education',
  fuel: 'Fuel',
  construction: 'Construction',
  spare_parts: 'Spare parts',
  other: 'Other',
};

/** NATO supply classes I–X (their numerals are their labels). */
export const SUPPLY_CLASSES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;
/** Base units: quantities are whole numbers of these (their names are their labels). */
export const BASE_UNITS = ['each', 'kg', 'litre', 'pair', 'piece', 'box', 'set', 'roll', 'metre', 'dose'] as const;
/** UN dangerous-goods packing groups. */
export const PACKING_GROUPS = ['I', 'II', 'III'] as const;

/** A pack size: `carton` holds `quantity` base units (carton = 20 each). */
export interface PackSize {
  name: string;
  quantity: number;
}
