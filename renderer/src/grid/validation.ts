import type { z } from 'zod';
import type { FieldIssue } from '../../../electron/api/result';
import { localeProblem, type GridColumn } from './columns';

/** Problems of one row, first message per field ('' = the row as a whole). */
export type RowProblems = Record<string, string>;

export type RowCheck = { ok: true } | { ok: false; problems: RowProblems };

/** Fields the core sets itself; a grid row carries them but never sends them. */
const BOOKKEEPING = new Set(['createdAt', 'createdByInstallation', 'updatedAt', 'updatedByInstallation', 'archived', 'replacedBy']);

/** The row as a save operation takes it: editable fields plus id and version (optimistic lock). */
export function toPayload(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => !BOOKKEEPING.has(k) && v !== undefined));
}

/**
 * Validates a whole row with the same zod schema the core uses, so the grid refuses exactly
 * what the core would refuse (cross-field rules included, e.g. a UN number needs a DG class).
 */
export function checkRow(schema: z.ZodType, row: Record<string, unknown>): RowCheck {
  const r = schema.safeParse(row);
  if (r.success) return { ok: true };
  const problems: RowProblems = {};
  for (const issue of r.error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    if (!(field in problems)) problems[field] = issue.message;
  }
  return { ok: false, problems };
}

/**
 * checkRow for a grid row, after reading number and date cells in the locale: a cell still holding
 * text that cannot be read ("1,234" in French, a date in no known order) is named with the reason
 * before the schema sees it (the schema alone would take "1,234" for 1.234).
 */
export function checkGridRow(schema: z.ZodType, columns: GridColumn[], row: Record<string, unknown>): RowCheck {
  const local: RowProblems = {};
  for (const col of columns) {
    const p = localeProblem(col, row[col.field]);
    if (p) local[col.field] = p;
  }
  const check = checkRow(schema, row);
  if (Object.keys(local).length === 0) return check;
  return { ok: false, problems: { ...(check.ok ? {} : check.problems), ...local } };
}

/** Groups a save refusal's issues (path ['rows', i, field]) by row index. */
export function issuesByRow(issues: FieldIssue[] | undefined): Map<number, RowProblems> {
  const byRow = new Map<number, RowProblems>();
  for (const issue of issues ?? []) {
    if (issue.path[0] !== 'rows' || typeof issue.path[1] !== 'number') continue;
    const field = typeof issue.path[2] === 'string' ? issue.path[2] : '';
    const p = byRow.get(issue.path[1]) ?? {};
    if (!(field in p)) p[field] = issue.message;
    byRow.set(issue.path[1], p);
  }
  return byRow;
}

export const isBlank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
