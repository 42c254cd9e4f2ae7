/* Transferts entrants et réceptions de transfert en français (mêmes clés : transfers.en.ts). */
import type { TransfersKey } from './transfers.en';

export const transfersFr: Record<TransfersKey, string> = {
  'receiptCore.shortNeedsReason': '{count} {unit} manquants : indiquez pourquoi (perdu en transit, vol…)',
  'receiptCore.damagedNeedsReason': '{count} {unit} endommagés : indiquez pourquoi (manutention, eau…)',
  'receiptCore.overNeedsReason': '{count} {unit} de plus que l’envoi : indiquez pourquoi (erreur de comptage à l’expéditeur…)',
  'receiptCore.nothingReceived': 'rien n’a été réceptionné',
  'receiptCore.beforeSent': 'Arrivé le {day}, avant l’envoi du transfert le {sent} : datez la réception du jour de l’envoi ou d’après',
};
