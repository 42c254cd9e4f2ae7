/*
 * Pasting a block of stock document lines, or of stock found on a count sheet: the screen's words
 * and the core's refusals of each cell, in English. Spread into en.ts; fr and ar have the same keys.
 */
export const pasteLinesEn = {
  'linePaste.button': 'Paste lines…',
  'linePaste.buttonTitle': 'Add lines from a block copied from a spreadsheet, one line per row',
  'linePaste.nouns': 'lines',
  'linePaste.how':
    'copy the lines in your spreadsheet (a first line naming the columns is optional), click in the box and press Ctrl+V. Every line is added to the draft, all or nothing; the lines already on it do not change.',
  'linePaste.foundButton': 'Paste found stock…',
  'linePaste.foundButtonTitle': 'Add stock found on the shelf from a block copied from a spreadsheet',
  'linePaste.foundNouns': 'found stock lines',
  'linePaste.foundHow':
    'copy the stock found on the shelf in your spreadsheet (a first line naming the columns is optional), click in the box and press Ctrl+V. Every line is added to the sheet as found stock, all or nothing.',
  'linePaste.adding': 'Adding {count, plural, one {# pasted line} other {# pasted lines}}…',
  'linePaste.added':
    '{count, plural, one {# line} other {# lines}} pasted. Ctrl+Z or Undo paste removes {count, plural, one {it} other {them}}.',
  'linePaste.addedNoUndo':
    '{count, plural, one {# line} other {# lines}} pasted. The lines were changed while {count, plural, one {it was} other {they were}} being saved, so the paste can no longer be undone as a whole.',
  'linePaste.undo': 'Undo paste',
  'linePaste.undone': '{count, plural, one {The pasted line was} other {The # pasted lines were}} removed.',
  'linePaste.notUndone': 'The paste was not undone: {message}',
  'linePaste.foundAdded': '{count, plural, one {# found line} other {# found lines}} added to the sheet.',
  'linePaste.unknownHeader':
    'The first line names columns the lines do not have ({names}). Name them as the grid does ({columns}), or leave the header line out and paste the columns in that order.',
  'linePaste.tooWide': 'The block has {width} columns; a line takes {count}: {columns}.',
  'linePaste.newLine': 'new line {n}',
  'audit.verb.paste': 'Pasted lines',
  'pasteCore.noItem': 'No item has the code “{code}”; give a code from the catalogue',
  'pasteCore.noOrg': 'No organisation is called “{name}”; give its short name (such as WFP) or its full name',
  'pasteCore.noCondition': '“{text}” is not a condition; write one of: {choices}',
  'pasteCore.noDirection': '“{text}” is not a direction; write one of: {choices}',
  'pasteCore.notYesNo': '“{text}” is not yes or no',
  'pasteCore.empty': 'This cell is empty',
  'pasteCore.heldLot': 'lot {lot}, exp. {expiry}, {owner}',
  'pasteCore.andMore': '{list} and {count, number} more',
  'pasteCore.noStockHere': '{site} holds no {condition} stock of {item}',
  'pasteCore.noLotHere': 'No {condition} lot of {item} at {site} matches this line; the lots there are: {lots}',
  'pasteCore.severalLots': 'Several {condition} lots of {item} at {site} match ({lots}); give the lot number, expiry or owner',
  'pasteCore.refused': 'Nothing was pasted ({count, plural, one {one problem} other {# problems}}). Line {line}: {first}',
  'pasteCore.countedWhole': '“{text}” is not a count: give a whole number, 0 or more',
  'pasteCore.countedNeeded': 'Give the counted quantity',
  'pasteCore.pastedTwice': 'This lot in this condition is already on pasted line {line}',
} as const satisfies Record<string, string>;

export type PasteLinesKey = keyof typeof pasteLinesEn;
