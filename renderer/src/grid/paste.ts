import Papa from 'papaparse';
import type { z } from 'zod';
import { choiceProblem, isEditable, localeProblem, parseCellText, shownText, type GridColumn } from './columns';
import { checkRow, isBlank, toPayload } from './validation';
import { t } from '../i18n';

/**
 * A block copied from Excel or LibreOffice: tab-separated, Windows or Unix line endings,
 * cells quoted when they hold tabs, quotes or line breaks. Trailing empty lines (spreadsheets
 * add one) are dropped; every line is padded to the block's width.
 */
export function parseClipboard(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: '\t', quoteChar: '"', skipEmptyLines: false });
  const lines = parsed.data.map((line) => line.map((c) => c ?? ''));
  while (lines.length > 0 && lines[lines.length - 1].every((c) => c.trim() === '')) lines.pop();
  const width = Math.max(0, ...lines.map((l) => l.length));
  return lines.map((l) => (l.length < width ? [...l, ...Array<string>(width - l.length).fill('')] : l));
}

export interface PasteProblem {
  /** 1-based line of the pasted block. */
  line: number;
  /** Where it lands, e.g. "row 4 (FOB-N)" or "new row". */
  target: string;
  column: string;
  value: string;
  message: string;
}

/** One value a paste would change in an existing record, shown before anything is written. */
export interface PasteChange {
  key: string;
  /** The record, e.g. "row 4 (FD-BNS-50)". */
  target: string;
  field: string;
  column: string;
  before: string;
  after: string;
  /** The stored value, to put back when the paste is undone. */
  stored: unknown;
}

export interface PasteRowTarget {
  key: string;
  row: Record<string, unknown>;
  label: string;
}

export interface PasteInput {
  block: string[][];
  /** Displayed columns from the focused one rightwards. */
  columns: GridColumn[];
  /** All columns of the grid (to name fields a new row is missing). */
  allColumns: GridColumn[];
  /** Existing rows from the focused one downwards; lines beyond them become new rows. */
  rows: PasteRowTarget[];
  newRow: () => Record<string, unknown>;
  schema: z.ZodType;
  noun: string;
}

export interface PastePlan {
  payload: Record<string, unknown>[];
  /** Per payload row: the existing row's key, or null for a new row. */
  keys: (string | null)[];
  /** Per payload row: where it came from, for server-side problems. */
  lines: number[];
  targets: string[];
  /** Per payload row: each pasted cell's text by field, to show a value the core refused as it was pasted. */
  pasted: Map<string, string>[];
  problems: PasteProblem[];
  /** Headers of read-only columns the block covered (their cells were not used). */
  skipped: string[];
  /** Every value the paste changes in existing records (cells pasted with their stored value are not changes). */
  changes: PasteChange[];
  updated: number;
  created: number;
}

/**
 * Works out what a paste would write, checking every cell with the row schema; nothing is
 * written by this function. A plan with problems must not be saved at all.
 */
export function planPaste(input: PasteInput): PastePlan {
  const { block, columns, rows } = input;
  const width = block[0]?.length ?? 0;
  const plan: PastePlan = {
    payload: [],
    keys: [],
    lines: [],
    targets: [],
    pasted: [],
    problems: [],
    skipped: [],
    changes: [],
    updated: 0,
    created: 0,
  };
  if (width > columns.length) {
    plan.problems.push({
      line: 1,
      target: '—',
      column: '—',
      value: '',
      message: t('paste.tooWide', { width, count: columns.length }),
    });
    return plan;
  }
  const used = columns.slice(0, width);
  plan.skipped = used.filter((c) => !isEditable(c)).map((c) => c.header);
  const headerOf = (field: string) => input.allColumns.find((c) => c.field === field)?.header ?? (field || t('paste.row'));
  let newCount = 0;

  block.forEach((cells, k) => {
    const existing = rows[k];
    if (!existing && cells.every((c) => c.trim() === '')) return; // no empty new rows
    const target = existing ? existing.label : t('paste.newTarget', { noun: input.noun, n: ++newCount });
    const candidate: Record<string, unknown> = existing ? { ...existing.row } : { ...input.newRow() };
    const changes: PasteChange[] = [];
    const pasted = new Map<string, string>();
    used.forEach((col, j) => {
      if (!isEditable(col)) return;
      const value = parseCellText(col, cells[j]);
      const bad = choiceProblem(col, value) ?? localeProblem(col, value);
      if (bad) plan.problems.push({ line: k + 1, target, column: col.header, value: cells[j], message: bad });
      candidate[col.field] = value;
      pasted.set(col.field, cells[j]);
      if (existing) {
        // As the cell shows them: a blank that means a type default says so.
        const before = shownText(col, existing.row[col.field]);
        const after = shownText(col, value);
        if (before.trim() !== after.trim())
          changes.push({ key: existing.key, target, field: col.field, column: col.header, before, after, stored: existing.row[col.field] });
      }
    });
    if (existing?.row.archived) {
      plan.problems.push({
        line: k + 1,
        target,
        column: '—',
        value: '',
        message: t('paste.archivedRow'),
      });
      return;
    }
    const payload = toPayload(candidate);
    const check = checkRow(input.schema, payload);
    if (!check.ok) {
      for (const [field, message] of Object.entries(check.problems)) {
        if (plan.problems.some((p) => p.line === k + 1 && p.column === headerOf(field))) continue;
        plan.problems.push({
          line: k + 1,
          target,
          column: headerOf(field),
          value: pasted.get(field) ?? (isBlank(candidate[field]) ? '' : String(candidate[field])),
          message,
        });
      }
    }
    plan.changes.push(...changes);
    plan.payload.push(payload);
    plan.keys.push(existing ? existing.key : null);
    plan.lines.push(k + 1);
    plan.targets.push(target);
    plan.pasted.push(pasted);
    if (existing) plan.updated++;
    else plan.created++;
  });
  return plan;
}
