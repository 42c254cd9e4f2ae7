import type { ExportRequest } from '../../api/exchange';
import { messageLanguage } from '../../api/i18n/current';
import { gridLabelOrder, gridValueOrder } from '../../api/grid-order';
import { textOf, type SheetColumn } from './columns';

/*
 * AG Grid's client-side view of a record grid — column filters, sort and quick search — applied
 * by the core to the same rows, on the values as the grid displays them, so an export holds
 * exactly the rows the user sees. Text filters compare the displayed text case-insensitively;
 * number filters the number. Sorts are the grid's own orders (api/grid-order.ts): a select's
 * words in the reader's collation, any other column's value by AG Grid's default comparator.
 */

interface Condition {
  filterType?: string;
  type?: string;
  filter?: unknown;
  filterTo?: unknown;
}
interface Combined {
  filterType?: string;
  operator?: 'AND' | 'OR';
  conditions?: Condition[];
}

function textMatch(c: Condition, value: string): boolean {
  const v = value.toLowerCase();
  const f = String(c.filter ?? '').toLowerCase();
  switch (c.type) {
    case 'equals':
      return v === f;
    case 'notEqual':
      return v !== f;
    case 'startsWith':
      return v.startsWith(f);
    case 'endsWith':
      return v.endsWith(f);
    case 'notContains':
      return !v.includes(f);
    case 'blank':
      return v.trim() === '';
    case 'notBlank':
      return v.trim() !== '';
    default:
      return v.includes(f);
  }
}

function numberMatch(c: Condition, value: unknown): boolean {
  const n = value == null || value === '' ? null : Number(value);
  if (c.type === 'blank') return n === null;
  if (c.type === 'notBlank') return n !== null;
  if (n === null || Number.isNaN(n)) return false;
  const f = Number(c.filter);
  switch (c.type) {
    case 'notEqual':
      return n !== f;
    case 'lessThan':
      return n < f;
    case 'lessThanOrEqual':
      return n <= f;
    case 'greaterThan':
      return n > f;
    case 'greaterThanOrEqual':
      return n >= f;
    case 'inRange':
      return n >= f && n <= Number(c.filterTo);
    default:
      return n === f;
  }
}

const displayed = <R>(c: SheetColumn<R>, row: R) => (c.gridText ? c.gridText(row) : textOf(c.type, c.value(row)));

function matches<R>(col: SheetColumn<R>, model: Combined & Condition, row: R): boolean {
  const one = (c: Condition) =>
    (c.filterType ?? model.filterType) === 'number' ? numberMatch(c, col.value(row)) : textMatch(c, displayed(col, row));
  if (Array.isArray(model.conditions)) {
    return model.operator === 'OR' ? model.conditions.some(one) : model.conditions.every(one);
  }
  return one(model);
}

/**
 * Filters, searches and sorts rows as the grid shows them, reading them as they come: only the rows
 * that pass are kept, and only when the grid is sorted (a sort needs them all). Columns the source
 * lacks are ignored (they are not exported either).
 */
export function gridView<R>(
  rows: Iterable<R>,
  columns: SheetColumn<R>[],
  req: Pick<ExportRequest, 'filterModel' | 'sort' | 'quickFilter'>,
): Iterable<R> {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const filters = Object.entries(req.filterModel ?? {}).flatMap(([id, m]) => {
    const col = byId.get(id);
    return col && m && typeof m === 'object' ? [{ col, model: m as Combined & Condition }] : [];
  });
  const words = (req.quickFilter ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const passes = (r: R) => {
    if (!filters.every((f) => matches(f.col, f.model, r))) return false;
    if (words.length === 0) return true;
    const all = columns.map((c) => displayed(c, r).toLowerCase()).join('\n');
    return words.every((w) => all.includes(w));
  };
  const filtered = filters.length === 0 && words.length === 0 ? rows : filterLazily(rows, passes);
  const sorts = (req.sort ?? []).flatMap((s) => {
    const col = byId.get(s.colId);
    return col ? [{ col, dir: s.sort === 'desc' ? -1 : 1 }] : [];
  });
  if (sorts.length === 0) return filtered;
  // Each row's sort keys worked out once, not once per comparison: a select's words, any other
  // column's value as the grid holds it (the stored value, blank as null).
  const language = messageLanguage();
  const orders = sorts.map(({ col }) =>
    col.gridSortsByLabel ? (a: unknown, b: unknown) => gridLabelOrder(a as string, b as string, language) : gridValueOrder,
  );
  const keyed = [...filtered].map((row) => ({
    row,
    keys: sorts.map(({ col }) => (col.gridSortsByLabel ? displayed(col, row) : col.value(row))),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < sorts.length; i++) {
      const c = orders[i](a.keys[i], b.keys[i]);
      if (c !== 0) return c * sorts[i].dir;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}

function* filterLazily<R>(rows: Iterable<R>, passes: (r: R) => boolean): Generator<R> {
  for (const r of rows) if (passes(r)) yield r;
}
