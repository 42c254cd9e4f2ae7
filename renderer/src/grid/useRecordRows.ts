import type { GridApi, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { CellErrors, DRAFT_KEY } from './cellErrors';
import { copyRow, type GridRow } from './records';
import type { RowProblems } from './validation';
import { t } from '../i18n';

/**
 * The rows of a record grid kept equal to the database: `stored` holds each row exactly as the
 * core last returned it, `unsaved` the edits kept on screen but not saved because the row is not
 * valid yet, `errors` the messages at cells. Only real differences of a new list are applied, so
 * an unchanged list keeps AG Grid's undo history.
 */
export function useRecordRows(rows: GridRow[] | undefined, describe: (row: Record<string, unknown>) => string, draftLabel: string) {
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const [api, setApi] = useState<GridApi<GridRow> | null>(null);
  const stored = useRef(new Map<string, GridRow>());
  const unsaved = useRef(new Map<string, Record<string, unknown>>());
  const errors = useRef(new CellErrors());
  const loaded = useRef(false);
  const [displayed, setDisplayed] = useState(0);
  const [, rerender] = useReducer((x: number) => x + 1, 0);

  const attach = useCallback((a: GridApi<GridRow>) => {
    apiRef.current = a;
    setApi(a);
  }, []);

  useEffect(() => {
    if (!api || !rows) return;
    const next = new Map(rows.map((r) => [r.id, r]));
    if (!loaded.current) {
      api.setGridOption('rowData', rows.map(copyRow));
      loaded.current = true;
    } else {
      const prev = stored.current;
      const add: GridRow[] = [];
      const update: GridRow[] = [];
      const remove: GridRow[] = [];
      for (const r of rows) {
        const p = prev.get(r.id);
        if (!p) add.push(copyRow(r));
        else if (p.version !== r.version || p.archived !== r.archived) {
          update.push(copyRow(r));
          unsaved.current.delete(r.id);
          errors.current.clear(r.id);
        }
      }
      for (const [id, p] of prev) if (!next.has(id)) remove.push(p);
      if (add.length || update.length || remove.length) api.applyTransaction({ add, update, remove });
    }
    stored.current = next;
    setDisplayed(api.getDisplayedRowCount());
    rerender();
  }, [api, rows]);

  const countDisplayed = useCallback(() => setDisplayed(apiRef.current?.getDisplayedRowCount() ?? 0), []);

  /** Re-styles every cell of those rows except one being edited (a forced refresh would recreate its editor and lose what is typed). */
  const refreshRows = useCallback((keys: string[]) => {
    const a = apiRef.current;
    if (!a) return;
    const nodes = keys
      .map((k) => (k === DRAFT_KEY ? a.getPinnedTopRow(0) : a.getRowNode(k)))
      .filter((n): n is IRowNode<GridRow> => Boolean(n));
    const editing = new Set(a.getEditingCells().map((c) => c.column?.getColId()));
    const columns = a.getAllDisplayedColumns().filter((c) => !editing.has(c.getColId()));
    a.refreshCells({ rowNodes: nodes, columns, force: true });
    rerender();
  }, []);

  const setRowErrors = useCallback(
    (key: string, problems: RowProblems | null) => {
      if (problems) errors.current.set(key, problems);
      else errors.current.clear(key);
      refreshRows([key]);
    },
    [refreshRows],
  );

  /** Puts a row back to what the database holds, dropping unsaved edits. */
  const revertRow = useCallback((id: string) => {
    const a = apiRef.current;
    const s = stored.current.get(id);
    unsaved.current.delete(id);
    if (a && s) a.getRowNode(id)?.updateData(copyRow(s));
  }, []);

  /** "row 4 (FOB-N)" for messages. */
  const labelOf = useCallback(
    (key: string) => {
      if (key === DRAFT_KEY) return draftLabel;
      const node = apiRef.current?.getRowNode(key);
      const row = node?.data ?? stored.current.get(key);
      const at = node?.rowIndex != null ? t('paste.rowN', { n: node.rowIndex + 1 }) : t('paste.row');
      return row ? t('grid.rowDescribed', { at, row: describe(row) }) : at;
    },
    [describe, draftLabel],
  );

  return {
    api,
    apiRef,
    attach,
    stored,
    unsaved,
    errors,
    displayed,
    countDisplayed,
    rerender,
    refreshRows,
    setRowErrors,
    revertRow,
    labelOf,
  };
}

export type RecordRows = ReturnType<typeof useRecordRows>;
