import type { SheetColumn } from '../columns';
import type { SheetMeta } from './meta';

/** An open spreadsheet file, written row by row (never held whole in memory). */
export interface SheetWriter {
  /** Writes one row of raw values (one per column); may wait while the file catches up. */
  row(values: readonly unknown[]): Promise<void> | void;
  /** Finishes the file; resolves once it is on disk. */
  finish(): Promise<void>;
  /** Stops writing (cancel or failure); the caller removes the file. */
  abort(): void;
}

export interface SheetSpec {
  path: string;
  meta: SheetMeta;
  columns: SheetColumn<never>[];
  /** Column widths in characters, in column order. */
  widths: number[];
  hxl: boolean;
}
