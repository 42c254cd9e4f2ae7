import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Rows for an editable grid whose rows come from a query that is refetched after each save (a
 * document's lines, the thresholds). Setting AG Grid's rowData again — even with row ids — ends
 * in a model update that clears the undo history, so Ctrl+Z stopped working after the first
 * save. When the new rows are the same rows in the same order, each changed one is updated in
 * place instead (unchanged rows keep their object, as the query's structural sharing leaves
 * them), and only a real change of rows (added, removed, reordered) sets rowData.
 * Each row is copied into the grid: AG Grid writes edits into its data objects, which must not
 * be the query's.
 */
export function useRowsInPlace<T extends object>(rows: readonly T[], idOf: (row: T) => string) {
  const apiRef = useRef<GridApi<T> | null>(null);
  const [initial] = useState(() => rows.map((r) => ({ ...r })));
  const shown = useRef<readonly T[] | null>(null);
  const first = useRef(rows);
  const latest = useRef(rows);
  latest.current = rows;

  const apply = useCallback(
    (a: GridApi<T>, next: readonly T[]) => {
      const before = shown.current ?? first.current;
      shown.current = next;
      if (before === next) return;
      const same = before.length === next.length && next.every((r, i) => idOf(r) === idOf(before[i]));
      if (!same) {
        a.setGridOption(
          'rowData',
          next.map((r) => ({ ...r })),
        );
        return;
      }
      next.forEach((r, i) => {
        if (r !== before[i]) a.getRowNode(idOf(r))?.updateData({ ...r });
      });
    },
    [idOf],
  );

  useEffect(() => {
    const a = apiRef.current;
    if (a && !a.isDestroyed()) apply(a, rows);
  }, [rows, apply]);

  /** Call from onGridReady: a new grid starts from the first rows; any that changed since are applied now. */
  const attach = useCallback(
    (a: GridApi<T>) => {
      apiRef.current = a;
      shown.current = first.current;
      apply(a, latest.current);
    },
    [apply],
  );
  return { rowData: initial, attach };
}
