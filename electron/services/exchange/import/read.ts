import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { MAX_IMPORT_BYTES } from '../../../api/imports';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import { readXml } from './xlsx-xml';
import { CellPastLastColumn, sheetHandlers } from './xlsx-sheet';
import { PartPastDeclared } from './xlsx-zip';
import { indexParts, readSharedStrings, readWorkbook, sheetPart, type PartIndex } from './xlsx-workbook';
import { checkWorkbookZip, readAt } from './zip-check';

/*
 * Reading a partner's file into rows of cells, whatever it is: XLSX (any sheet, streamed from the
 * zip through saxes: xlsx-zip.ts, xlsx-workbook.ts, xlsx-sheet.ts) or CSV/TSV text in UTF-8 with or without BOM, UTF-16 or Windows-1252, with
 * `,` `;` or tab between cells (detected). Anything else is refused with what it looks like.
 */

export type Cell = string | number | null;
/** One non-empty row and its number as the spreadsheet shows it. */
export interface SheetRow {
  n: number;
  cells: Cell[];
}

/**
 * A partner's file as it is read: the chosen sheet's non-empty rows come in batches, so a reader
 * can judge them and let them go rather than hold a 100,000-row sheet at once.
 */
export interface SheetSource {
  format: 'xlsx' | 'csv';
  encoding: string | null;
  delimiter: string | null;
  /** Every sheet's name, complete once `batches` has given its first batch (XLSX: from the workbook, before any row). */
  sheets: string[];
  batches: AsyncGenerator<SheetRow[]>;
}

/** Rows per batch: large enough that the per-batch cost vanishes, small enough to be let go young. */
const BATCH = 1000;

const MAX_ROWS = 1_000_000;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export interface ReadOptions {
  sheet: number;
  checkCancelled?: () => void;
}

/** Opens the file at `path` (named `name` for messages); a file that is no spreadsheet is refused here. */
export function openSpreadsheet(path: string, name: string, bytes: number, opts: ReadOptions): SheetSource {
  if (bytes === 0) throw invalid(say('importCore.empty', { file: name }));
  if (bytes > MAX_IMPORT_BYTES) {
    throw invalid(say('importCore.tooBig', { file: name, size: MB(bytes), max: MB(MAX_IMPORT_BYTES) }));
  }
  // Eight bytes whatever the file's size (zeros past its end): a file of 1 to 3 bytes has no
  // signature, and reading one from a shorter buffer threw a RangeError instead of a refusal.
  const head = readAt(path, 0, 8);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return openXlsx(path, name, bytes, opts);
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    throw invalid(say('importCore.xls', { file: name }));
  }
  if (head.toString('latin1', 0, 4) === '%PDF') throw invalid(say('importCore.pdf', { file: name }));
  return readCsv(readFileSync(path), name);
}

