import ExcelJS from 'exceljs';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWithExceljs } from '../helpers/xlsx-exceljs';
import { readSheet } from '../helpers/xlsx-read';

/*
 * The import's own XLSX reader (import/xlsx-*.ts) against the path it replaced (exceljs's streaming
 * reader + cellOf, test/helpers/xlsx-exceljs.ts), on random workbooks that exceljs's writers write:
 * every non-empty row, cell for cell, and every sheet's name as written. Left out of the generator, because
 * exceljs's reader gets them wrong and the new one does not (import-xlsx-files.test.ts holds them):
 * text like `&amp;` in a formula result or inline cell (exceljs decodes entities twice there), rich
 * text written inline (exceljs keeps its last run), formula results that are booleans or errors
 * (exceljs reads 1 / NaN), a formula whose result is 0 or empty text (exceljs's cell drops a falsy
 * result, and the old path read the cell as "[object Object]"; the new reader reads 0, or null),
 * and rich text with an empty run in a shared-strings workbook (exceljs's reader then read that cell
 * and every shared string after it in the sheet as "[object Object]": the last test below). Rich
 * text only from the whole-workbook writer: the streaming writer's shared-strings table is keyed by
 * a value's string form (utils/shared-strings.js), so every rich text in a workbook becomes
 * "[object Object]" and they all share the first one's entry (the file then says the second cell
 * holds the first one's text, as the new reader reads it, and exceljs's reader reads them as
 * "[object Object]"; seed 95169310 found it).
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-xlsx-reader-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const UNITS = ['a', 'Z', '7', ' ', '\t', '\n', '&', '<', '>', '"', "'", ';', 'é', 'ß', 'م', 'خ', 'ز', 'ن', '٣', '—', '€', '😀'];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 14 }).filter((s) => !/&[a-z]*;/.test(s));
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }));
const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
const rich = fc
  .array(
    text.filter((t) => t !== ''),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => ({
    richText: parts.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })),
  }));
const formula = fc
  .oneof(
    number.filter((x) => x !== 0),
    text.filter((t) => t !== ''),
  )
  .map((result) => ({ formula: 'A1', result }));

type Mode = 'workbook' | 'stream-shared' | 'stream-inline';
const value = (mode: Mode) =>
  fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 3, arbitrary: number },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: date },
    { weight: 1, arbitrary: formula },
    { weight: mode === 'workbook' ? 1 : 0, arbitrary: rich },
    { weight: 2, arbitrary: fc.constant(null) },
  );

/** A sheet: rows by number (gaps are empty rows), each a few cells by column (gaps are missing cells). */
const sheet = (mode: Mode) =>
  fc.dictionary(
    fc.integer({ min: 1, max: 40 }).map(String),
    fc.dictionary(fc.integer({ min: 1, max: 12 }).map(String), value(mode), { maxKeys: 6 }),
    { maxKeys: 12 },
  );

const NAMES = ['Catalogue', 'Stock & lots', "O'Brien <1>", 'مخزون', 'Données'];
const workbook = fc
  .constantFrom<Mode>('workbook', 'stream-shared', 'stream-inline')
  .chain((mode) => fc.record({ mode: fc.constant(mode), sheets: fc.array(sheet(mode), { minLength: 1, maxLength: 3 }) }));

type Sheets = Record<string, Record<string, unknown>>[];

async function write(file: string, mode: Mode, sheets: Sheets): Promise<void> {
  const ordered = (o: Record<string, unknown>) =>
    Object.keys(o)
      .map(Number)
      .sort((a, b) => a - b);
  if (mode === 'workbook') {
    const wb = new ExcelJS.Workbook();
    sheets.forEach((rows, s) => {
      const ws = wb.addWorksheet(`${NAMES[s]} ${s}`);
      for (const r of ordered(rows)) for (const c of ordered(rows[r])) ws.getCell(r, c).value = rows[r][c] as ExcelJS.CellValue;
    });
    await wb.xlsx.writeFile(file);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: mode === 'stream-shared' });
  sheets.forEach((rows, s) => {
    const ws = wb.addWorksheet(`${NAMES[s]} ${s}`);
    for (const r of ordered(rows)) {
      const row = ws.getRow(r);
      for (const c of ordered(rows[r])) row.getCell(c).value = rows[r][c] as ExcelJS.CellValue;
      row.commit();
    }
    ws.commit();
  });
  await wb.commit();
}

describe('import: its own XLSX reader', () => {
  it(
    'reads random workbooks written by exceljs exactly as exceljs reading them with the import’s rules did',
    { timeout: 300_000 },
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(workbook, async ({ mode, sheets }) => {
          const file = path.join(dir, `w${n++}.xlsx`);
          await write(file, mode, sheets as Sheets);
          const expected = await readWithExceljs(file);
          for (let s = 0; s < sheets.length; s++) {
            const got = await readSheet(file, s);
            // The names as written: exceljs's reader names a sheet "Sheet1" when its zip holds the sheet before xl/workbook.xml.
            expect(got.sheets).toEqual(sheets.map((_, i) => `${NAMES[i]} ${i}`));
            expect(got.rows).toEqual(expected.rows[s]);
          }
          fs.rmSync(file);
        }),
        { numRuns: 120 },
      );
    },
  );

  it('reads rich text with an empty run, and the shared strings after it, as written (exceljs read them as "[object Object]")', async () => {
    const file = path.join(dir, 'empty-run.xlsx');
    const sheets: Sheets = [
      {
        '1': { '1': { richText: [{ text: '' }, { text: 'Rice 25 kg', font: { bold: true } }] }, '2': 'after' },
        '2': { '1': 'next row', '2': 4 },
      },
    ];
    await write(file, 'stream-shared', sheets);
    const got = await readSheet(file, 0);
    expect(got.rows).toEqual([
      { n: 1, cells: ['Rice 25 kg', 'after'] },
      { n: 2, cells: ['next row', 4] },
    ]);
  });
});
