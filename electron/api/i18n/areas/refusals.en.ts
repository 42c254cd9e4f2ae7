/*
 * Record-level refusals of partners, sites and the catalogue (duplicates, references, fields
 * that may no longer change), the item schema's own refusals, and the integrity report's
 * difference descriptions, and the base units' labels, in English. Spread into en.ts; fr and ar have the same keys.
 */
export const refusalsEn = {
  'records.sameTwice': 'The same {record} appears twice in what you are saving (also row {row})',
  'records.gone': '{record} {id} no longer exists; reload the list',
  'records.changed': '{record} {name} was changed by someone else since you loaded it; reload and edit again',
  'records.valueTwice': '{field} "{value}" appears twice in what you are saving (also row {row})',
  'records.valueTaken': '{field} "{value}" is already used by another {record}',
  'records.refMissing': '{field} does not exist; choose one from the list',
  'records.refArchived': '{field} is archived; restore it first or choose another',
  'records.atRow': '{message} (row {row})',
  'records.manyProblems': '{count, plural, one {# problem} other {# problems}}; nothing was saved. First: {message}',
  'records.siteCodeFrozen':
    "Code cannot change: this site's document numbers carry it (e.g. {number}) and numbers are never reused; change the name instead",
  'records.itemCodeFrozen':
    'Code cannot change: {code} already has stock or documents that name it; change the name instead, or add a new item',
  'records.baseUnitFrozen':
    'Base unit cannot change: {code} already has stock movements counted in {unit}; add a new item for the new unit',
  'catalogue.packFormat': 'Write pack sizes as name=quantity; e.g. carton=20; pallet=800',
  'catalogue.packWhole': 'Pack quantity must be a whole number',
  'catalogue.packMin': 'A pack holds at least 2 base units',
  'catalogue.packMax': 'A pack holds at most {max, number} base units',
  'catalogue.packCount': 'At most 6 pack sizes',
  'catalogue.packNameOnce': 'Each pack size name may appear once',
  'catalogue.codeRequired': 'Code is required',
  'catalogue.codeFormat': 'Code must be 2–30 letters, digits, dots or dashes',
  'catalogue.categoryOneOf': 'Category must be one of: {list}',
  'catalogue.supplyClass': 'Supply class must be a roman numeral I–X',
  'catalogue.baseUnitOneOf': 'Base unit must be one of: {list}',
  'catalogue.dgClass': 'DG class must be 1–9 with an optional division, e.g. 3 or 2.1',
  'catalogue.packingGroup': 'Packing group must be I, II or III',
  'catalogue.coldOrder': 'Cold chain max must be at least the min',
  'catalogue.dgNeedsClass': 'Dangerous goods need a DG class (e.g. 3)',
  'catalogue.needsUnNumber': 'Give the UN number for dangerous goods',
  'catalogue.foodTracked': 'Food and health items must be tracked by lot & expiry',
  'integrity.diff.where': '{site} · {item} lot {lot} (owner {owner}) {condition}',
  'integrity.diff.noLot': '(none)',
  'integrity.diff.whereUnknown': 'site {site} lot {lot} {condition}',
  'integrity.diff.balance': '{where}: stored balance {balance, number}, ledger sum {ledger, number}',
  'integrity.diff.noBalance': '{where}: stored balance missing, ledger sum {ledger, number}',
  'integrity.diff.otherItem': '{where}: the balance row names another item than its lot',
  'integrity.diff.totals': "site {site} · {category}: the dashboard's stock totals ({kept} lines) differ from the balances ({fresh} lines)",
  'integrity.quantity':
    '{what} ({table} row {row}): {column} {value} is {problem, select, range {out of range} other {not a whole number}}; stored quantities are whole base units from {min, number} to {max, number}',
  'integrity.what.ledger': 'ledger entry',
  'integrity.what.balance': 'balance',
  'integrity.what.documentLine': 'document line',
  'integrity.what.countLine': 'count line',
  'integrity.what.threshold': 'low-stock threshold',
  'vocab.baseUnit.each': 'each',
  'vocab.baseUnit.kg': 'kg',
  'vocab.baseUnit.litre': 'litre',
  'vocab.baseUnit.pair': 'pair',
  'vocab.baseUnit.piece': 'piece',
  'vocab.baseUnit.box': 'box',
  'vocab.baseUnit.set': 'set',
  'vocab.baseUnit.roll': 'roll',
  'vocab.baseUnit.metre': 'metre',
  'vocab.baseUnit.dose': 'dose',
} as const;

export type RefusalsKey = keyof typeof refusalsEn;
