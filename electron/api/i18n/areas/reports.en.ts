/*
 * Standard reports and the grid exports added with them (issue 12): the Reports section of the
 * Sharing page, the new sources' titles and the column headers the grids do not already name.
 * Spread into en.ts; fr and ar have the same keys. HXL hashtags are never translated.
 */
export const reportsEn = {
  'reportTitle.expiryAlerts': 'Expiring stock',
  'reportTitle.lowStock': 'Low stock',
  'reportTitle.counts': 'Stock counts',
  'reportTitle.countSheet': 'Count sheet',
  'reportTitle.incoming': 'Incoming transfers',
  'reportTitle.thresholds': 'Low-stock thresholds',
  'reportTitle.vehicles': 'Vehicles',
  'reportCol.expectedArrival': 'Expected arrival',
  'reportCol.weightKg': 'Weight (kg)',
  'reportCol.daysToExpiry': 'Days to expiry',
  'reportCol.line': 'Line',
  'reportCol.activity': 'Activity',
  'report.activity.stock': 'Holds stock',
  'report.activity.operates': 'Operates the site',
  'report.sector.logistics': 'Logistics',
  'reports.title': 'Standard reports',
  'reports.lead':
    'Each report is written by the core as XLSX or CSV, with the sharing label, an optional HXL row and, for a partner, its export profile. Choose the parameters, then Export….',
  'reports.col.report': 'Report',
  'reports.col.holds': 'What it holds',
  'reports.col.parameters': 'Parameters',
  'reports.holds.onHand': 'Stock on hand by site, item, lot, expiry, owner and condition, with minimums and low-stock flags.',
  'reports.holds.stockCard': 'Every movement of one item at one site, with the running balance, over a period.',
  'reports.holds.documents': 'Receipts, issues, transfers, adjustments and counts: number, status, date, parties, lines and totals.',
  'reports.holds.threeW': 'Who does what where: each organisation, its activity and sector, and the sites and admin areas where it works.',
  'reports.holds.expiry': 'Good stock expiring within 3 or 9 months (expired included), soonest first.',
  'reports.holds.lowStock': 'Items whose good stock at a site is below the minimum set for it.',
  'reports.holds.items': 'The item catalogue: codes, names, categories, units, packs, dangerous goods and cold chain.',
  'reports.holds.sites': 'Warehouses and other sites: codes, names, operators, admin areas and coordinates.',
  'reports.holds.organisations': 'Partner organisations: names, kinds and countries.',
  'reports.holds.audit': 'Every change: when, by whom, what record, before and after (up to 5,000 entries).',
  'reports.noParameters': 'None: everything.',
  'reports.kind': 'Kind',
  'reports.anyKind': 'Any kind',
  'reports.anyOwner': 'Any owner',
  'reports.condition': 'Condition',
  'reports.anyCondition': 'Any condition',
  'reports.within': 'Expiring',
  'reports.from': 'From',
  'reports.to': 'To',
  'reports.chooseSiteAndItem': 'Choose a site and an item first.',
} as const;

export type ReportsKey = keyof typeof reportsEn;
