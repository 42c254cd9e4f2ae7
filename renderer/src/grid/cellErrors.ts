import type { CellClassParams, ColDef, ITooltipParams } from 'ag-grid-community';
import type { RowProblems } from './validation';

/** Reads the message of one cell, if it has one. */
export interface CellErrorLookup {
  get(rowKey: string, field: string): string | undefined;
}

/** The key of the pinned "new row" draft of a grid. */
export const DRAFT_KEY = '__new__';

/** The grid's key for a row: the record id, or the draft marker for the pinned new row. */
export const rowKeyOf = (node: { rowPinned?: string | null; data?: { id?: string } } | null | undefined) =>
  !node || node.rowPinned ? DRAFT_KEY : (node.data?.id ?? DRAFT_KEY);

/**
 * Validation at the cell, the same in every grid: a cell with a message is red (`cell-invalid`)
 * and shows the message as its tooltip. `fields` are the fields whose messages belong to this
 * column (a lot column also answers for a refused lot id).
 */
export function invalidCell(errors: CellErrorLookup, ...fields: string[]): Pick<ColDef, 'cellClassRules' | 'tooltipValueGetter'> {
  const messageOf = (node: CellClassParams['node'] | ITooltipParams['node']) => {
    const key = rowKeyOf(node);
    for (const f of fields) {
      const m = errors.get(key, f);
      if (m !== undefined) return m;
    }
    return undefined;
  };
  return {
    cellClassRules: { 'cell-invalid': (p: CellClassParams) => messageOf(p.node) !== undefined },
    tooltipValueGetter: (p: ITooltipParams) => messageOf(p.node) ?? null,
  };
}

/**
 * Messages shown at cells, keyed by row key and field. Kept outside React state so AG Grid's
 * cell class rules and tooltips can read it synchronously; the grid re-renders the affected rows.
 */
export class CellErrors implements CellErrorLookup {
  private readonly rows = new Map<string, RowProblems>();

  get(rowKey: string, field: string): string | undefined {
    return this.rows.get(rowKey)?.[field];
  }

  set(rowKey: string, problems: RowProblems): void {
    if (Object.keys(problems).length === 0) this.rows.delete(rowKey);
    else this.rows.set(rowKey, problems);
  }

  clear(rowKey: string): boolean {
    return this.rows.delete(rowKey);
  }

  entries(): [string, RowProblems][] {
    return [...this.rows.entries()];
  }
}
