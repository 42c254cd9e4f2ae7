import {
  BASE_UNIT_LABELS,
  BASE_UNITS,
  ITEM_CATEGORIES,
  ORG_KINDS,
  PACKING_GROUPS,
  SITE_KINDS,
  SUPPLY_CLASSES,
  TLP_LABELS,
} from '../../../electron/api/vocabularies';
import { CATEGORY_KEYS, ORG_KIND_KEYS, SITE_KIND_KEYS, type MessageKey } from '../../../electron/api/i18n';
import type { Choice } from '../grid/columns';
import { t } from '../i18n';

/** The vocabularies (electron/api/vocabularies) as choices for grid selects. */
const choices = <T extends string>(values: readonly T[], labels?: Record<T, string>): Choice[] =>
  values.map((v) => ({ value: v, label: labels?.[v] ?? v }));

/** Choices labelled in the current language (call while rendering). */
const translated = <T extends string>(values: readonly T[], keys: Record<T, MessageKey>): Choice[] =>
  values.map((v) => ({ value: v, label: t(keys[v]) }));

export const orgKindChoices = () => translated(ORG_KINDS, ORG_KIND_KEYS);
export const siteKindChoices = () => translated(SITE_KINDS, SITE_KIND_KEYS);
export const categoryChoices = () => translated(ITEM_CATEGORIES, CATEGORY_KEYS);
/** Base units labelled in the current language (« unité », «وحدة»); the stored code stays English. */
export const baseUnitChoices = () => choices(BASE_UNITS, BASE_UNIT_LABELS);
export const supplyClassChoices = choices(SUPPLY_CLASSES);
export const packingGroupChoices = choices(PACKING_GROUPS);
/** Sharing labels as TLP 2.0 writes them ("TLP:RED"), as the record pages, the files and the history show them; a paste of the bare "RED" still matches the value. */
export const sharingChoices = (): Choice[] => TLP_LABELS.map((v) => ({ value: v, label: t('tlp.label', { label: v }) }));
