/** Who the demo installation belongs to: the forward base's logistics unit in the fictional mission. */
export const DEMO_OPERATOR = 'WO2 Dana Okafor';

export const DEMO_HOME_ORGANISATION = {
  name: 'Northern Sector Logistics Battalion',
  shortName: 'NSLB',
  kind: 'military' as const,
  country: 'Multinational',
};

/** The demo administrator's PIN (README: Operators and roles); the other demo operators are in DEMO_OPERATORS. */
export const DEMO_ADMIN_PIN = '1111';

/** One operator per role besides the administrator, with the PINs the README lists. */
export const DEMO_OPERATORS = [
  { name: 'Capt. Leila Haddad', role: 'approver', pin: '2222' },
  { name: 'Cpl. Jonas Berg', role: 'storekeeper', pin: '3333' },
  { name: 'Amina Yusuf', role: 'viewer', pin: '4444' },
] as const;
