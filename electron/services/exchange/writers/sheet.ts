import type { SheetColumn } from '../columns';
import type { SheetMeta } from './meta';

/**
 * An open spreadsheet file, written row by row in one pass (never held whole in memory). The
 * title block's sharing label is the strictest of the rows written, so it is only known at the
 * end: `finish` takes the title block, and the writer puts it where the format allows (XLSX: in
 * parts written after the sheet; CSV has none).
 */
export interface SheetWriter {
  /** Writes one row of raw values (one per column; the caller reuses the array once this returns); may wait while the file catches up. */
  row(values: readonly unknown[]): Promise<void> | void;
  /** Finishes the file; resolves once it is on disk, with its SHA-256 (taken while writing) and size. */
  finish(meta: SheetMeta): Promise<{ sha256: string; bytes: number }>;
  /** Stops writing (cancel or failure); resolves once the file is closed, for the caller to remove it. */
  abort(): Promise<void>;
}

export interface SheetSpec {
  path: string;
  /** The sheet's name (the export's title). */
  title: string;
  columns: SheetColumn<never>[];
  /** Column widths in characters, in column order. */
  widths: number[];
  hxl: boolean;
}
