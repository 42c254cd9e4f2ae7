import { BASE_UNITS, ITEM_CATEGORIES, PACKING_GROUPS, SUPPLY_CLASSES } from '../../../db/schema/catalogue';
import { TLP_LABELS } from '../../../db/schema/common';
import { ORG_KINDS } from '../../../db/schema/partners';
import { SITE_KINDS } from '../../../db/schema/sites';
import type { Choice } from '../grid/columns';

/** Human labels for the stored enum values, shared by grids, forms and the audit trail. */
export const ORG_KIND_LABELS: Record<(typeof ORG_KINDS)[number], string> = {
  military: 'Military unit',
  ngo: 'NGO',
  un_agency: 'UN agency',
  local_authority: 'Local authority',
  other: 'Other',
};

export const SITE_KIND_LABELS: Record<(typeof SITE_KINDS)[number], string> = {
  warehouse: 'Warehouse',
  forward_base: 'Forward base',
  transit_hub: 'Transit hub',
  distribution_point: 'Distribution point',
};

export const CATEGORY_LABELS: Record<(typeof ITEM_CATEGORIES)[number], string> = {
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

const choices = <T extends string>(values: readonly T[], labels?: Record<T, string>): Choice[] =>
  values.map((v) => ({ value: v, label: labels?.[v] ?? v }));

export const orgKindChoices = choices(ORG_KINDS, ORG_KIND_LABELS);
export const siteKindChoices = choices(SITE_KINDS, SITE_KIND_LABELS);
export const categoryChoices = choices(ITEM_CATEGORIES, CATEGORY_LABELS);
export const baseUnitChoices = choices(BASE_UNITS);
export const supplyClassChoices = choices(SUPPLY_CLASSES);
export const packingGroupChoices = choices(PACKING_GROUPS);
export const sharingChoices = choices(TLP_LABELS);
