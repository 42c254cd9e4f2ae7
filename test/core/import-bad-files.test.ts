import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveUpload } from '../../electron/services/exchange/import/files';
import { countsOnDisk } from '../helpers/jobs';
import { importThroughJob, upload } from '../helpers/imports';
import { zipBytes } from '../helpers/xlsx-hand';
import { stockWorld, type StockWorld } from './stock-fixture';

/** Bad files and bad rows: a precise message, nothing written, and the core goes on answering. */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

async function refused(name: string, data: Buffer | string, target: 'items' | 'sites' = 'items') {
  const before = countsOnDisk(w.t.dbPath);
  const r = await importThroughJob(w.t, upload(w.t, name, data), { target, commit: true });
  expect(r.job.state).toBe('failed');
  expect(countsOnDisk(w.t.dbPath).counts).toEqual(before.counts);
  expect((await w.call('system.status', {})).schemaVersion).toBeGreaterThan(0);
  return r.message!;
}

/** A tiny file whose sheet claims to unpack to 900 MB (1 MB of zeros, deflated, declared 900 times bigger). */
const zipBomb = () => zipBytes([{ name: 'xl/worksheets/sheet1.xml', text: '\0'.repeat(1024 * 1024), declare: 900 * 1024 * 1024 }]);

describe('import: bad files', () => {
  // Each refusal is a job of its own thread: minutes on a loaded 2-core machine.
  it(
    'refuses files that are not spreadsheets, empty, a zip bomb, too big, without a header, with unknown columns, or with a code twice',
    { timeout: 300_000 },
    async () => {
      w = await stockWorld();
      expect(
        await refused(
          'photo.png',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2]),
        ),
      ).toMatch(/^photo\.png is not a spreadsheet: it holds binary data/);
      expect(await refused('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(
        /old Excel 97–2003 file \(\.xls\)/,
      );
      expect(await refused('empty.csv', '')).toBe('empty.csv is empty (0 bytes): there is nothing to import');
      // Shorter than any file signature: read as text like any other, not an internal error.
      expect(await refused('two.csv', 'ab')).toMatch(/^No header row found in the first 25 rows of two\.csv/);
      expect(await refused('blank.csv', ',,,\r\n,,\r\n')).toBe('blank.csv has no rows with anything in them: there is nothing to import');
      expect(await refused('bomb.xlsx', zipBomb())).toMatch(
        /^bomb\.xlsx looks like a zip bomb: xl\/worksheets\/sheet1\.xml unpacks from [\d,]+ bytes to 943,718,400 bytes/,
      );
      expect(await refused('notes.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(50)]))).toMatch(/damaged zip file/);

      // 200 MB: refused from its size before anything is read (a sparse file, so the test stays fast).
      const big = saveUpload(path.join(w.t.dir, 'home'), 'huge.csv', 'x');
      const bigPath = path.join(w.t.dir, 'home', 'imports', big.uploadId, 'huge.csv');
      fs.truncateSync(bigPath, 200 * 1024 * 1024);
      const r = await importThroughJob(w.t, big.uploadId, { target: 'items' });
      expect(r.message).toBe('huge.csv is 200 MB; Corridor imports files up to 100 MB: split it into smaller files');

      expect(await refused('numbers.csv', '1\n2\n3\n')).toMatch(/^No header row found in the first 25 rows of numbers\.csv/);
      expect(await refused('other.csv', 'Colour,Size\nred,3\n')).toBe(
        'None of the columns of other.csv is one Corridor knows for items: the header on row 1 reads "Colour, Size"; expected columns such as Code, Name, Category, Base unit (or their HXL hashtags)',
      );
      expect(await refused('twice.csv', 'Code,Name,Category,Unit\nAA-1,One,nfi,each\nAA-1,Again,nfi,each\n')).toBe(
        'Nothing was written: 1 row is bad (first: row 3, A (Code): Code AA-1 is also on row 2: each code once per file); fix them or their mapping and try again',
      );
      expect(await refused('partial.csv', 'Code,Name\nAA-1,One\n')).toBe('Nothing was written: no column is mapped to Category, Base unit');
    },
  );

  it(
    'reports each of 5 bad rows among 10,000 with its row, column, value and reason, and writes none of the 10,000',
    { timeout: 300_000 },
    async () => {
      w = await stockWorld();
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Catalogue');
      ws.addRow(['Partner catalogue']);
      ws.addRow([]);
      ws.addRow(['Code', 'Name', 'Category', 'Unit', 'Unit weight (kg)']);
      ws.addRow(['#item +code', '#item +name', '#sector', '#item +unit', '#x_weight +kg']);
      for (let i = 0; i < 10_000; i++) ws.addRow([`P-${String(i).padStart(5, '0')}`, `Item ${i}`, 'nfi', 'each', 1.5]);
      // Spreadsheet rows: data starts on row 5.
      ws.getCell('C105').value = 'Spaceships';
      ws.getCell('E2005').value = 'heavy';
      ws.getCell('A4005').value = 'bad code!';
      ws.getCell('D6005').value = 'furlong';
      ws.getCell('B9005').value = null;
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      const before = countsOnDisk(w.t.dbPath);
      const r = await importThroughJob(w.t, upload(w.t, 'big.xlsx', buf), { target: 'items', commit: true });
      expect(r.message).toMatch(/^Nothing was written: 5 rows are bad \(first: row 105, C \(Category\)/);
      expect(countsOnDisk(w.t.dbPath).counts).toEqual(before.counts);
      const p = (await importThroughJob(w.t, upload(w.t, 'big.xlsx', buf), { target: 'items' })).preview!;
      expect(p).toMatchObject({
        format: 'xlsx',
        sheets: ['Catalogue'],
        headerRow: 3,
        hxlRow: 4,
        dataRows: 10_000,
        creates: 9_995,
        badRows: 5,
      });
      expect(p.bad).toEqual([
        {
          row: 105,
          column: 'C (Category)',
          value: 'Spaceships',
          reason:
            'Category "Spaceships" is not one of ours (food, nfi, shelter, wash, health, education, fuel, construction, spare_parts, other): map it under Values',
        },
        { row: 2005, column: 'E (Unit weight (kg))', value: 'heavy', reason: 'Unit weight (kg) is not a number' },
        { row: 4005, column: 'A (Code)', value: 'bad code!', reason: 'Code must be 2–30 letters, digits, dots or dashes' },
        {
          row: 6005,
          column: 'D (Unit)',
          value: 'furlong',
          reason: 'Base unit "furlong" is not one of ours (each, kg, litre, pair, piece, box, set, roll, metre, dose): map it under Values',
        },
        { row: 9005, column: 'B (Name)', value: '', reason: expect.stringMatching(/Name/) },
      ]);
    },
  );
});
