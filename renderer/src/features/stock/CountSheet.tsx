import type { CellClassParams, CellClassRules, CellValueChangedEvent, ColDef, GridApi, IRowNode } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CountApproval, CountLineView, StockDocumentView } from '../../../../electron/api/stock';
import { explain } from '../../app/errors';
import { ErrorPanel } from '../../app/ErrorPanel';
import { parseClipboard } from '../../grid/paste';
import { gridTheme } from '../../grid/theme';
import { invoke } from '../../lib/api';
import { FIRST_LINES } from './countLines';
import { parseCounted } from './countInput';
import { take } from './prefetch';
import { expiryRowClass } from './legend';
import { CONDITION_LABELS, day, qty, signed } from './labels';
import { stockHref } from './useHashParams';
import { DEFAULT_COL } from './gridProps';

type Line = CountLineView & { expiryStatus?: string };
type Filter = 'all' | 'uncounted' | 'differences';

const ROW_CLASS = expiryRowClass<Line>();

const withStatus = (l: CountLineView, asOf: string): Line => ({
  ...l,
  expiryStatus: !l.expiryDate ? 'none' : l.expiryDate < asOf ? 'expired' : undefined,
});

/**
 * One count sheet: every line in one grid (a 5,000-line sheet opens in well under a second),
 * counted quantities typed (each saved at once) or pasted as a block (all or nothing), the
 * differences highlighted, and approval posting the adjustment.
 */
