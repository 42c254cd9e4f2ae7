import type { DateOrder, ImportColumn, ImportValueWord } from '../../../../electron/api/imports';

/* The import wizard's words, kept together until the message catalogue (issue 9) takes them. */

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  dmy: 'Day/month/year (31/12/2026)',
  mdy: 'Month/day/year (12/31/2026)',
  ymd: 'Year/month/day (2026/12/31)',
};

export const COLUMN_HOW: Record<ImportColumn['how'], string> = {
  hashtag: 'by its HXL hashtag',
  header: 'by its header',
  remembered: 'as last time for this partner',
  chosen: 'chosen by you',
  none: 'not imported',
};

export const WORD_HOW: Record<ImportValueWord['how'], string> = {
  same: 'same word',
  suggested: 'suggested',
  remembered: 'as last time',
  chosen: 'chosen by you',
  none: 'unknown: choose',
};

export const T = {
  intro:
    'Bring a partner’s spreadsheet into Corridor: choose what it holds and whose it is, then a file (XLSX, CSV or TSV) or a block pasted from a spreadsheet. Nothing is written until you press Import.',
  what: 'What the file holds',
  partner: 'Whose file',
  noPartner: 'Not a partner’s (nothing remembered)',
  chooseFile: 'Choose a file…',
  pasteLabel: 'Or paste cells copied from a spreadsheet',
  usePaste: 'Use the pasted cells',
  reading: 'Reading',
  columns: 'Columns',
  columnsHelp: 'Each column of the file goes to one of our fields, or is left out. Change any that are wrong.',
  ignore: '— leave out —',
  values: 'Values',
  valuesHelp: 'The partner’s words for our lists. Rows with a word still marked “choose” are bad until you map it.',
  choose: '— choose —',
  empty: '(leave empty)',
  dateOrder: 'Dates',
  dateAsked: 'Dates such as 03/04/2026 could be read either way: how does this file write them?',
  commit: (n: number) => `Import ${n.toLocaleString()} record${n === 1 ? '' : 's'}`,
  commitStock: (lines: number, receipts: number) =>
    `Post ${lines.toLocaleString()} lines as ${receipts} receipt${receipts === 1 ? '' : 's'}`,
  nothingToDo: 'Nothing to write: every record is already as the file says.',
  fixFirst: 'Fix the bad rows (or their mapping) first: the import writes all rows or none.',
  missing: (fields: string[]) => `No column is mapped to ${fields.join(', ')}: choose one under Columns.`,
  done: (c: number, u: number) => `Imported: ${c.toLocaleString()} created, ${u.toLocaleString()} updated.`,
  doneStock: (lines: number, receipts: number) =>
    `Posted ${lines.toLocaleString()} lines in ${receipts} receipt${receipts === 1 ? '' : 's'}.`,
  again: 'Import another file',
};
