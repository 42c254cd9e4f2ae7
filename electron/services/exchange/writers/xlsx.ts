import ExcelJS from 'exceljs';
import { typedValue } from '../columns';
import { neutraliseFormula } from '../../../api/spreadsheet-cells';
import { titleLines, type SheetMeta } from './meta';
import type { SheetSpec, SheetWriter } from './sheet';

/** TLP 2.0 colours (text on black) for the label line of the title block. */
const TLP_COLOUR: Record<SheetMeta['label'], string> = {
  CLEAR: 'FFFFFFFF',
  GREEN: 'FF33FF00',
  AMBER: 'FFFFC000',
  'AMBER+STRICT': 'FFFFC000',
  RED: 'FFFF2B2B',
};

const NUM_FMT = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm', integer: '#,##0', decimal: '#,##0.######' } as const;
/** One style object per number format, shared by every cell of that type (exceljs caches its style id by object). */
const CELL_STYLE = Object.fromEntries(Object.entries(NUM_FMT).map(([type, numFmt]) => [type, { numFmt }])) as Record<
  keyof typeof NUM_FMT,
  Partial<ExcelJS.Style>
>;
/** Text cells (text and yes/no columns) share one empty style too: a fresh {} per cell is worked out anew for each. */
const TEXT_STYLE: Partial<ExcelJS.Style> = {};
/** And data rows one empty row style (exceljs makes a new one per row otherwise). */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

/** Rows above the header: the title block, then a blank row. */
export const TITLE_ROWS = 5;

/**
 * XLSX through exceljs's streaming WorkbookWriter: each row is committed to the zip stream as it
 * comes, so 100,000 rows take little memory. Typed cells (numbers, real dates), a title block with
 * the sharing label, a bold header frozen with the title block, useful widths, the label in the
 * document properties (keywords, subject, category).
 */
export function openXlsx(spec: SheetSpec): SheetWriter {
  const { meta, columns } = spec;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: spec.path, useStyles: true, useSharedStrings: false });
  wb.creator = `Corridor — ${meta.operator}`;
  wb.lastModifiedBy = meta.operator;
  wb.created = new Date(meta.exportedAt);
  wb.modified = wb.created;
  // Core document properties (exceljs writes docProps/core.xml from the writer's own fields).
  Object.assign(wb, {
    title: `${meta.title} (TLP:${meta.label})`,
    subject: `TLP:${meta.label}`,
    keywords: `TLP:${meta.label}`,
    category: `TLP:${meta.label}`,
    description: titleLines(meta).slice(1).join('\n'),
  });
  const headerRows = TITLE_ROWS + 1 + (spec.hxl ? 1 : 0);
  const sheet = wb.addWorksheet(meta.title.slice(0, 31).replace(/[[\]:*?/\\]/g, ' ') || 'Export', {
    views: [{ state: 'frozen', ySplit: headerRows, xSplit: 0 }],
  });
  // Widths only: a column style is copied into every cell of the column, and exceljs then works out
  // each copy's style again (most of a 100,000-row export's time). Every cell gets a style object
  // shared per type instead (row below), whose style id exceljs remembers.
  sheet.columns = columns.map((c, i) => ({ key: c.id, width: spec.widths[i] }));
  const lines = titleLines(meta);
  lines.forEach((line, i) => {
    const r = sheet.addRow([line]);
    r.getCell(1).numFmt = '@';
    if (i === 0) r.font = { bold: true, size: 14 };
    if (i === 1) {
      r.getCell(1).font = { bold: true, color: { argb: TLP_COLOUR[meta.label] } };
      r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF000000' } };
    }
    r.commit();
  });
  sheet.addRow([]).commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.numFmt = '@';
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  if (spec.hxl) {
    const tags = sheet.addRow(columns.map((c) => c.hxl));
    tags.font = { italic: true, color: { argb: 'FF555555' } };
    tags.eachCell((cell) => (cell.numFmt = '@'));
    tags.commit();
  }
  sheet.autoFilter = { from: { row: TITLE_ROWS + 1, column: 1 }, to: { row: TITLE_ROWS + 1, column: Math.max(1, columns.length) } };

  const types = columns.map((c) => c.type);
  const styles = types.map((t) => CELL_STYLE[t as keyof typeof CELL_STYLE] ?? TEXT_STYLE);
  return {
    row(values) {
      // Blank cells are left undefined (every index assigned, so the array stays contiguous): exceljs
      // then makes no cell for them at all; a null one it would style and skip writing anyway.
      const cells = new Array<unknown>(values.length);
      for (let i = 0; i < values.length; i++) {
        const v = typedValue(types[i], values[i]);
        cells[i] = v === null ? undefined : typeof v === 'string' ? neutraliseFormula(v) : v;
      }
      const row = sheet.addRow(cells);
      (row as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
      for (let i = 0; i < styles.length; i++) {
        if (cells[i] !== undefined) row.getCell(i + 1).style = styles[i];
      }
      row.commit();
    },
    async finish() {
      sheet.commit();
      await wb.commit();
    },
    abort() {
      // Ends the zip stream; the caller deletes the half-written file.
      (wb as unknown as { stream: NodeJS.WritableStream & { destroy?: () => void } }).stream.destroy?.();
    },
  };
}
