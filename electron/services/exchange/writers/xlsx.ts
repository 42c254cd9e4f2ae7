import { columnLetter, textCell, xlsxCellOf } from './cells';
import type { SheetSpec, SheetWriter } from './sheet';
import {
  APP_PROPS,
  CONTENT_TYPES,
  corePropsXml,
  DATA_STYLES,
  ROOT_RELS,
  sharedStringsXml,
  STYLE,
  stylesXml,
  workbookXml,
  WORKBOOK_RELS,
} from './xlsx-parts';
import { createZip } from './zip';

/** Rows above the header: the title block (4 lines), then a blank row. */
export const TITLE_ROWS = 5;
/** The sheet's XML goes to the zip in pieces of about this many characters. */
const CHUNK_CHARS = 1024 * 1024;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * XLSX written as a stream in one pass: the sheet's rows go into the zip as they come, so
 * 100,000 rows take little memory and no second read. Typed cells (numbers, real dates), a title
 * block with the sharing label (its text in the shared strings, written after the sheet, since the
 * label is the strictest of the rows written), a bold header frozen with the title block under a
 * filter, useful widths, the label in the document properties (keywords, subject, category).
 * Hand-written SpreadsheetML rather than exceljs's streaming writer, which spent two thirds of an
 * export's time building and styling a cell object per value; the files are read back by exceljs
 * and LibreOffice in the tests.
 */
export function openXlsx(spec: SheetSpec): SheetWriter {
  const { columns } = spec;
  const zip = createZip(spec.path);
  const letters = columns.map((_, i) => columnLetter(i));
  const last = letters[letters.length - 1] ?? 'A';
  const headerRow = TITLE_ROWS + 1;
  const frozen = headerRow + (spec.hxl ? 1 : 0);
  const sheetName =
    spec.title
      .slice(0, 31)
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim() || 'Export';
  const cells = columns.map((c) => xlsxCellOf(c.type, DATA_STYLES));
  const n = cells.length;

  // One entry after another (a zip is written in order).
  const fixed = (async () => {
    await zip.add('[Content_Types].xml', CONTENT_TYPES);
    await zip.add('_rels/.rels', ROOT_RELS);
    await zip.add('xl/workbook.xml', workbookXml(sheetName, `$A$${headerRow}:$${last}$${headerRow}`));
    await zip.add('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  })();
  // A failure here is thrown where the sheet is first written (flush); until then it is not unhandled.
  fixed.catch(() => undefined);
  let sheet: ReturnType<typeof zip.open> | null = null;

  const cols = columns.map((_, i) => `<col min="${i + 1}" max="${i + 1}" width="${spec.widths[i] ?? 12}" customWidth="1"/>`).join('');
  const titleRow = (r: number, style: number) => `<row r="${r}"><c r="A${r}" s="${style}" t="s"><v>${r - 1}</v></c></row>`;
  const styledRow = (r: number, style: number, texts: string[]) =>
    `<row r="${r}" s="${style}" customFormat="1">${texts.map((t, i) => textCell(`${letters[i]}${r}`, t, style)).join('')}</row>`;
  let buffer =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>' +
    titleRow(1, STYLE.title) +
    titleRow(2, STYLE.label) +
    titleRow(3, STYLE.text) +
    titleRow(4, STYLE.text) +
    styledRow(
      headerRow,
      STYLE.header,
      columns.map((c) => c.header),
    ) +
    (spec.hxl
      ? styledRow(
          headerRow + 1,
          STYLE.hxl,
          columns.map((c) => c.hxl),
        )
      : '');
  let rowNo = frozen;

  const flush = async () => {
    if (!sheet) {
      await fixed;
      sheet = zip.open('xl/worksheets/sheet1.xml');
    }
    const chunk = buffer;
    buffer = '';
    await sheet.write(chunk);
  };

  return {
    row(values) {
      const r = ++rowNo;
      let xml = `<row r="${r}">`;
      for (let i = 0; i < n; i++) xml += cells[i](letters[i] + r, values[i]);
      buffer += xml + '</row>';
      if (buffer.length >= CHUNK_CHARS) return flush();
    },
    async finish(meta) {
      buffer +=
        `</sheetData><autoFilter ref="A${headerRow}:${last}${headerRow}"/>` +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
      await flush();
      await sheet!.end();
      await zip.add('xl/sharedStrings.xml', sharedStringsXml(meta));
      await zip.add('xl/styles.xml', stylesXml(meta.label));
      await zip.add('docProps/core.xml', corePropsXml(meta));
      await zip.add('docProps/app.xml', APP_PROPS);
      return zip.close();
    },
    abort() {
      return zip.abort();
    },
  };
}
