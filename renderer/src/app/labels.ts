import {
  BASE_UNITS,
  CATEGORY_LABELS,
  ITEM_CATEGORIES,
  ORG_KIND_LABELS,
  ORG_KINDS,
  PACKING_GROUPS,
  SITE_KIND_LABELS,
  SITE_KINDS,
  SUPPLY_CLASSES,
  TLP_LABELS,
} from '../../../electron/api/vocabularies';
import type { Choice } from '../grid/columns';

/** The vocabularies (electron/api/vocabularies) as choices for grid selects. */
const choices = <T extends string>(values: readonly T[], labels?: Record<T, string>): Choice[] =>
  values.map((v) => ({ value: v, label: labels?.[v] ?? v }));

export const orgKindChoices = choices(ORG_KINDS, ORG_KIND_LABELS);
export const siteKindChoices = choices(SITE_KINDS, SITE_KIND_LABELS);
export const categoryChoices = choices(ITEM_CATEGORIES, CATEGORY_LABELS);
export const baseUnitChoices = choices(BASE_UNITS);
export const supplyClassChoices = choices(SUPPLY_CLASSES);
export const packingGroupChoices = choices(PACKING_GROUPS);
export const sharingChoices = choices(TLP_LABELS);
