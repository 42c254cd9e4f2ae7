export const ORG_KINDS = ['military', 'ngo', 'un_agency', 'local_authority', 'other'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  military: 'Military unit',
  ngo: 'NGO',
  un_agency: 'UN agency',
  local_authority: 'Local authority',
  other: 'Other',
};
