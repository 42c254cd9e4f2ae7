export const SITE_KINDS = ['warehouse', 'forward_base', 'transit_hub', 'distribution_point'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  warehouse: 'Warehouse',
  forward_base: 'Forward base',
  transit_hub: 'Transit hub',
  distribution_point: 'Distribution point',
};
