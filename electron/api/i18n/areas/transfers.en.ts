/*
 * Incoming transfers and transfer receipts in English: the navigation count, the incoming list,
 * the receipt's reasons for short, damaged and over quantities, and what the sending side sees.
 * Spread into en.ts; fr and ar have the same keys (transfers.fr.ts, transfers.ar.ts).
 */
export const transfersEn = {
  'receiptCore.shortNeedsReason': '{count} {unit} short: choose why (lost in transit, theft…)',
  'receiptCore.damagedNeedsReason': '{count} {unit} damaged: choose why (handling, water…)',
  'receiptCore.overNeedsReason': '{count} {unit} more than was sent: choose why (counting error at the sender…)',
  'receiptCore.nothingReceived': 'nothing was received',
  'receiptCore.beforeSent': 'Arrived on {day}, before the transfer was sent on {sent}: date the receipt on or after the day it was sent',
} as const satisfies Record<string, string>;

export type TransfersKey = keyof typeof transfersEn;
