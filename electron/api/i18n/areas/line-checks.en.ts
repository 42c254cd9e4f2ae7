/*
 * A stock document line's own refusals (lot, item, owner, condition, packs, quantity) and the
 * backdating checks of the stock card, in English. Spread into en.ts; fr and ar have the same keys.
 */
export const lineChecksEn = {
  'lineCheck.lotMissing': 'This lot does not exist; choose one from the list',
  'lineCheck.lotOtherItem': "The lot is of another item than the line's ({item})",
  'lineCheck.lotOtherOwner': '{lot} belongs to {owner}, not {given}; choose a lot of that owner',
  'lineCheck.theOwnerGiven': 'the owner given',
  'lineCheck.chooseLot': 'Choose the lot to take the stock from',
  'lineCheck.itemRequired': 'Item is required',
  'lineCheck.ownerRequired': 'Owner is required: say which organisation the stock belongs to',
  'lineCheck.itemMissing': 'Item does not exist; choose one from the catalogue',
  'lineCheck.itemArchived': 'Item {item} is archived; restore it first',
  'lineCheck.needsLot': '{item} is tracked by lot: give the lot/batch number',
  'lineCheck.needsExpiry': '{item} is tracked by expiry: give the expiry date (YYYY-MM-DD)',
  'lineCheck.ownerMissing': 'Owner does not exist; choose an organisation from the list',
  'lineCheck.donorMissing': 'Donor does not exist; choose an organisation from the list',
  'lineCheck.onlyGood': "Only good stock can be {kind, select, issue {issued} other {dispatched}}; change the stock's condition first",
  'lineCheck.alreadyDamaged': 'This stock is already damaged; write it off with a loss instead',
  'lineCheck.toCondition': 'Say which condition the stock moves to',
  'lineCheck.sameCondition': 'The stock is already {condition}; choose another condition',
  'lineCheck.direction': 'Say whether the adjustment increases or decreases the stock',
  'lineCheck.whichPack': 'Say which pack the pack count is in (e.g. carton)',
  'lineCheck.howManyPacks': 'Say how many {pack}s',
  'lineCheck.noSuchPack': '{item} has no pack "{pack}"; its packs are {known}',
  'lineCheck.noPacks': '{item} has no pack sizes; give the quantity in {unit}',
  'lineCheck.packsTooMany':
    'Pack count: {count, number} {pack} of {size, number} make {total, number} {unit}, more than one line may hold ({max, number})',
  'lineCheck.packsDisagree':
    '{count, number} {pack} of {size, number} make {total, number} {unit}, not {quantity, number}; give one or the other',
  'lineCheck.quantityRequired': 'Quantity is required',
  'lineCheck.beforeArrival': 'Dated {day}, before {lot} was received at {site}{on}: date the document on or after its arrival',
  'lineCheck.future': 'Date {given} is in the future (today is {today}); stock documents record what has happened',
  'lineCheck.futureShort': 'Date is in the future',
  'lineCheck.backdate':
    'Dated {day}, {back, plural, one {# day} other {# days}} back: documents older than the backdating limit of {limit, plural, one {# day} other {# days}} need a reason for the back date',
  'lineCheck.fefo':
    'FEFO: lot {earlier} expires first ({expiry}, {left, number} available) — pick it before lot {lot}{lotExpiry, select, none {} other { ({lotExpiry})}}, or give a reason for overriding FEFO',
  'lineCheck.arrivedOn': ' (on {day})',
  'lineCheck.cardNegative':
    'Dated {day}, this would make the stock card of {lot} at {site} negative on {worst}: {balance, number} {unit} {condition} on hand that day, this takes {takes, number} {unit}',
  'system.layoutTooBig': 'Layout must be plain data of at most {max, number} characters',
  'lineCheck.overdraw': 'More than lot {lot} has: {quantity} {unit} available{after}',
  'lineCheck.overdrawAfter': ' after this document’s other lines',
  'lineCheck.noLotShort': '(no lot)',
  'lineCheck.onlyHasLine': '{lot} has only {available} {unit} here; this line takes {quantity}. Post will refuse it',
  'lineCheck.onlyHasDoc': "{lot} has only {available} {unit} here; this document's lines on it take {total}. Post will refuse it",
  'lineCheck.lotNamed': 'Lot {lot}',
  'lineCheck.stockNoLot': 'This stock (no lot)',
} as const;

export type LineChecksKey = keyof typeof lineChecksEn;
