import { sayLater } from './i18n/current';
import { z } from 'zod';
import { query } from './define';
import { optionalIdRef } from './formats';
import { text } from './text';

/*
 * Imports: a partner's spreadsheet (a file, or a block pasted from the clipboard) read into the
 * catalogue, organisations with contacts, sites or opening stock. The file is first put where the
 * core can read it (an upload, Electron's open dialog, or `imports.paste`), then a job reads it,
 * maps its columns and words, validates every row and previews; the same job with `commit`
 * writes everything in one transaction, or nothing.
 */

export const IMPORT_TARGETS = ['items', 'organisations', 'sites', 'openingStock', 'requests'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export const IMPORT_TARGET_LABELS: Record<ImportTarget, string> = {
  items: 'Catalogue (items)',
  organisations: 'Organisations with contacts',
  sites: 'Sites',
  openingStock: 'Opening stock',
  requests: "Requests (a partner's request list, as drafts)",
};

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Largest file an import takes (bigger ones are refused before reading, with their size named). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Largest pasted block (text). */
export const MAX_PASTE_CHARS = 10 * 1024 * 1024;

/** An upload's id: the folder under <home>/imports the file waits in. */
export const uploadId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, sayLater('schema.uploadId'));

const fieldKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/, sayLater('schema.fieldKey'));

export const importRequest = z.object({
  uploadId,
  target: z.enum(
    IMPORT_TARGETS,
    sayLater('schema.importTargetOneOf', () => ({ values: IMPORT_TARGETS.join(', ') })),
  ),
  /** Whose file it is: its mappings are remembered and offered next time. */
  partnerOrgId: optionalIdRef('Partner'),
  /** Which sheet of a workbook (0 = the first). */
  sheet: z.number().int().min(0).max(200).default(0),
  /** Column (0-based index in the file) → our field, or null to ignore; absent = suggested. */
  columns: z.record(z.string().regex(/^\d{1,4}$/, sayLater('schema.columnIndex')), fieldKey.nullable()).optional(),
  /** Per field: the partner's word (as written, trimmed) → our value ('' = leave the cell empty). */
  values: z.record(fieldKey, z.record(z.string().max(200), z.string().max(60))).optional(),
  /** How to read dates such as 03/04/2026 when the file does not make it clear. */
  dateOrder: z.enum(DATE_ORDERS).optional(),
  /** Write (all or nothing) instead of previewing. */
  commit: z.boolean().default(false),
});
export type ImportRequest = z.output<typeof importRequest>;

export interface ImportUpload {
  uploadId: string;
  name: string;
  bytes: number;
}

export interface ImportColumn {
  index: number;
  /** Column letter as a spreadsheet shows it (A, B, … AA). */
  letter: string;
  header: string;
  hashtag: string;
  field: string | null;
  /** How the field was chosen: by HXL hashtag, by header name, remembered for this partner, by hand, or not at all. */
  how: 'hashtag' | 'header' | 'remembered' | 'chosen' | 'none';
  sample: string[];
}

export interface ImportFieldInfo {
  key: string;
  label: string;
  required: boolean;
  /** The values it takes, when a list (value mapping applies). */
  choices: string[] | null;
}

export interface ImportValueWord {
  word: string;
  rows: number;
  /** Our value it maps to ('' = empty), or null when unknown (those rows are bad until mapped). */
  to: string | null;
  how: 'same' | 'suggested' | 'remembered' | 'chosen' | 'none';
}

export interface ImportBadCell {
  /** Row number as the spreadsheet shows it. */
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportChange {
  row: number;
  code: string;
  changes: { field: string; before: string; after: string }[];
}

export interface ImportPreview {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** CSV: the encoding and delimiter read. */
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: number;
  /** Spreadsheet row numbers: the header, the HXL row (null when none), the first data row. */
  headerRow: number;
  hxlRow: number | null;
  titleRows: number;
  dataRows: number;
  columns: ImportColumn[];
  fields: ImportFieldInfo[];
  /** Required fields no column maps to (nothing can be written until they are). */
  missing: string[];
  /** Date order used, and whether the file left it open (the user is asked). */
  dateOrder: DateOrder | null;
  dateOrderAsked: boolean;
  /** The value mapping of each list column: our choices, what the wizard calls each (in the call's language), and the file's words. */
  values: { field: string; label: string; choices: string[]; labels: Record<string, string>; words: ImportValueWord[] }[];
  creates: number;
  updates: number;
  unchanged: number;
  /** The first rows to create and to update (before → after); counts above are complete. */
  createSample: ImportChange[];
  updateSample: ImportChange[];
  bad: ImportBadCell[];
  badRows: number;
  /** Stock only: receipts that would be posted (one per site and owner). */
  receipts: number;
  committed: boolean;
}

export const importOps = {
  /**
   * The import wizard opened: the core readies a thread for its first preview (it loads the core's
   * modules while the operator picks a file), so the preview starts at once. Changes nothing.
   */
  'imports.ready': query<null>('records.edit')(z.object({}).default({})),
  /**
   * A block pasted from the clipboard, kept as a file the import job reads. It changes nothing in
   * the database (the import job does, on commit), so it is not a write operation.
   */
  'imports.paste': query<ImportUpload>('records.edit')(
    z.object({
      // Tabs and line breaks are the cells and rows of the block; control characters are not.
      text: text('Pasted cells', {
        min: 1,
        max: MAX_PASTE_CHARS,
        multiline: true,
      }),
    }),
  ),
};
