/*
 * The stock core's refusals about references, lines and count sheets, in English. Spread into
 * en.ts; fr and ar have the same keys.
 */
export const stockCoreEn = {
  'stockCore.siteMissing': 'Site does not exist; choose one from the list',
  'stockCore.siteArchived': 'Site {site} is archived; restore it first',
  'stockCore.otherSiteArchived': 'Site {site} is archived; restore it first or choose another',
  'stockCore.otherSiteMissing': 'Other site does not exist; choose one from the list',
  'stockCore.sameSite': 'The other site must differ from this document’s site',
  'stockCore.orgMissing': '{field} does not exist; choose an organisation from the list',
  'stockCore.ownerRequired': 'Owner is required: say which organisation the stock belongs to',
  'stockCore.itemMissing': 'Item does not exist; choose one from the catalogue',
  'stockCore.needsLot': '{item} is tracked by lot: give the lot/batch number',
  'stockCore.needsExpiryDate': '{item} is tracked by expiry: give the expiry date',
  'stockCore.notOnTransfer': 'This line is not on transfer {number}',
  'stockCore.transferLineTwice': 'This transfer line is given twice',
  'stockCore.sayWhatArrived': 'Say what arrived of transfer line {line} ({lot}); give 0 if nothing did',
  'stockCore.lineTwice': 'This line appears twice in what you are saving (also line {line})',
  'stockCore.lineGone': 'This line is no longer on the document; reload it',
  'stockCore.lineStale': 'Line {line} was changed by someone else since you loaded it; reload and edit again',
  'stockCore.countLineStale': 'Count line {line} was changed by someone else since you loaded it; reload and edit again',
  'stockCore.notOnSheet': 'This line is not on the count sheet; reload it',
  'stockCore.lineGivenTwice': 'This line is given twice',
  'stockCore.otherCategory': 'This sheet counts {sheet} only; {lot} is {category}',
  'stockCore.otherCategoryShort': 'Other category',
  'stockCore.alreadyOnSheet': '{lot} ({condition}) is already line {line} of this sheet; type the count there',
  'stockCore.notCounted':
    '{count, plural, one {# line is} other {# lines are}} not counted yet (first: line {first}); type their counted quantity (0 if none was found)',
  'stockCore.notCountedShort': 'Not counted yet',
  'stockCore.pairTwice': 'This item and site appear twice (also row {row})',
  'stockCore.stockMoved':
    'Stock moved since this sheet was made ({count, plural, one {# line} other {# lines}}; first: line {line}, {lot} expected {expected, number}, now {now, number}); start a new count',
  'stockCore.nowShort': 'Now {now, number}',
  'stockCore.thresholdSetElsewhere':
    'A threshold for {item} at {site} was set by someone else since you loaded the list; reload and edit again',
  'stockCore.thresholdSetElsewhereShort': 'Set by someone else: reload and edit again',
  'stockCore.lineNamed': 'Line {line}',
  'stockCore.thresholdOf': 'The threshold for {item}',
  'stockCore.thisDocument': 'This document',
  'stockCore.thisCountSheet': 'This count sheet',
  'stockCore.countLineNamed': 'Count line {line}',
  'stockCore.transferNamed': 'Transfer {number}',
  'stockCore.documentNamed': 'Document {number}',
  'stockCore.thresholdAt': 'The threshold for {item} at {site}',
  'stockCore.noun.countLine': 'Count line',
  'stockCore.noun.lot': 'Lot',
  'stockCore.noun.item': 'Item',
  'stockCore.noun.threshold': 'Threshold',
  'stockCore.noun.document': 'Stock document',
  'stockCore.dateRules': 'The date rules',
} as const;

export type StockCoreKey = keyof typeof stockCoreEn;
