import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptRowsFolder, saveUpload } from '../../electron/services/exchange/import/files';
import { openSpreadsheet, type SheetRow, type SheetSource } from '../../electron/services/exchange/import/read';
import { keepingSheet, keptSheet } from '../../electron/services/exchange/import/read-cache';
import { tempDir } from '../helpers/core';
import { imported, upload } from '../helpers/imports';
import { workbookParts, zipBytes } from '../helpers/xlsx-hand';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * The rows a preview read, kept for the commit (import/read-cache.ts): read back exactly as the
 * reader gave them, kept only for a sheet read to its end, ignored when the upload is not the
 * same file, never a reason for a preview to fail, and dropped once the import is committed.
 */

let cleanups: (() => void)[] = [];
let w: StockWorld | null = null;
afterEach(async () => {
  for (const c of cleanups) c();
  cleanups = [];
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
  w = null;
});

const ROWS = 2500; // more than two of the reader's batches of 1,000
/** A workbook of ROWS item rows and numbers JSON would not keep (-0, a value past a double's range). */
function workbook(): Buffer {
  const cell = (ref: string, v: string | number) =>
    typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [
    `<row r="1">${cell('A1', 'Code')}${cell('B1', 'Name')}${cell('C1', 'Weight')}${cell('D1', 'Category')}${cell('E1', 'Unit')}</row>`,
  ];
  for (let i = 0; i < ROWS; i++) {
    const n = i + 2;
    const weight = i === 7 ? '-0' : i === 8 ? '1e999' : String(0.25 + i / 8);
    rows.push(
      `<row r="${n}">${cell(`A${n}`, `K-${i}`)}${cell(`B${n}`, `Kept item ${i} é م`)}<c r="C${n}"><v>${weight}</v></c>${cell(`D${n}`, 'nfi')}${cell(`E${n}`, 'each')}</row>`,
    );
  }
  return zipBytes(
    workbookParts([
      { name: 'Notes', data: '' },
      { name: 'Items', data: rows.join('') },
    ]),
  );
}

async function drain(source: SheetSource): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const b of source.batches) rows.push(...b);
  return rows;
}

function setup() {
  const t = tempDir('corridor-kept-rows-');
  cleanups.push(t.cleanup);
  const homeDir = path.join(t.dir, 'home');
  const up = saveUpload(homeDir, 'items.xlsx', workbook());
  const file = path.join(homeDir, 'imports', up.uploadId, up.name);
  const u = { homeDir, uploadId: up.uploadId, path: file, sheet: 1 };
  const open = () => openSpreadsheet(file, up.name, up.bytes, { sheet: 1 });
  return { homeDir, up, file, u, open };
}

describe('import: the rows a preview read, kept for its commit', () => {
  it('gives back exactly what the reader gave: every row and cell, the sheet names and the format', async () => {
    const { u, open } = setup();
    const read = await drain(keepingSheet(open(), u));
    expect(read).toHaveLength(ROWS + 1);
    const kept = keptSheet(u)!;
    expect(kept).not.toBeNull();
    expect(await drain(kept)).toEqual(read);
    expect({ ...kept, batches: null }).toEqual({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheets: ['Notes', 'Items'],
      batches: null,
    });
    const again = await drain(keptSheet(u)!);
    expect(Object.is(again[8].cells[2], -0)).toBe(true);
    expect(again[9].cells[2]).toBe(Infinity);
    // Another sheet of the same upload has nothing kept.
    expect(keptSheet({ ...u, sheet: 0 })).toBeNull();
  });

  it('keeps nothing for a reading stopped early, and ignores what it kept once the upload changed', async () => {
    const { u, open, file } = setup();
    const stopped = keepingSheet(open(), u).batches;
    await stopped.next();
    await stopped.return(undefined);
    expect(fs.readdirSync(keptRowsFolder(u.homeDir, u.uploadId))).toEqual([]);
    expect(keptSheet(u)).toBeNull();

    await drain(keepingSheet(open(), u));
    expect(keptSheet(u)).not.toBeNull();
    const later = new Date(fs.statSync(file).mtimeMs + 5000);
    fs.utimesSync(file, later, later);
    expect(keptSheet(u)).toBeNull();
  });

  it('says so, and removes them, when the kept rows cannot be read back', async () => {
    const { u, open } = setup();
    await drain(keepingSheet(open(), u));
    const kept = path.join(keptRowsFolder(u.homeDir, u.uploadId), 'sheet-1');
    fs.truncateSync(kept, fs.statSync(kept).size - 10);
    await expect(drain(keptSheet(u)!)).rejects.toThrow(
      /^The rows read from items\.xlsx by its preview could not be read back \(a kept sheet ends early\); nothing was written and they were removed: preview the file again$/,
    );
    expect(fs.existsSync(keptRowsFolder(u.homeDir, u.uploadId))).toBe(false);
    expect(keptSheet(u)).toBeNull();
  });

  it('reads the whole sheet all the same when its rows cannot be written down', async () => {
    const { u, open } = setup();
    // A file where the folder should be: nothing can be written there.
    fs.mkdirSync(path.dirname(keptRowsFolder(u.homeDir, u.uploadId)), { recursive: true });
    fs.writeFileSync(keptRowsFolder(u.homeDir, u.uploadId), 'in the way');
    expect(await drain(keepingSheet(open(), u))).toHaveLength(ROWS + 1);
    expect(keptSheet(u)).toBeNull();
  });

  it('a preview keeps the rows, a second preview and the commit read them, and the commit drops them', { timeout: 180_000 }, async () => {
    w = await stockWorld();
    const id = upload(w.t, 'items.xlsx', workbook());
    const folder = keptRowsFolder(path.join(w.t.dir, 'home'), id);
    const file = path.join(w.t.dir, 'home', 'imports', id, 'items.xlsx');
    const at = 1_790_000_000; // whole seconds: set again below exactly
    fs.utimesSync(file, at, at);
    const first = await imported(w.t, id, { target: 'items', sheet: 1 });
    expect(first).toMatchObject({ dataRows: ROWS, creates: ROWS - 2, badRows: 2 });
    expect(fs.readdirSync(folder)).toEqual(['sheet-1']);
    // What follows reads the kept rows, not the file: zeros of the same size and time in its place go unnoticed.
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size));
    fs.utimesSync(file, at, at);
    // The weights -0 and 1e999 are bad; with that column left out by its mapping, every row commits.
    const columns = { [String(first.columns.find((c) => c.field === 'unitWeightKg')!.index)]: null };
    const second = await imported(w.t, id, { target: 'items', sheet: 1, columns });
    expect(second).toMatchObject({ dataRows: ROWS, creates: ROWS, badRows: 0 });
    const committed = await imported(w.t, id, { target: 'items', sheet: 1, columns, commit: true });
    expect(committed).toMatchObject({ creates: ROWS, committed: true });
    expect(fs.existsSync(folder)).toBe(false);
    const items = await w.call('items.list', {});
    expect(items.filter((i) => i.code.startsWith('K-'))).toHaveLength(ROWS);
  });
});
