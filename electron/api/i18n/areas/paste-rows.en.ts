/*
 * Pasting a block as new rows, the import-wizard offer for a sheet with headers, and copying a
 * refused paste's problems, in English. Spread into en.ts; fr and ar have the same keys.
 */
export const pasteRowsEn = {
  'pasteRows.button': 'Paste rows…',
  'pasteRows.buttonTitle': 'Add {nouns} from a block copied from a spreadsheet, one per line',
  'pasteRows.label': 'Paste {nouns} as new rows',
  'pasteRows.title': 'Paste new {nouns}:',
  'pasteRows.how':
    'copy the rows in your spreadsheet, click in the box and press Ctrl+V. Every line becomes a new record (all or nothing); nothing that exists changes.',
  'pasteRows.columns': 'A line fills, in order: {columns}.',
  'pasteRows.box': 'Rows to paste',
  'pasteRows.placeholder': 'Press Ctrl+V here',
  'pasteRows.cancel': 'Cancel (Esc)',
  'pasteRows.headerFound':
    'The first line names columns ({names}{more, plural, =0 {} other { and # more}}): this looks like a sheet from elsewhere.',
  'pasteRows.tooWide': 'The block has {width} columns; the grid takes {count} from there.',
  'pasteRows.nothingWritten': 'Nothing was written ({lines, plural, one {# line} other {# lines}}, {cells, number} cells).',
  'pasteRows.wizardWhy': 'The import wizard reads it by its column names, lets you map the others and checks every row before writing.',
  'pasteRows.noWizard': 'Paste only the columns this grid shows, in its order, without a header line.',
  'pasteRows.openWizard': 'Open in the import wizard',
  'pasteRows.withoutHeader': 'Leave out the header line and paste the other {count, plural, one {line} other {# lines}}',
  'pasteRows.copyProblems': '{count, plural, one {Copy the problem} other {Copy all # problems}}',
  'pasteRows.copied':
    '{count, plural, one {The problem is} other {All # problems are}} on the clipboard, tab-separated: paste them into a spreadsheet or a message.',
  'pasteRows.copyFailed': 'The problems could not be put on the clipboard: allow clipboard access for this page and try again.',
  'pasteRows.fromGrid': 'Cells pasted on the {from} grid. Check what they are imported as and the column mapping below.',
} as const satisfies Record<string, string>;

export type PasteRowsKey = keyof typeof pasteRowsEn;
