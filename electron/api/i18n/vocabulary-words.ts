import { BASE_UNIT_LABELS, CONDITION_LABELS, type BaseUnit, type LedgerCondition } from '../vocabularies';

/*
 * Stored codes inside a sentence, in the reader's language: "250 each good" reads « 250 unité
 * bon » in French. Lower case because they sit mid-sentence; an unknown code stays as stored.
 */
export const unitWord = (unit: string): string => BASE_UNIT_LABELS[unit as BaseUnit] ?? unit;

export const conditionWord = (condition: string): string =>
  (CONDITION_LABELS[condition as LedgerCondition] ?? condition.replace('_', ' ')).toLocaleLowerCase();
