/*
 * What a record is still used by, when Remove archives it instead ("used by 3 contacts, 1 site"):
 * one plural message per table that can refer to a record. Spread into en.ts; fr and ar have the same keys.
 */
export const usesEn = {
  'uses.organisations': '{count, plural, one {# organisation} other {# organisations}}',
  'uses.contacts': '{count, plural, one {# contact} other {# contacts}}',
  'uses.agreements': '{count, plural, one {# agreement} other {# agreements}}',
  'uses.sites': '{count, plural, one {# site} other {# sites}}',
  'uses.items': '{count, plural, one {# item} other {# items}}',
  'uses.vehicles': '{count, plural, one {# vehicle} other {# vehicles}}',
  'uses.operators': '{count, plural, one {# operator} other {# operators}}',
  'uses.exportProfiles': '{count, plural, one {# export profile} other {# export profiles}}',
  'uses.stockLots': '{count, plural, one {# stock lot} other {# stock lots}}',
  'uses.stockDocuments': '{count, plural, one {# stock document} other {# stock documents}}',
  'uses.stockDocumentLines': '{count, plural, one {# document line} other {# document lines}}',
  'uses.stockLedger': '{count, plural, one {# ledger entry} other {# ledger entries}}',
  'uses.stockBalances': '{count, plural, one {# stock balance} other {# stock balances}}',
  'uses.stockSiteCategoryTotals': '{count, plural, one {# stock total} other {# stock totals}}',
  'uses.stockThresholds': '{count, plural, one {# stock threshold} other {# stock thresholds}}',
  'uses.stockCountLines': '{count, plural, one {# count line} other {# count lines}}',
  'uses.documentCounters': '{count, plural, one {# document counter} other {# document counters}}',
  'uses.requests': '{count, plural, one {# request} other {# requests}}',
  'uses.requestLines': '{count, plural, one {# request line} other {# request lines}}',
  'uses.requestAttachments': '{count, plural, one {# request attachment} other {# request attachments}}',
  'uses.requestEvents': '{count, plural, one {# request timeline entry} other {# request timeline entries}}',
  'uses.requestFulfilments': '{count, plural, one {# delivery} other {# deliveries}}',
  'uses.requestConvoyLinks': '{count, plural, one {# convoy link} other {# convoy links}}',
  'uses.convoys': '{count, plural, one {# convoy} other {# convoys}}',
  'uses.convoyStops': '{count, plural, one {# convoy stop} other {# convoy stops}}',
  'uses.convoyVehicles': '{count, plural, one {# convoy vehicle} other {# convoy vehicles}}',
  'uses.convoyEvents': '{count, plural, one {# convoy timeline entry} other {# convoy timeline entries}}',
  'uses.manifestLines': '{count, plural, one {# manifest line} other {# manifest lines}}',
  'uses.waybills': '{count, plural, one {# waybill} other {# waybills}}',
  'uses.other': '{count, plural, one {# other record} other {# other records}}',
  'uses.atLeast': 'at least {what}',
  'uses.usedBy': 'used by {uses}',
} as const;

export type UsesKey = keyof typeof usesEn;
