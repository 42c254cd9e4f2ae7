/*
 * The import's core messages in English: files refused before reading, layouts not found, bad
 * cells and the final refusal. Spread into en.ts; fr and ar have the same keys.
 */
export const importsEn = {
  'importCore.keptRowsDamaged':
    'The rows read from {file} by its preview could not be read back ({detail}); nothing was written and they were removed: preview the file again',
  'importCore.gone': 'The file to import is no longer there: choose it (or paste it) again',
  'importCore.reading': 'Reading {file}',
  'importCore.checkingWritingRows': 'Checking and writing rows ({count} read; nothing is kept unless every row is good)',
  'importCore.checkingRows': 'Checking rows ({count} read)',
  'importCore.writing': 'Writing',
  'importCore.noneWrittenMissing': 'Nothing was written: no column is mapped to {fields}',
  'importCore.noneWrittenBad':
    'Nothing was written: {count, plural, one {# row is} other {# rows are}} bad (first: row {row}, {column}: {reason}); fix them or their mapping and try again',
  'importCore.empty': '{file} is empty (0 bytes): there is nothing to import',
  'importCore.tooBig': '{file} is {size}; Corridor imports files up to {max}: split it into smaller files',
  'importCore.tooLargeForMemory':
    '{file} is too large to import at once: after {rows} rows the import was near the memory it may use. Nothing was written: split the file into smaller files and import them one after another',
  'importCore.xls': '{file} is an old Excel 97–2003 file (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV',
  'importCore.pdf': '{file} is a PDF, not a spreadsheet; import an .xlsx or CSV file',
  'importCore.tooManyRows': '{file} has {rows, number} rows; Corridor imports at most {max, number} at once',
  'importCore.sheetTooManyRows': '{file}: the sheet has over {max, number} rows; Corridor imports at most that many at once',
  'importCore.notWorkbook': '{file} could not be read as an Excel workbook ({detail}); open it in Excel or LibreOffice and save it again',
  'importCore.noSuchSheet': '{file} has {count, plural, one {# sheet} other {# sheets}} ({sheets}); there is no sheet {sheet, number}',
  'importCore.noRows': '{file} has no rows with anything in them: there is nothing to import',
  'importCore.noHeader':
    'No header row found in the first {rows, number} rows of {file}: the header must name at least two columns in words (e.g. Code, Name), above the data',
  'importCore.noKnownColumn':
    'None of the columns of {file} is one Corridor knows for {target}: the header on row {row, number} reads "{named}"; expected columns such as {expected} (or their HXL hashtags)',
  'importCore.notInFile': '{field} (not in the file)',
  'importCore.notOurs': '"{value}" is not one of ours ({choices}): map it under Values',
  'importCore.cellReason': '{field} {reason}',
  'importCore.fieldReason': '{field}: {reason}',
  'importCore.contactReason': 'Contact: {reason}',
  'importCore.codeTwice': '{field} {code} is also on row {row, number}: each code once per file',
  'importCore.notNumber': 'is not a number',
  'importCore.notDateNorExcel': 'is not a date (nor an Excel date number)',
  'importCore.notRealDate': 'is not a real date',
  'importCore.dateEitherWay': 'could be day/month or month/day: choose the date order',
  'importCore.notRealDateMdy': 'is not a real date read as month/day/year',
  'importCore.notRealDateDmy': 'is not a real date read as day/month/year',
  'importCore.notDate': 'is not a date: write 2026-03-31, 31/03/2026 or 03/31/2026',
  'importCore.zipNoToc':
    '{file} is a damaged zip file (its table of contents is missing); open it in Excel or LibreOffice and save it again',
  'importCore.zipTooLarge': '{file} is a zip too large or damaged to be a workbook Corridor can read (ZIP64 or a bad table of contents)',
  'importCore.zipDamaged': '{file} is a damaged zip file; save it again from Excel or LibreOffice',
  'importCore.zipPartHuge': '{file}: the part {part} is over 4 GB unpacked; that is not a spreadsheet Corridor can import',
  'importCore.zipBomb':
    '{file} looks like a zip bomb: {part} unpacks from {packed, number} bytes to {unpacked, number} bytes; nothing was read',
  'importCore.zipPartPastDeclared':
    '{file} is damaged or a zip bomb: {part} unpacks to more than the {declared, number} bytes its zip entry declares; nothing was read',
  'importCore.pastLastColumn':
    '{file} is damaged: cell {ref} in row {row} lies past column XFD, the last a spreadsheet has; open it in Excel or LibreOffice and save it again',
  'importCore.zipUnpacksTooMuch':
    '{file} unpacks to {mb, number} MB, over the {max, number} MB Corridor reads; split it into smaller files',
  'importCore.zipNotXlsx': '{file} is a zip file but not an Excel workbook (.xlsx): it has no xl/workbook.xml; save it as .xlsx or CSV',
  'importCore.required': '{field} is required',
  'importCore.noSite': 'No site has the code {code}; import or add the site first',
  'importCore.noItem': 'No item has the code {code}; import the catalogue first',
  'importCore.noOrg': 'No organisation has the short name {code}',
  'importCore.quantityRange': 'Quantity must be a whole number of base units from 1 to {max, number}',
  'importCore.lotExpiry': '{item} is tracked by lot and expiry: give both',
  'importCore.postedAlready':
    'The opening stock of {file} was posted already ({number}, reference {reference}); importing it again would count it twice',
} as const satisfies Record<string, string>;

export type ImportsKey = keyof typeof importsEn;
