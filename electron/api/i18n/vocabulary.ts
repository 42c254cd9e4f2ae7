import type { CountReasonCode, ItemCategory, OrgKind, SiteKind } from '../vocabularies';
import type { MessageKey } from './en';

/* Each vocabulary value's catalogue key: what a grid, a select or an export shows for it. */

export const ORG_KIND_KEYS: Record<OrgKind, MessageKey> = {
  military: 'vocab.orgKind.military',
  ngo: 'vocab.orgKind.ngo',
  un_agency: 'vocab.orgKind.un_agency',
  local_authority: 'vocab.orgKind.local_authority',
  other: 'vocab.orgKind.other',
};

export const SITE_KIND_KEYS: Record<SiteKind, MessageKey> = {
  warehouse: 'vocab.siteKind.warehouse',
  forward_base: 'vocab.siteKind.forward_base',
  transit_hub: 'vocab.siteKind.transit_hub',
  distribution_point: 'vocab.siteKind.distribution_point',
};

export const CATEGORY_KEYS: Record<ItemCategory, MessageKey> = {
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
};

export const COUNT_REASON_KEYS: Record<CountReasonCode, MessageKey> = {
  count_difference: 'count.reason.count_difference',
  found: 'count.reason.found',
  counting_error: 'count.reason.counting_error',
  data_entry_error: 'count.reason.data_entry_error',
  expired_write_off: 'count.reason.expired_write_off',
  other: 'count.reason.other',
};