export default function CountSheet(p: { id: string; onBack: () => void }) {
  const [doc, setDoc] = useState<StockDocumentView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; text: string }>({ kind: 'idle', text: '' });
  const [summary, setSummary] = useState({ lines: 0, counted: 0, differences: 0, net: 0 });
  const [confirm, setConfirm] = useState(false);
  const [approval, setApproval] = useState<CountApproval | null>(null);
  const [approveError, setApproveError] = useState<unknown>(null);
  const [pasteProblems, setPasteProblems] = useState<string[]>([]);
  const apiRef = useRef<GridApi<Line> | null>(null);
  const errors = useRef(new Map<string, string>());
  const pending = useRef(0);
  const filterRef = useRef<Filter>('all');
  filterRef.current = filter;
  const asOf = useRef(new Date().toISOString().slice(0, 10)).current;
  const complete = useRef(false);
  // Counting starts at once from the keyboard: an open sheet puts the focus on the first Counted cell.
  const focusFirst = useRef(false);
  const [loading, setLoading] = useState(true);

  // Lines typed or pasted while a filter is on stay in view until the filter is changed: were a
  // just-counted line to vanish from "Not counted yet", the rows would shift under the cursor and
  // the next count typed (after Enter) would land on the wrong line.
  const keep = useRef(new Set<string>());
  // Saves of one line go one after another, each sending the version the previous one produced
  // (the core refuses a stale version: optimistic locking).
  const lineQueue = useRef(new Map<string, Promise<unknown>>());
  const versionOf = (id: string, fallback: number) => apiRef.current?.getRowNode(id)?.data?.version ?? fallback;
  function queued<T>(id: string, job: () => Promise<T>): Promise<T> {
    const next = (lineQueue.current.get(id) ?? Promise.resolve()).then(job, job);
    lineQueue.current.set(id, next);
    return next;
  }
  const isFiltered = useCallback(() => filterRef.current !== 'all', []);
  const passes = useCallback(
    (n: IRowNode<Line>) =>
      Boolean(n.data && keep.current.has(n.data.id)) ||
      (filterRef.current === 'uncounted' ? n.data?.counted == null : n.data?.counted != null && n.data.counted !== n.data.expected),
    [],
  );

  const recount = useCallback(() => {
    const a = apiRef.current;
    // Until every line is in, the core's totals stand (counting loaded lines would undercount).
    if (!a || !complete.current) return;
    let lines = 0;
    let counted = 0;
    let differences = 0;
    let net = 0;
    a.forEachNode((n) => {
      const l = n.data;
      if (!l) return;
      lines++;
      if (l.counted != null) {
        counted++;
        if (l.counted !== l.expected) differences++;
        net += l.counted - l.expected;
      }
    });
    setSummary({ lines, counted, differences, net });
  }, []);

  /**
   * The first screenful comes first (with the sheet's totals from the core), the rest right after,
   * so a 5,000-line sheet is on screen as fast as a short one and complete a moment later.
   */
  const load = useCallback(async () => {
    complete.current = false;
    setLoading(true);
    const r = await take('stock.count.get', { id: p.id, limit: FIRST_LINES });
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
    focusFirst.current = r.value.document.status === 'draft';
    const s = r.value.summary;
    setSummary({ lines: s.lines, counted: s.counted, differences: s.withDifference, net: s.netDifference });
    if (r.value.total > r.value.rows.length) {
      const rest = await invoke('stock.count.get', { id: p.id, offset: r.value.rows.length, limit: 20_000 });
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
  }, [p.id, asOf, recount]);

  useEffect(() => {
    if (apiRef.current) void load();
  }, [load]);

  const editable = doc?.status === 'draft' && !approval;

  const columns = useMemo(
    (): ColDef<Line>[] => [
      { colId: 'lineNo', field: 'lineNo', headerName: '#', width: 70 },
      { colId: 'itemCode', field: 'itemCode', headerName: 'Item code', width: 140 },
      { colId: 'itemName', field: 'itemName', headerName: 'Item', width: 230, tooltipField: 'itemName' },
      { colId: 'lotNumber', field: 'lotNumber', headerName: 'Lot', width: 120 },
      { colId: 'expiryDate', field: 'expiryDate', headerName: 'Expiry', width: 110 },
      { colId: 'ownerShortName', field: 'ownerShortName', headerName: 'Owner', width: 90 },
      { colId: 'condition', headerName: 'Condition', width: 110, valueGetter: (c) => (c.data ? CONDITION_LABELS[c.data.condition] : '') },
      // Expected, Counted and Difference are pinned right: at 1280 px they would otherwise be
      // scrolled off, and they are what a count is about.
      {
        colId: 'expected',
        field: 'expected',
        headerName: 'Expected',
        width: 100,
        type: 'rightAligned',
        pinned: 'right',
        valueFormatter: (c) => qty(c.value as number),
      },
      {
        colId: 'counted',
        field: 'counted',
        headerName: 'Counted',
        headerTooltip: 'Type what is on the shelf (Enter saves and moves down), or paste a column copied from a spreadsheet',
        width: 110,
        type: 'rightAligned',
        pinned: 'right',
        editable: () => editable,
        valueFormatter: (c) => (c.value == null ? '' : qty(c.value as number)),
        valueParser: (c) => c.newValue,
        cellClass: 'counted-cell',
        cellClassRules: {
          'cell-invalid': (c: CellClassParams<Line>) => Boolean(c.data && errors.current.has(c.data.id)),
        } as CellClassRules<Line>,
        tooltipValueGetter: (c) => (c.data ? (errors.current.get(c.data.id) ?? null) : null),
      },
      {
        colId: 'difference',
        headerName: 'Difference',
        width: 110,
        type: 'rightAligned',
        pinned: 'right',
        valueGetter: (c) => (c.data?.counted == null ? null : c.data.counted - c.data.expected),
        valueFormatter: (c) => (c.value == null ? '' : signed(c.value as number)),
        cellClassRules: {
          'diff-bad': (c: CellClassParams<Line>) => c.value != null && (c.value as number) < 0,
          'diff-over': (c: CellClassParams<Line>) => c.value != null && (c.value as number) > 0,
          'diff-ok': (c: CellClassParams<Line>) => c.value === 0,
        } as CellClassRules<Line>,
      },
      { colId: 'baseUnit', field: 'baseUnit', headerName: 'Unit', width: 70 },
      { colId: 'countedBy', field: 'countedBy', headerName: 'Counted by', width: 140 },
    ],
    [editable],
  );

  const applySaved = (saved: CountLineView[]) => {
    const a = apiRef.current;
    if (!a || a.isDestroyed()) return;
    const update = saved.map((l) => withStatus(l, asOf));
    for (const l of update) errors.current.delete(l.id);
    a.applyTransaction({ update });
    a.refreshCells({ rowNodes: update.map((l) => a.getRowNode(l.id)).filter((n): n is IRowNode<Line> => Boolean(n)), force: true });
    recount();
  };

  // Putting a refused value back is not an edit: it must not be saved (which would also replace
  // the refusal message with "Saved").
  const REVERT = 'revert';
  const onCellValueChanged = (e: CellValueChangedEvent<Line>) => {
    if (e.column.getColId() !== 'counted' || e.source === REVERT) return;
    const line = e.data;
    const parsed = parseCounted(e.newValue);
    if (!parsed.ok) {
      errors.current.set(line.id, parsed.message);
      e.node.setDataValue('counted', e.oldValue, REVERT);
      setStatus({ kind: 'error', text: `Line ${line.lineNo}: ${parsed.message}. Not saved.` });
      apiRef.current?.refreshCells({ rowNodes: [e.node], force: true });
      return;
    }
    keep.current.add(line.id);
    pending.current++;
    setStatus({ kind: 'saving', text: `Saving line ${line.lineNo}…` });
    void queued(line.id, () =>
      invoke('stock.count.setLine', { lineId: line.id, version: versionOf(line.id, line.version), counted: parsed.value }),
    ).then((r) => {
      pending.current--;
      if (r.ok) {
        applySaved([r.value]);
        setStatus({
          kind: pending.current > 0 ? 'saving' : 'saved',
          text: `Saved line ${r.value.lineNo}: counted ${r.value.counted == null ? '(cleared)' : qty(r.value.counted)}`,
        });
      } else {
        errors.current.set(line.id, r.error.message);
        e.node.setDataValue('counted', e.oldValue, REVERT);
        setStatus({ kind: 'error', text: `Line ${line.lineNo} not saved: ${explain(r.error).message}` });
      }
    });
  };

  /** Ctrl+V on the Counted column: the pasted column fills the lines from the focused one down. */
  const onPaste = (ev: React.ClipboardEvent) => {
    const a = apiRef.current;
    const focused = a?.getFocusedCell();
    if (!a || !focused || !editable || a.getEditingCells().length) return;
    if (!complete.current) {
      ev.preventDefault();
      setPasteProblems(['The sheet is still loading its lines; paste again in a moment.']);
      return;
    }
    const text = ev.clipboardData.getData('text/plain');
    if (!text) return;
    ev.preventDefault();
    if (focused.column.getColId() !== 'counted') {
      setPasteProblems([
        'Click a cell in the Counted column first, then paste (Ctrl+V): only counted quantities are typed on a count sheet.',
      ]);
      return;
    }
    const block = parseClipboard(text);
    if (block.some((cells) => cells.length > 1)) {
      setPasteProblems([
        `The block is ${Math.max(...block.map((c) => c.length))} columns wide; copy only the column of counted quantities.`,
      ]);
      return;
    }
    const problems: string[] = [];
    const lines: { lineId: string; version: number; counted: number | null }[] = [];
    block.forEach((cells, k) => {
      const node = a.getDisplayedRowAtIndex(focused.rowIndex + k);
      if (!node?.data) {
        problems.push(`Pasted line ${k + 1}: there is no sheet line below to receive it (the block is longer than the lines shown).`);
        return;
      }
      const parsed = parseCounted(cells[0]);
      if (!parsed.ok) problems.push(`Pasted line ${k + 1} (sheet line ${node.data.lineNo}, ${node.data.itemCode}): ${parsed.message}`);
      else lines.push({ lineId: node.data.id, version: node.data.version, counted: parsed.value });
    });
    if (problems.length) {
      setPasteProblems([`Paste refused, nothing was saved. ${problems.length} problem(s):`, ...problems.slice(0, 30)]);
      return;
    }
    setPasteProblems([]);
    for (const l of lines) keep.current.add(l.lineId);
    setStatus({ kind: 'saving', text: `Saving ${lines.length.toLocaleString()} pasted counts…` });
    void invoke('stock.count.setLines', { documentId: p.id, lines }).then((r) => {
      if (r.ok) {
        applySaved(r.value);
        setStatus({ kind: 'saved', text: `Saved ${r.value.length.toLocaleString()} pasted counts` });
      } else {
        setStatus({ kind: 'error', text: 'Paste not saved' });
        setPasteProblems([`Paste refused, nothing was saved: ${explain(r.error).message}`]);
      }
    });
  };

  async function approve() {
    setApproveError(null);
    setStatus({ kind: 'saving', text: 'Approving…' });
    if (!doc) return;
    const r = await invoke('stock.count.approve', { id: p.id, version: doc.version });
    if (r.ok) {
      setApproval(r.value);
      setDoc(r.value.count);
      setConfirm(false);
      setStatus({ kind: 'saved', text: 'Approved' });
    } else {
      setApproveError(r.error);
      setStatus({ kind: 'error', text: 'Not approved' });
    }
  }

  useEffect(() => {
    keep.current.clear();
    apiRef.current?.onFilterChanged();
  }, [filter]);

  if (loadError) return <ErrorPanel error={loadError} title="The count sheet could not be opened" onRetry={() => void load()} />;
  const uncounted = summary.lines - summary.counted;

  return (
    <div className="stock-page" data-testid="count-sheet" onPaste={onPaste}>
      <div className="doc-head">
        <button type="button" className="secondary small" onClick={p.onBack}>
          ← Counts
        </button>
        <h2 data-testid="count-title">
          Physical count · {doc ? `${doc.siteCode} — ${doc.siteName}` : '…'} {doc?.number ? `· ${doc.number}` : ''}
        </h2>
        {doc && (
          <span className={`badge ${doc.status === 'draft' ? 'draft' : 'posted'}`}>
            {doc.status === 'draft' ? 'Counting' : 'Approved and closed'}
          </span>
        )}
        {doc && <span className="hint">Stock as expected on {day(doc.occurredAt)}</span>}
      </div>
      <div className="stock-bar">
        <div className="count-summary" data-testid="count-summary">
          <span>
            <b>{summary.counted.toLocaleString()}</b> of {summary.lines.toLocaleString()} lines counted
          </span>
          <span>
            <b>{uncounted.toLocaleString()}</b> still to count
          </span>
          <span>
            <b data-testid="count-differences">{summary.differences.toLocaleString()}</b> with a difference (net {signed(summary.net)})
          </span>
        </div>
        <label className="stock-field">
          <span>Show</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} data-testid="count-filter">
            <option value="all">All lines</option>
            <option value="uncounted">Not counted yet</option>
            <option value="differences">Differences only</option>
          </select>
        </label>
        <label className="stock-field">
          <span>Search</span>
          <input
            type="search"
            value={search}
            placeholder="Item code, name or lot…"
            onChange={(e) => {
              setSearch(e.target.value);
              apiRef.current?.setGridOption('quickFilterText', e.target.value);
            }}
          />
        </label>
        {loading && doc && <span className="pending">Loading the remaining lines…</span>}
        <span className={`count-status ${status.kind}`} data-testid="count-status" data-state={status.kind} role="status">
          {status.text}
        </span>
        {editable && (
          <button type="button" onClick={() => setConfirm(true)} data-testid="approve-count" disabled={summary.lines === 0}>
            Approve count…
          </button>
        )}
      </div>
      {confirm && editable && (
        <div className="confirm-final" role="alertdialog" aria-label="Confirm approval">
          <strong>{uncounted > 0 ? 'Not ready to approve' : 'Approve this count as final?'}</strong>
          <span>
            {uncounted > 0
              ? `${uncounted.toLocaleString()} line(s) are not counted yet. Type their counted quantity (0 where nothing was found), then approve.`
              : `${
                  summary.differences > 0
                    ? `${summary.differences.toLocaleString()} difference(s) (net ${signed(summary.net)}) will be posted as one adjustment with reason “Physical count difference”.`
                    : 'Every line matches: no adjustment is needed.'
                } The sheet then closes and can no longer be changed.`}
          </span>
          <div className="row">
            {uncounted > 0 ? (
              // The core refuses a count with uncounted lines: offer the way to them instead.
              <button
                type="button"
                onClick={() => {
                  setFilter('uncounted');
                  setConfirm(false);
                }}
                data-testid="show-uncounted"
                autoFocus
              >
                Show the lines not counted
              </button>
            ) : (
              <button type="button" onClick={() => void approve()} data-testid="confirm-approve" autoFocus>
                Yes, approve — final
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setConfirm(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {approveError != null && <ErrorPanel error={approveError} title="The count was not approved" />}
      {approval && (
        <div className="success-panel" role="status" data-testid="count-approved">
          Count approved as <strong>{approval.count.number}</strong>.{' '}
          {approval.adjustment ? (
            <>
              Adjustment{' '}
              <a href={stockHref('stock-documents', { id: approval.adjustment.document.id })} data-testid="count-adjustment-link">
                {approval.adjustment.document.number}
              </a>{' '}
              posted with {approval.adjustment.lines.length} line(s).
            </>
          ) : (
            'Every line matched: no adjustment was needed.'
          )}
        </div>
      )}
      {!approval && doc?.status === 'posted' && doc.relatedDocumentId && (
        <div className="success-panel">
          Approved. Adjustment: <a href={stockHref('stock-documents', { id: doc.relatedDocumentId })}>{doc.relatedDocumentNumber}</a>
        </div>
      )}
      {pasteProblems.length > 0 && (
        <div className="problems" role="alert" data-testid="count-paste-problems">
          {pasteProblems[0]}
          {pasteProblems.length > 1 && (
            <ul>
              {pasteProblems.slice(1).map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => setPasteProblems([])}>
            Dismiss
          </button>
        </div>
      )}
      <div className="stock-grid" data-testid="count-grid" data-loaded={loading ? 'first' : 'all'}>
        <AgGridReact<Line>
          theme={gridTheme}
          enableBrowserTooltips
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          getRowId={(r) => r.data.id}
          rowClassRules={ROW_CLASS}
          onGridReady={(e) => {
            apiRef.current = e.api;
            void load();
          }}
          onCellValueChanged={onCellValueChanged}
          onFirstDataRendered={(e) => {
            if (focusFirst.current && e.api.getDisplayedRowCount() > 0) e.api.setFocusedCell(0, 'counted');
          }}
          isExternalFilterPresent={isFiltered}
          doesExternalFilterPass={passes}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          enterNavigatesVertically
          loading={!doc}
          overlayNoRowsTemplate="No lines: the site held no stock when this sheet was made."
        />
      </div>
      {editable && (
        <p className="hint" style={{ margin: 0 }}>
          Type in the yellow Counted column; Enter saves and moves down. Paste a column from a spreadsheet with Ctrl+V on the first Counted
          cell. Blank = not counted yet.
        </p>
      )}
    </div>
  );
}
