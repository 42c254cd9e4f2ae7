import ExcelJS from 'exceljs';
import type { Cell, SheetRow } from '../../electron/services/exchange/import/read';

/*
 * How the import read an XLSX before its own reader (electron/services/exchange/import/xlsx-*.ts):
 * exceljs's streaming reader with the options it used and its cellOf rules, kept here as the
 * reference the new reader is held to (test/core/import-xlsx-reader.test.ts).
 */

const blank = (v: string) => v.trim() === '';

export function cellOf(v: ExcelJS.CellValue): Cell {
  if (v == null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return blank(v) ? null : v.trim();
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return cellOf(v.richText.map((t) => t.text).join(''));
    if ('result' in v) return cellOf(v.result as ExcelJS.CellValue);
    if ('text' in v) return cellOf(v.text as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return String(v as unknown as string);
}

/** Every sheet's name and non-empty rows, in the order exceljs reaches them. */
export async function readWithExceljs(path: string): Promise<{ sheets: string[]; rows: SheetRow[][] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: string[] = [];
  const rows: SheetRow[][] = [];
  for await (const ws of reader) {
    sheets.push((ws as unknown as { name: string }).name);
    const mine: SheetRow[] = [];
    rows.push(mine);
    for await (const row of ws) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
      if (cells.some((c) => c !== null)) mine.push({ n: row.number, cells });
    }
  }
  return { sheets, rows };
}
