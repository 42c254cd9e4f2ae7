import { sayLater } from '../i18n/current';
import { z } from 'zod';
import { command } from '../define';
import { uuid } from '../formats';
import { text } from '../text';
import type { CountLineView } from './counts';
import type { StockDocumentDetail } from './documents';

/*
 * A block pasted from a spreadsheet as new lines of a draft stock document, or as stock found on a
 * count sheet: the cells as text, read in the core in the caller's locale (numbers, dates) and
 * resolved against the catalogue, the organisations and the site's stock, all or nothing. A
 * refusal's issues have the path [rows, <row>, <column>] (the column's index in `columns`), or
 * [rows, <row>, <field>] for a field the block has no column for.
 */

/** What a column of a pasted block of document lines holds. */
export const PASTE_LINE_FIELDS = [
  'item',
  'lot',
  'expiry',
  'owner',
  'condition',
  'toCondition',
  'writeOff',
  'direction',
  'quantity',
  'packs',
  'pack',
  'fefoReason',
  'notes',
] as const;
export type PasteLineField = (typeof PASTE_LINE_FIELDS)[number];

/** What a column of stock found on a count sheet holds. */
export const PASTE_FOUND_FIELDS = ['item', 'lot', 'expiry', 'owner', 'condition', 'counted'] as const;
export type PasteFoundField = (typeof PASTE_FOUND_FIELDS)[number];

/** At most this many lines in one paste (a big delivery note; a count of a whole warehouse). */
export const MAX_PASTED_LINES = 10_000;

/** One cell: one line of text (tabs and line breaks are what separate cells and lines), control characters refused. */
const cell = text('Pasted cells', { max: 1000 });

function pasteBlock<F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .object({
      documentId: uuid,
      columns: z
        .array(z.enum(fields))
        .min(1, sayLater('schema.pasteColumns'))
        .max(fields.length)
        .refine((c) => new Set(c).size === c.length, sayLater('schema.pasteColumnTwice')),
      rows: z
        .array(z.array(cell))
        .min(1, sayLater('schema.nothingToPaste'))
        .max(MAX_PASTED_LINES, sayLater('schema.atMostPastedLines', { max: MAX_PASTED_LINES })),
    })
    .refine((b) => b.rows.every((r) => r.length === b.columns.length), { ...sayLater('schema.pasteCellPerColumn'), path: ['rows'] });
}

export const pasteLinesInput = pasteBlock(PASTE_LINE_FIELDS);
export const pasteFoundInput = pasteBlock(PASTE_FOUND_FIELDS);

/** The document with its new lines, and which lines the paste added (to undo it as a whole). */
export interface PastedLines {
  detail: StockDocumentDetail;
  added: { id: string; version: number }[];
}

/** The found lines the paste added (a blind count's expected quantities stay hidden). */
export interface PastedFound {
  lines: CountLineView[];
}

export const stockPasteOps = {
  /** New lines of a draft from pasted cells, all or nothing in one transaction. */
  'stock.lines.paste': command<PastedLines>('stock.edit')(pasteLinesInput),
  /** Stock found on the shelf, pasted as lines of a count sheet, all or nothing. */
  'stock.count.pasteFound': command<PastedFound>('stock.edit')(pasteFoundInput),
};
