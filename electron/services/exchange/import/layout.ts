import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import type { Cell, SheetRow } from './read';

/*
 * Where a partner's table starts: title rows above the header are skipped, and an HXL hashtag row
 * (within the first 25 rows; a row counts when at least half its non-empty cells are hashtags)
 * is found under the header, or alone in place of it.
 */

const LOOK = 25;

export interface Layout {
  /** Index in rows of the header (the HXL row itself when there is no header). */
  header: number;
  hxl: number | null;
  headers: string[];
  hashtags: string[];
  /** Index in rows of the first data row. */
  firstData: number;
  titleRows: number;
}

const nonEmpty = (cells: Cell[]) => cells.filter((c) => c !== null && String(c).trim() !== '');

export function isHxlRow(cells: Cell[]): boolean {
  const filled = nonEmpty(cells);
  if (filled.length === 0) return false;
  const tags = filled.filter((c) => typeof c === 'string' && /^#[A-Za-z][\w]*(\s*\+[\w]+)*\s*$/.test(c)).length;
  return tags > 0 && tags * 2 >= filled.length;
}

/** A header names at least two columns in words, not numbers. */
const looksLikeHeader = (cells: Cell[]) => nonEmpty(cells).filter((c) => typeof c === 'string' && !/^[\d.,\s/-]+$/.test(c)).length >= 2;

export function findLayout(rows: SheetRow[], fileName: string): Layout {
  if (rows.length === 0) throw invalid(say('importCore.noRows', { file: fileName }));
  const width = (i: number) => rows[i].cells.length;
  const text = (cells: Cell[], n: number) => Array.from({ length: n }, (_, i) => (cells[i] == null ? '' : String(cells[i]).trim()));
  const limit = Math.min(rows.length, LOOK);
  const hxl = rows.slice(0, limit).findIndex((r) => isHxlRow(r.cells));
  if (hxl >= 0) {
    const above = hxl > 0 && looksLikeHeader(rows[hxl - 1].cells) && !isHxlRow(rows[hxl - 1].cells) ? hxl - 1 : null;
    const n = Math.max(width(hxl), above === null ? 0 : width(above));
    return {
      header: above ?? hxl,
      hxl,
      headers: above === null ? text([], n) : text(rows[above].cells, n),
      hashtags: text(rows[hxl].cells, n).map((t) => t.replace(/\s+/g, ' ').toLowerCase()),
      firstData: hxl + 1,
      titleRows: above ?? hxl,
    };
  }
  // No hashtags: the header is the first row naming two columns or more with a row of data under it.
  for (let i = 0; i < limit; i++) {
    if (!looksLikeHeader(rows[i].cells)) continue;
    const n = width(i);
    return { header: i, hxl: null, headers: text(rows[i].cells, n), hashtags: text([], n), firstData: i + 1, titleRows: i };
  }
  throw invalid(say('importCore.noHeader', { rows: LOOK, file: fileName }));
}
