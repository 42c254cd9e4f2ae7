import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportOutcome } from '../../electron/api/exchange';
import type { OpInput } from '../../electron/api/contract';
import { exportFileOf } from '../../electron/services/exchange/files';
import type { TestCore } from './core';
import { recordEvents } from './jobs';

type ExportInput = Omit<Extract<OpInput<'jobs.start'>, { kind: 'export' }>, 'kind'>;

/** Runs an export job to its end and returns its outcome and file (a real job thread, a real file). */
export async function exportThroughJob(t: TestCore, input: ExportInput) {
  const rec = recordEvents(t.core);
  const started = await t.core.call('jobs.start', { kind: 'export', ...input });
  const job = await rec.ended(started.id);
  rec.unsubscribe();
  if (job.state !== 'done') throw new Error(`export ${job.state}: ${job.message}`);
  const file = exportFileOf(path.join(t.dir, 'home'), job.id);
  if (!file) throw new Error('no export file');
  return { job, outcome: job.result as ExportOutcome, file: file.path, bytes: fs.readFileSync(file.path) };
}

/** The first sheet of an XLSX as exceljs reads it back: every row's values. */
export async function readXlsx(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return { wb, sheet, rows };
}

/** A CSV read back by exceljs's CSV reader (fast-csv): the rows as text. */
export async function readCsv(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  const sheet = await wb.csv.readFile(file, { parserOptions: { delimiter: ',' }, map: (v: unknown) => v } as never);
  const rows: string[][] = [];
  sheet.eachRow(
    { includeEmpty: true },
    (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  return rows;
}
