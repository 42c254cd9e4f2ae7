import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import type { Result } from '../../../electron/api/result';
import { explain } from '../app/errors';

/** One page as the core's list operations answer it. */
export type Page<Row> = { rows: Row[]; total: number };
/** The paging and sorting every server-paged list operation takes on top of its filters. */
export type PageRequest<Col extends string> = { sort: { colId: Col; sort: 'asc' | 'desc' }[]; offset: number; limit: number };

/**
 * The AG Grid infinite-row datasource of a server-paged list: each block the grid asks for is one
 * call to the core with the current filters, the grid's sort (only the columns the core can sort
 * by) and the block's offset and limit. A new `filters` object makes a new datasource, so the grid
 * starts again from the first block. Returns the total the core counted (null until the first
 * answer) and the reason the last block failed, worded for the user.
 */
export function usePagedRows<Row, Filters extends object, Col extends string>(
  fetchPage: (input: Filters & PageRequest<Col>) => Promise<Result<Page<Row>>>,
  filters: Filters,
  sortable: ReadonlySet<string>,
): { datasource: IDatasource; total: number | null; loadError: string | null } {
  const [total, setTotal] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (g: IGetRowsParams) => {
        const sort = g.sortModel.filter((s) => sortable.has(s.colId)).map((s) => ({ colId: s.colId as Col, sort: s.sort }));
        void fetchPage({ ...filters, sort, offset: g.startRow, limit: g.endRow - g.startRow }).then((r) => {
          if (!r.ok) {
            setLoadError(explain(r.error).message);
            g.failCallback();
            return;
          }
          setLoadError(null);
          setTotal(r.value.total);
          g.successCallback(r.value.rows, r.value.total);
        });
      },
    }),
    // fetchPage and sortable are module-level constants at every call site; filters drive the reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters],
  );
  return { datasource, total, loadError };
}

/** A typed search box's text once typing pauses, trimmed, so the core is asked once per pause. */
export function useSettledText(text: string, delayMs = 250): string {
  const [settled, setSettled] = useState(text.trim());
  useEffect(() => {
    const t = setTimeout(() => setSettled(text.trim()), delayMs);
    return () => clearTimeout(t);
  }, [text, delayMs]);
  return settled;
}
