import type { DateOrder, ImportColumn, ImportTarget, ImportValueWord } from '../../../../electron/api/imports';
import type { MessageKey } from '../../../../electron/api/i18n';

/* The import wizard's vocabularies, as catalogue keys (electron/api/i18n/areas/exchange.*). */

export const IMPORT_TARGET_KEYS: Record<ImportTarget, MessageKey> = {
  items: 'vocab.importTarget.items',
  organisations: 'vocab.importTarget.organisations',
  sites: 'vocab.importTarget.sites',
  openingStock: 'vocab.importTarget.openingStock',
  requests: 'vocab.importTarget.requests',
};

export const DATE_ORDER_KEYS: Record<DateOrder, MessageKey> = {
  dmy: 'vocab.dateOrder.dmy',
  mdy: 'vocab.dateOrder.mdy',
  ymd: 'vocab.dateOrder.ymd',
};

export const COLUMN_HOW: Record<ImportColumn['how'], MessageKey> = {
  hashtag: 'import.how.hashtag',
  header: 'import.how.header',
  remembered: 'import.how.remembered',
  chosen: 'import.how.chosen',
  none: 'import.how.none',
};

export const WORD_HOW: Record<ImportValueWord['how'], MessageKey> = {
  same: 'import.word.same',
  suggested: 'import.word.suggested',
  remembered: 'import.word.remembered',
  chosen: 'import.word.chosen',
  none: 'import.word.none',
};
