import fs from 'node:fs';
import { openSpreadsheet, type SheetRow } from '../../electron/services/exchange/import/read';

/** A sheet of a file read by the import's own reader: every batch's rows, the batch sizes and the sheet names. */
export async function readSheet(file: string, sheet: number, checkCancelled?: () => void) {
  const src = openSpreadsheet(file, fs.realpathSync(file).split('/').pop()!, fs.statSync(file).size, { sheet, checkCancelled });
  const rows: SheetRow[] = [];
  const batches: number[] = [];
  for await (const b of src.batches) {
    batches.push(b.length);
    rows.push(...b);
  }
  return { sheets: src.sheets, rows, batches };
}

/** The refusal's message when reading `file` fails, or null when it reads. */
export async function refusal(file: string, sheet = 0): Promise<string | null> {
  try {
    await readSheet(file, sheet);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
