/** Who the demo installation belongs to: the forward base's logistics unit in the fictional mission. */
export const DEMO_OPERATOR = 'WO2 Dana Okafor';

export const DEMO_HOME_ORGANISATION = {
  name: 'Northern Sector Logistics Battalion',
  shortName: 'NSLB',
  kind: 'military' as const,
  country: 'Multinational',
};
