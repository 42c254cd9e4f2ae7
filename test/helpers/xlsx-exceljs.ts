import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { Cell, SheetRow } from '../../electron/services/exchange/import/read';

/*
 * How the import read an XLSX before its own reader (electron/services/exchange/import/xlsx-*.ts):
 * exceljs's streaming reader with the options it used and its cellOf rules, kept here as the
 * reference the new reader is held to (test/core/import-xlsx-reader.test.ts).
 *
 * The parts are taken out of the zip by JSZip (through the central directory) and handed to the
 * streaming reader's own parsers (relationships, workbook, shared strings, then each worksheet in
 * the zip's order: the order the old path reached them in, the worksheets from their temp files
 * after everything else). exceljs's one-pass zip loop is not used: unzipper signals the end of
 * the zip as soon as it has read the central directory, while entries it found before may still
 * wait in its buffer, so that loop sometimes never sees the last parts (`xl/workbook.xml`, which
 * exceljs writes last) and then throws "Cannot read properties of undefined (reading 'sheets')"
 * (exceljs issue 3064; seed 483563946 of the property test found it, about once in a thousand
 * workbooks here). Every cell still goes through the parsers the old path used.
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

/** The streaming reader's part parsers, which its public iterator drives from its zip loop. */
interface PartParsers {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** Every sheet's name and non-empty rows, in the order exceljs reaches them. */
export async function readWithExceljs(path: string): Promise<{ sheets: string[]; rows: SheetRow[][] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path));
  const part = async (name: string) => {
    const file = zip.file(name);
    return file ? Readable.from([await file.async('nodebuffer')]) : null;
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as PartParsers;

  const rels = await part('xl/_rels/workbook.xml.rels');
  if (rels) await reader._parseRels(rels);
  const workbook = await part('xl/workbook.xml');
  if (!workbook) throw new Error(`${path} has no xl/workbook.xml`);
  await reader._parseWorkbook(workbook);
  const shared = await part('xl/sharedStrings.xml');
  if (shared) for await (const _ of reader._parseSharedStrings(shared));

  const sheets: string[] = [];
  const rows: SheetRow[][] = [];
  for (const name of Object.keys(zip.files)) {
    const sheetNo = WORKSHEET.exec(name)?.[1];
    if (!sheetNo) continue;
    for (const { value: ws } of reader._parseWorksheet((await part(name))!, sheetNo)) {
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
  }
  return { sheets, rows };
}