/** The text of a CSV file and the encoding it was in. */
export function decodeText(buf: Buffer, name: string): { text: string; encoding: string } {
  let text: string;
  let encoding: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    [text, encoding] = [new TextDecoder('utf-8').decode(buf.subarray(3)), 'UTF-8 (BOM)'];
  else if (buf[0] === 0xff && buf[1] === 0xfe) [text, encoding] = [new TextDecoder('utf-16le').decode(buf.subarray(2)), 'UTF-16LE'];
  else if (buf[0] === 0xfe && buf[1] === 0xff) [text, encoding] = [new TextDecoder('utf-16be').decode(buf.subarray(2)), 'UTF-16BE'];
  else {
    // UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte.
    const sample = buf.subarray(0, 4096);
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] !== 0) continue;
      if (i % 2) oddNul++;
      else evenNul++;
    }
    if (oddNul > sample.length / 4 && evenNul === 0) [text, encoding] = [new TextDecoder('utf-16le').decode(buf), 'UTF-16LE'];
    else if (evenNul > sample.length / 4 && oddNul === 0) [text, encoding] = [new TextDecoder('utf-16be').decode(buf), 'UTF-16BE'];
    else {
      try {
        [text, encoding] = [new TextDecoder('utf-8', { fatal: true }).decode(buf), 'UTF-8'];
      } catch {
        // Not valid UTF-8: what Excel on Windows writes as "CSV" in western locales.
        [text, encoding] = [new TextDecoder('windows-1252').decode(buf), 'Windows-1252'];
      }
    }
  }
  // eslint-disable-next-line no-control-regex
  const binary = /[\u0000-\u0008\u000e-\u001f]/.exec(text.slice(0, 65536));
  if (binary) {
    throw invalid(say('importCore.binary', { file: name, byte: binary.index }));
  }
  return { text, encoding };
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter whose rows agree most on a cell count above one (title rows above the header have one cell). */
export function detectDelimiter(text: string): string {
  const head = text.slice(0, 64 * 1024);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const rows = Papa.parse<string[]>(head, { delimiter: d, preview: 60, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

const blank = (v: string) => v.trim() === '';

function readCsv(buf: Buffer, name: string): SheetSource {
  const { text, encoding } = decodeText(buf, name);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows: SheetRow[] = [];
  const data = parsed.data;
  if (data.length > MAX_ROWS) throw invalid(say('importCore.tooManyRows', { file: name, rows: data.length, max: MAX_ROWS }));
  for (let i = 0; i < data.length; i++) {
    const r = data[i];
    if (r.every(blank)) continue;
    rows.push({ n: i + 1, cells: r.map((c) => (blank(c) ? null : c.trim())) });
  }
  return {
    format: 'csv',
    encoding,
    delimiter,
    sheets: [],
    // The text is held whole anyway (the delimiter and encoding are read from it).
    batches: (async function* () {
      for (let i = 0; i < rows.length; i += BATCH) yield await Promise.resolve(rows.slice(i, i + BATCH));
    })(),
  };
}

function openXlsx(path: string, name: string, bytes: number, opts: ReadOptions): SheetSource {
  const parts = indexParts(checkWorkbookZip(path, bytes, name));
  const sheets: string[] = [];
  return { format: 'xlsx', encoding: null, delimiter: null, sheets, batches: xlsxBatches(path, name, parts, sheets, opts) };
}

async function* xlsxBatches(path: string, name: string, parts: PartIndex, sheets: string[], opts: ReadOptions): AsyncGenerator<SheetRow[]> {
  // What the reading throws is the file's fault (its detail shown), unless it is a refusal of ours
  // already; a cancellation from checkCancelled passes through as itself (it is not in a try here).
  const notWorkbook = (e: unknown) =>
    e instanceof Error && e.name === 'DomainError'
      ? e
      : e instanceof CellPastLastColumn
        ? invalid(say('importCore.pastLastColumn', { file: name, ref: e.ref, row: e.row }))
        : e instanceof PartPastDeclared
          ? invalid(say('importCore.zipPartPastDeclared', { file: name, part: e.part, declared: e.declared }))
          : invalid(say('importCore.notWorkbook', { file: name, detail: e instanceof Error ? e.message : String(e) }));
  // Full batches wait here while saxes works through a piece of the sheet, then go out one by one.
  const ready: SheetRow[][] = [];
  let batch: SheetRow[] = [];
  let count = 0;
  const onRow = (row: SheetRow) => {
    if (count++ >= MAX_ROWS) throw invalid(say('importCore.sheetTooManyRows', { file: name, max: MAX_ROWS }));
    batch.push(row);
    if (batch.length === BATCH) {
      ready.push(batch);
      batch = [];
    }
  };
  let reading: AsyncGenerator<void>;
  try {
    const workbook = await readWorkbook(path, parts);
    for (const s of workbook.sheets) sheets.push(s.name);
    const chosen = workbook.sheets[opts.sheet];
    if (!chosen) {
      throw invalid(say('importCore.noSuchSheet', { file: name, count: sheets.length, sheets: sheets.join(', '), sheet: opts.sheet + 1 }));
    }
    const part = sheetPart(parts, chosen);
    const strings = workbook.sharedStrings ? await readSharedStrings(path, workbook.sharedStrings) : [];
    reading = readXml(path, part, sheetHandlers(strings, onRow));
  } catch (e) {
    throw notWorkbook(e);
  }
  try {
    for (;;) {
      let step: IteratorResult<void>;
      try {
        step = await reading.next();
      } catch (e) {
        throw notWorkbook(e);
      }
      while (ready.length) {
        opts.checkCancelled?.();
        yield ready.shift()!;
      }
      if (step.done) break;
    }
  } finally {
    // Closes the part's file when the reader stops early (a refusal, a cancellation, the plan done).
    await reading.return(undefined);
  }
  if (batch.length) yield batch;
}
