import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState, type MutableRefObject } from 'react';
import type { CountLineView, StockDocumentView } from '../../../../electron/api/stock';
import { invoke } from '../../lib/api';
import type { CountSummary } from './CountSheetBar';
import type { CountLine as Line } from './countColumns';
import { countSummary } from './countInput';
import { FIRST_LINES } from './countLines';
import { take } from './prefetch';

/** A count line with the expiry state the row colours read (expired before the sheet's day). */
export const withStatus = (l: CountLineView, asOf: string): Line => ({
  ...l,
  expiryStatus: !l.expiryDate ? 'none' : l.expiryDate < asOf ? 'expired' : undefined,
});

/**
 * Loads a count sheet into its grid: the first screenful comes first (with the sheet's totals
 * from the core), the rest right after, so a 5,000-line sheet is on screen as fast as a short one
 * and complete a moment later. Keeps the sheet's totals, recounted from the grid once every line
 * is in (counting loaded lines before that would undercount).
 */
export function useCountLines(id: string, apiRef: MutableRefObject<GridApi<Line> | null>) {
  const [doc, setDoc] = useState<StockDocumentView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [summary, setSummary] = useState<CountSummary>({ lines: 0, counted: 0, differences: 0, net: 0 });
  const asOf = useRef(new Date().toISOString().slice(0, 10)).current;
  const complete = useRef(false);
  // Counting starts at once from the keyboard: an open sheet puts the focus on the first Counted cell.
  const focusFirst = useRef(false);

  const recount = useCallback(() => {
    const a = apiRef.current;
    if (!a || !complete.current) return;
    const lines: Line[] = [];
    a.forEachNode((n) => n.data && lines.push(n.data));
    setSummary(countSummary(lines));
  }, [apiRef]);

  const load = useCallback(async () => {
    complete.current = false;
    setLoading(true);
    const r = await take('stock.count.get', { id, limit: FIRST_LINES });
    if (!r.ok) {
      setLoadError(r.error);
      return;
    }
    setDoc(r.value.document);
    const a = apiRef.current;
    if (!a || a.isDestroyed()) return;
    a.setGridOption(
      'rowData',
      r.value.rows.map((l) => withStatus(l, asOf)),
    );
    focusFirst.current = r.value.document.workflow.actions.some((x) => x.action === 'count');
    const s = r.value.summary;
    setSummary({ lines: s.lines, counted: s.counted, differences: s.withDifference, net: s.netDifference });
    if (r.value.total > r.value.rows.length) {
      const rest = await invoke('stock.count.get', { id, offset: r.value.rows.length, limit: 20_000 });
      if (!rest.ok) {
        setLoadError(rest.error);
        return;
      }
      if (a.isDestroyed()) return;
      a.applyTransaction({ add: rest.value.rows.map((l) => withStatus(l, asOf)) });
    }
    complete.current = true;
    setLoading(false);
    recount();
  }, [id, asOf, recount, apiRef]);

  return { doc, setDoc, loadError, loading, summary, asOf, complete, focusFirst, load, recount };
}
