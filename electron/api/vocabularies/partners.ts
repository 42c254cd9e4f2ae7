import { sayingLabels } from '../i18n/current';
export const ORG_KINDS = ['military', 'ngo', 'un_agency', 'local_authority', 'other'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS = sayingLabels<OrgKind>({
  military: 'vocab.orgKind.military',
  ngo: 'vocab.orgKind.ngo',
  un_agency: 'vocab.orgKind.un_agency',
  local_authority: 'vocab.orgKind.local_authority',
  other: 'vocab.orgKind.other',
});
