import type {
  CellFocusedEvent,
  CellKeyDownEvent,
  CellValueChangedEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  RowClassParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { OpName } from '../../../electron/api/contract';
import type { Area } from '../../../electron/api/events';
import type { RemoveOutcome } from '../../../electron/api/records';
import type { ApiError } from '../../../electron/api/result';
import { explain } from '../app/errors';
import { ErrorPanel } from '../app/ErrorPanel';
import { queryClient, useCoreQuery } from '../app/queries';
import { invoke } from '../lib/api';
import { CellErrors } from './cellErrors';
import { ColumnChooser } from './ColumnChooser';
import { cellText, DRAFT_KEY, rowKeyOf, toColDefs, type GridColumn } from './columns';
import { GridEmptyState } from './GridEmptyState';
import { GridMessages, type Notice } from './GridMessages';
import { useColumnLayout } from './layout';
import { parseClipboard, planPaste, type PasteProblem, type PasteRowTarget } from './paste';
import { RemoveConfirm } from './RemoveConfirm';
import { gridTheme } from './theme';
import { checkRow, isBlank, issuesByRow, toPayload, type RowProblems } from './validation';
import './grid.css';

export interface GridRow {
  id: string;
  version: number;
  archived?: boolean;
  [field: string]: unknown;
}

/** The contract operations behind a grid. Without `save` the grid is read-only. */
export interface RecordOps {
  area: Area;
  list: OpName;
  listInput?: Record<string, unknown>;
  save?: OpName;
  remove?: OpName;
  restore?: OpName;
}

export interface EntityGridProps {
  /** Layout key in the database, e.g. "items" or "org-contacts". */
  gridKey: string;
  ops: RecordOps;
  columns: GridColumn[];
  /** The row schema the core validates saves with (from electron/api). */
  schema?: z.ZodType;
  noun: { one: string; many: string };
  /** A short name of a row for messages: its code or name. */
  describe: (row: Record<string, unknown>) => string;
  /** Defaults of a new row (e.g. the organisation a contact belongs to). */
  newRow?: () => Record<string, unknown>;
  onSelectRow?: (row: GridRow | null) => void;
  /** Extra sentence for the empty state. */
  emptyHint?: ReactNode;
  className?: string;
}

const copy = (r: GridRow): GridRow => ({ ...r });

// Grid options as module constants: a new object on every render would make AG Grid rebuild its
// columns, which also empties the undo history.
const DEFAULT_COL_DEF: ColDef = { sortable: true, resizable: true, floatingFilter: true, cellDataType: false };
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const ROW_CLASS_RULES = {
  'row-archived': (p: RowClassParams<GridRow>) => Boolean(p.data?.archived),
  'row-draft': (p: RowClassParams<GridRow>) => Boolean(p.node.rowPinned),
};
const getRowId = (p: GetRowIdParams<GridRow>) => p.data.id ?? DRAFT_KEY;
const SAVE_PROGRESS_FROM = 50;

/**
 * The editable grid every Corridor record list uses. The database owns the truth: a row is
 * shown as the core last returned it, an edit is validated with the core's own row schema and
 * saved at once, and the grid then applies exactly the rows the core stored.
 */
export function EntityGrid(props: EntityGridProps) {
  const { ops, columns, schema, noun, describe } = props;
  const canEdit = Boolean(ops.save && schema);
  const [showArchived, setShowArchived] = useState(false);
  const listInput = useMemo(
    () => ({ ...(ops.listInput ?? {}), ...(ops.restore && showArchived ? { includeArchived: true } : {}) }),
    [ops.listInput, ops.restore, showArchived],
  );
  const list = useCoreQuery(ops.area, ops.list, listInput as never, { keepPrevious: true });

  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const [api, setApi] = useState<GridApi<GridRow> | null>(null);
  /** Rows exactly as the database last returned them, by id. */
  const stored = useRef(new Map<string, GridRow>());
  /** Edits kept in the grid but not saved because the row is not valid yet, by id. */
  const unsaved = useRef(new Map<string, Record<string, unknown>>());
  const errors = useRef(new CellErrors());
  const loaded = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pasteProblems, setPasteProblems] = useState<PasteProblem[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [draft, setDraft] = useState<Record<string, unknown> | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<GridRow | null>(null);
  const [displayed, setDisplayed] = useState(0);
  const [quick, setQuick] = useState('');
  const [focusedError, setFocusedError] = useState<string | null>(null);
  const layout = useColumnLayout(props.gridKey);
  const containerRef = useRef<HTMLDivElement>(null);

  const columnDefs = useMemo<ColDef[]>(() => toColDefs(columns, errors.current, canEdit), [columns, canEdit]);
  const headerOf = useCallback(
    (field: string) =>
      columns.find((c) => c.field === field)?.header ?? (field === '' || field === 'version' || field === 'id' ? 'Row' : field),
    [columns],
  );

  // ---- keeping the grid equal to the database ----------------------------------------------
  useEffect(() => {
    const rows = list.data as GridRow[] | undefined;
    if (!api || !rows) return;
    const next = new Map(rows.map((r) => [r.id, r]));
    if (!loaded.current) {
      api.setGridOption('rowData', rows.map(copy));
      loaded.current = true;
    } else {
      const prev = stored.current;
      const add: GridRow[] = [];
      const update: GridRow[] = [];
      const remove: GridRow[] = [];
      for (const r of rows) {
        const p = prev.get(r.id);
        if (!p) add.push(copy(r));
        else if (p.version !== r.version || p.archived !== r.archived) {
          update.push(copy(r));
          unsaved.current.delete(r.id);
          errors.current.clear(r.id);
        }
      }
      for (const [id, p] of prev) if (!next.has(id)) remove.push(p);
      // Only real differences are applied: an unchanged list keeps the undo history intact.
      if (add.length || update.length || remove.length) api.applyTransaction({ add, update, remove });
    }
    stored.current = next;
    setDisplayed(api.getDisplayedRowCount());
    rerender();
  }, [api, list.data]);

  const refreshRows = useCallback((keys: string[]) => {
    const a = apiRef.current;
    if (!a) return;
    const nodes = keys
      .map((k) => (k === DRAFT_KEY ? a.getPinnedTopRow(0) : a.getRowNode(k)))
      .filter((n): n is IRowNode<GridRow> => Boolean(n));
    // Re-style every cell of those rows except one being edited (a forced refresh would
    // recreate its editor and lose what is being typed).
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
    if (a && s) a.getRowNode(id)?.updateData(copy(s));
  }, []);

  const labelOf = useCallback(
    (key: string) => {
      if (key === DRAFT_KEY) return `new ${noun.one}`;
      const node = apiRef.current?.getRowNode(key);
      const row = node?.data ?? stored.current.get(key);
      const at = node?.rowIndex != null ? `row ${node.rowIndex + 1}` : 'row';
      return row ? `${at} (${describe(row)})` : at;
    },
    [describe, noun.one],
  );

  // ---- saving ---------------------------------------------------------------------------------
  interface SaveResult {
    ok: boolean;
    error?: ApiError;
  }

  /**
   * Sends rows to the core in one all-or-nothing call; saves run one after another so each
   * carries the version the previous one produced. `build` runs when the save's turn comes.
   */
  const enqueueSave = useCallback(
    (
      build: () => { payload: Record<string, unknown>[]; keys: (string | null)[] },
      onRefused?: (error: ApiError) => void,
    ): Promise<SaveResult> => {
      const run = async (): Promise<SaveResult> => {
        const { payload, keys } = build();
        if (!ops.save || payload.length === 0) return { ok: true };
        setPending((n) => n + 1);
        const large = payload.length >= SAVE_PROGRESS_FROM;
        if (large) {
          setBusy(`Saving ${payload.length.toLocaleString()} ${noun.many}…`);
          apiRef.current?.setGridOption('loading', true);
        }
        try {
          const r = await invoke(ops.save, { rows: payload } as never);
          const a = apiRef.current;
          if (!a || a.isDestroyed()) return { ok: r.ok };
          if (r.ok) {
            const saved = r.value as GridRow[];
            const update: GridRow[] = [];
            const add: GridRow[] = [];
            saved.forEach((row, i) => {
              stored.current.set(row.id, row);
              if (keys[i] && keys[i] !== DRAFT_KEY && a.getRowNode(row.id)) {
                // Keep edits typed into the row while this save was on its way.
                update.push({ ...copy(row), ...(unsaved.current.get(row.id) ?? {}) });
                errors.current.clear(row.id);
              } else add.push(copy(row));
            });
            a.applyTransaction({ update, add, addIndex: 0 });
            if (add.length)
              a.flashCells({ rowNodes: add.map((r) => a.getRowNode(r.id)).filter((n): n is IRowNode<GridRow> => Boolean(n)) });
            setDisplayed(a.getDisplayedRowCount());
            rerender();
            return { ok: true };
          }
          const byRow = issuesByRow(r.error.issues);
          keys.forEach((key, i) => {
            if (key && key !== DRAFT_KEY) revertRow(key);
            const problems = byRow.get(i);
            if (key && problems) {
              const marked = Object.fromEntries(Object.entries(problems).map(([f, m]) => [f, `Not saved: ${m}`]));
              errors.current.set(key, marked);
            }
          });
          if (
            r.error.code === 'conflict' ||
            r.error.code === 'not_found' ||
            byRow.size === 0 ||
            [...byRow.values()].some((p) => 'version' in p || 'id' in p)
          ) {
            void queryClient.invalidateQueries({ queryKey: [ops.area] });
          }
          refreshRows(keys.filter((k): k is string => Boolean(k)));
          onRefused?.(r.error);
          return { ok: false, error: r.error };
        } finally {
          setPending((n) => n - 1);
          if (large) {
            setBusy(null);
            apiRef.current?.setGridOption('loading', false);
          }
        }
      };
      const p = queue.current.then(run, run);
      queue.current = p;
      return p;
    },
    [noun.many, ops.area, ops.save, refreshRows, revertRow],
  );

  // ---- cell edits --------------------------------------------------------------------------
  const onDraftEdited = useCallback(
    (data: Record<string, unknown>) => {
      if (!schema) return;
      const payload = toPayload(data);
      const check = checkRow(schema, payload);
      if (!check.ok) {
        // Only filled-in cells are marked; empty required ones are listed in the hint instead.
        const shown = Object.fromEntries(Object.entries(check.problems).filter(([f]) => f === '' || !isBlank(data[f])));
        setRowErrors(DRAFT_KEY, shown);
        return;
      }
      setRowErrors(DRAFT_KEY, null);
      void enqueueSave(
        () => ({ payload: [payload], keys: [DRAFT_KEY] }),
        (error) => setNotice({ kind: 'error', text: `The new ${noun.one} was not saved: ${error.message}` }),
      ).then((r) => {
        if (!r.ok) return;
        const a = apiRef.current;
        a?.setGridOption('pinnedTopRowData', []);
        errors.current.clear(DRAFT_KEY);
        setDraft(null);
        setNotice({ kind: 'success', text: `Added ${noun.one} ${describe(payload)}.` });
        const col = a?.getFocusedCell()?.column;
        if (a && col) a.setFocusedCell(0, col);
      });
    },
    [describe, enqueueSave, noun.one, schema, setRowErrors],
  );

  const onCellValueChanged = useCallback(
    (e: CellValueChangedEvent<GridRow>) => {
      if (!schema) return;
      const field = e.column.getColId();
      if (e.node.rowPinned) {
        onDraftEdited(e.data);
        return;
      }
      const id = e.data.id;
      const base = stored.current.get(id);
      if (!base) return;
      const overlay = { ...(unsaved.current.get(id) ?? {}), [field]: e.data[field] };
      const check = checkRow(schema, toPayload({ ...base, ...overlay }));
      if (!check.ok) {
        // Kept on screen (red, with the reason) but not saved; Esc on the row puts it back.
        unsaved.current.set(id, overlay);
        setRowErrors(id, check.problems);
        return;
      }
      unsaved.current.delete(id);
      setRowErrors(id, null);
      void enqueueSave(
        () => ({ payload: [toPayload({ ...(stored.current.get(id) ?? base), ...overlay })], keys: [id] }),
        (error) => setNotice({ kind: 'error', text: `${labelOf(id)}: ${error.message}. The cell shows the stored value again.` }),
      ).then((r) => {
        if (r.ok && e.source === 'undo')
          setNotice({ kind: 'info', text: `Undone and saved: ${headerOf(field)} of ${labelOf(id)}. Ctrl+Y redoes.` });
        else if (r.ok && e.source === 'redo') setNotice({ kind: 'info', text: `Redone and saved: ${headerOf(field)} of ${labelOf(id)}.` });
        else if (r.ok) setNotice(null);
      });
    },
    [enqueueSave, headerOf, labelOf, onDraftEdited, schema, setRowErrors],
  );

  // ---- adding, removing, restoring -----------------------------------------------------------

  const startDraft = useCallback(() => {
    const a = apiRef.current;
    if (!a) return;
    const data = { ...(props.newRow?.() ?? {}) };
    a.setGridOption('pinnedTopRowData', [data]);
    errors.current.clear(DRAFT_KEY);
    setDraft(data);
    setNotice(null);
    const col = a.getAllDisplayedColumns().find((c) => c.isCellEditable(a.getPinnedTopRow(0)!)) ?? null;
    if (col) {
      a.ensureColumnVisible(col);
      a.setFocusedCell(0, col, 'top');
      a.startEditingCell({ rowIndex: 0, colKey: col, rowPinned: 'top' });
    }
  }, [props]);

  const cancelDraft = useCallback(() => {
    apiRef.current?.setGridOption('pinnedTopRowData', []);
    errors.current.clear(DRAFT_KEY);
    setDraft(null);
    rerender();
  }, []);

  // The pinned row's own data object holds what has been typed into the new row so far.
  const draftData = draft ? ((api?.getPinnedTopRow(0)?.data as Record<string, unknown> | undefined) ?? draft) : null;
  const draftCheck = draftData && schema ? checkRow(schema, toPayload(draftData)) : null;
  const draftMissing =
    draftCheck && !draftCheck.ok
      ? Object.keys(draftCheck.problems)
          .filter((f) => f !== '' && isBlank(draftData?.[f]))
          .map(headerOf)
      : [];

  /** After the saves already queued, with the version the last of them stored (optimistic locking). */
  function afterSaves<T>(job: (version: number) => Promise<T>, row: GridRow): Promise<T> {
    const run = () => job(stored.current.get(row.id)?.version ?? row.version);
    const p = queue.current.then(run, run);
    queue.current = p;
    return p;
  }

  async function removeSelected(row: GridRow) {
    setConfirmRemove(null);
    const remove = ops.remove;
    if (!remove) return;
    const r = await afterSaves((version) => invoke(remove, { id: row.id, version } as never), row);
    if (!r.ok) {
      setNotice({ kind: 'error', text: `${describe(row)} was not removed: ${explain(r.error).message}` });
      return;
    }
    const outcome = r.value as RemoveOutcome;
    setSelectedId(null);
    props.onSelectRow?.(null);
    setNotice(
      outcome.outcome === 'deleted'
        ? { kind: 'success', text: `Deleted ${noun.one} ${describe(row)} (nothing referred to it).` }
        : {
            kind: 'info',
            text: `Archived ${noun.one} ${describe(row)} instead of deleting it: it is ${outcome.reason ?? 'in use'}. ${ops.restore ? 'Tick “Show archived” to see or restore it.' : ''}`,
          },
    );
  }

  async function restoreSelected(row: GridRow) {
    const restore = ops.restore;
    if (!restore) return;
    const r = await afterSaves((version) => invoke(restore, { id: row.id, version } as never), row);
    setNotice(
      r.ok ? { kind: 'success', text: `Restored ${noun.one} ${describe(row)}.` } : { kind: 'error', text: explain(r.error).message },
    );
  }

  // ---- paste ---------------------------------------------------------------------------------
  const onPaste = useCallback(
    (e: ClipboardEvent) => {
      const a = apiRef.current;
      if (!a || !schema || !ops.save) return;
      const target = e.target as HTMLElement | null;
      // Inside a cell editor the browser pastes into the text box as usual.
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text) return;
      e.preventDefault();
      const block = parseClipboard(text);
      if (block.length === 0) return;
      const focused = a.getFocusedCell();
      const displayedCols = a.getAllDisplayedColumns();
      const rowCount = a.getDisplayedRowCount();
      if (!focused && rowCount > 0) {
        setNotice({
          kind: 'info',
          text: 'Click the cell where the pasted block should start (its top-left corner), then press Ctrl+V again.',
        });
        return;
      }
      const startCol = focused ? Math.max(0, displayedCols.indexOf(focused.column)) : 0;
      const byField = new Map(columns.map((c) => [c.field, c]));
      const cols = displayedCols
        .slice(startCol)
        .map((c) => byField.get(c.getColId()))
        .filter((c): c is GridColumn => Boolean(c));
      const targets: PasteRowTarget[] = [];
      if (focused && !focused.rowPinned) {
        for (let i = focused.rowIndex; i < rowCount && targets.length < block.length; i++) {
          const node = a.getDisplayedRowAtIndex(i);
          if (!node?.data) continue;
          const s = stored.current.get(node.data.id) ?? node.data;
          targets.push({ key: node.data.id, row: s, label: `row ${i + 1} (${describe(s)})` });
        }
      }
      const plan = planPaste({
        block,
        columns: cols,
        allColumns: columns,
        rows: targets,
        newRow: () => ({ ...(props.newRow?.() ?? {}) }),
        schema,
        noun: noun.one,
      });
      setPasteProblems(plan.problems);
      if (plan.problems.length > 0) {
        setNotice(null); // the problem table says it all
        return;
      }
      if (plan.payload.length === 0) return;
      const skipped = plan.skipped.length
        ? ` Skipped read-only column${plan.skipped.length > 1 ? 's' : ''}: ${plan.skipped.join(', ')}.`
        : '';
      void enqueueSave(
        () => ({ payload: plan.payload, keys: plan.keys }),
        (error) => {
          const byRow = issuesByRow(error.issues);
          const problems: PasteProblem[] = [];
          byRow.forEach((p, i) =>
            Object.entries(p).forEach(([field, message]) =>
              problems.push({ line: plan.lines[i], target: plan.targets[i], column: headerOf(field), value: '', message }),
            ),
          );
          setPasteProblems(problems);
          setNotice({ kind: 'error', text: `Nothing was pasted: ${error.message}` });
        },
      ).then((r) => {
        if (!r.ok) return;
        if (draft) cancelDraft();
        const parts = [plan.updated ? `updated ${plan.updated}` : '', plan.created ? `added ${plan.created}` : '']
          .filter(Boolean)
          .join(' and ');
        setNotice({ kind: 'success', text: `Pasted: ${parts} ${plan.payload.length === 1 ? noun.one : noun.many} in one save.${skipped}` });
      });
    },
    [cancelDraft, columns, describe, draft, enqueueSave, headerOf, noun.many, noun.one, ops.save, props, schema],
  );

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    el.addEventListener('paste', onPaste);
    return () => el.removeEventListener('paste', onPaste);
  }, [onPaste]);

  // ---- keyboard and focus ------------------------------------------------------------------------
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow>) => {
      const ev = e.event as KeyboardEvent | null | undefined;
      if (!ev || ev.key !== 'Escape' || apiRef.current?.getEditingCells().length) return;
      if (e.node.rowPinned) {
        cancelDraft();
        return;
      }
      const id = e.data?.id;
      if (id && unsaved.current.has(id)) {
        revertRow(id);
        setRowErrors(id, null);
        setNotice({ kind: 'info', text: `Unsaved changes in ${labelOf(id)} discarded.` });
      }
    },
    [cancelDraft, labelOf, revertRow, setRowErrors],
  );

  const onCellFocused = useCallback((e: CellFocusedEvent<GridRow>) => {
    const a = apiRef.current;
    if (!a || e.rowIndex == null || typeof e.column !== 'object' || !e.column) {
      setFocusedError(null);
      return;
    }
    const colId = e.column.getColId();
    const node = e.rowPinned ? a.getPinnedTopRow(0) : a.getDisplayedRowAtIndex(e.rowIndex);
    setFocusedError(node ? (errors.current.get(rowKeyOf(node), colId) ?? null) : null);
    // Selection follows the keyboard so the detail below (and Delete/Archive) match the focused row.
    if (node && !e.rowPinned && !node.isSelected()) node.setSelected(true, true);
  }, []);

  const onSelectionChanged = useCallback(() => {
    const row = apiRef.current?.getSelectedRows()[0] ?? null;
    setSelectedId(row?.id ?? null);
    setConfirmRemove(null);
    props.onSelectRow?.(row ? (stored.current.get(row.id) ?? row) : null);
  }, [props]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<GridRow>) => {
      apiRef.current = e.api;
      setApi(e.api);
      layout.apply(e.api);
    },
    [layout],
  );

  const onFilterChanged = useCallback(() => setDisplayed(apiRef.current?.getDisplayedRowCount() ?? 0), []);
  const onColumnEvent = useCallback(
    (e: { finished?: boolean } | object) => {
      if (!('finished' in e) || e.finished !== false) layout.changed();
    },
    [layout],
  );

  const exportCsv = () =>
    apiRef.current?.exportDataAsCsv({
      fileName: `corridor-${props.gridKey}.csv`,
      processCellCallback: (p) => {
        const col = columns.find((c) => c.field === p.column.getColId());
        return col ? cellText(col, p.node?.data?.[col.field]) : String(p.value ?? '');
      },
    });

  // ---- what the user sees ----------------------------------------------------------------------
  // The selected record as the database last returned it (it may have been archived meanwhile).
  const selected = selectedId ? (stored.current.get(selectedId) ?? null) : null;
  const cellProblems = errors.current
    .entries()
    .filter(([key]) => key !== DRAFT_KEY || draft)
    .flatMap(([key, problems]) =>
      Object.entries(problems).map(([field, message]) => ({ key, where: labelOf(key), column: headerOf(field), message })),
    );
  const filtered = quick.trim() !== '' || Boolean(api && api.isAnyFilterPresent());
  const loading = list.isPending || !layout.ready;

  return (
    <section className={`entity-grid ${props.className ?? ''}`} data-saving={pending > 0 ? 'yes' : 'no'}>
      <div className="grid-toolbar">
        {canEdit && (
          <button type="button" onClick={startDraft} disabled={Boolean(draft)} title={`Start a new ${noun.one} in the top row`}>
            + Add {noun.one}
          </button>
        )}
        {ops.remove && selected && !selected.archived && (
          <button type="button" className="secondary" onClick={() => setConfirmRemove(selected)}>
            Delete / archive {describe(selected)}
          </button>
        )}
        {ops.restore && selected?.archived && (
          <button type="button" className="secondary" onClick={() => void restoreSelected(selected)}>
            Restore {describe(selected)}
          </button>
        )}
        <input
          type="search"
          className="quick-search"
          placeholder={`Search ${noun.many}…`}
          aria-label={`Search ${noun.many}`}
          value={quick}
          onChange={(e) => {
            setQuick(e.target.value);
            apiRef.current?.setGridOption('quickFilterText', e.target.value);
            setDisplayed(apiRef.current?.getDisplayedRowCount() ?? 0);
          }}
        />
        {ops.restore && (
          <label className="check inline">
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived
          </label>
        )}
        <span className="grid-count">
          {loading ? 'Loading…' : `${displayed.toLocaleString()} ${displayed === 1 ? noun.one : noun.many}`}
          {pending > 0 && <span className="saving"> · saving…</span>}
        </span>
        <button
          type="button"
          className="secondary small"
          onClick={exportCsv}
          title="Download the rows as shown (filters and columns) as CSV"
        >
          Export CSV
        </button>
        {api && <ColumnChooser api={api} columns={columns} onReset={layout.reset} />}
      </div>
      {confirmRemove && (
        <RemoveConfirm
          noun={noun.one}
          name={describe(confirmRemove)}
          onConfirm={() => void removeSelected(confirmRemove)}
          onCancel={() => setConfirmRemove(null)}
        />
      )}
      <div className="grid-body" ref={containerRef} data-layout={layout.ready ? 'ready' : 'pending'}>
        {list.isError ? (
          <ErrorPanel error={list.error} title={`The ${noun.many} could not be loaded`} onRetry={() => void list.refetch()} />
        ) : !layout.ready ? (
          // The grid is made once its stored column layout is known, so no late layout can undo a
          // column the user has just sorted, moved or hidden.
          <div className="pending">Loading…</div>
        ) : (
          <AgGridReact<GridRow>
            theme={gridTheme}
            columnDefs={columnDefs}
            defaultColDef={DEFAULT_COL_DEF}
            getRowId={getRowId}
            rowSelection={ROW_SELECTION}
            undoRedoCellEditing
            undoRedoCellEditingLimit={50}
            suppressModelUpdateAfterUpdateTransaction
            maintainColumnOrder
            stopEditingWhenCellsLoseFocus
            enterNavigatesVerticallyAfterEdit
            tooltipShowDelay={250}
            rowClassRules={ROW_CLASS_RULES}
            loading={loading}
            suppressNoRowsOverlay
            onGridReady={onGridReady}
            onCellValueChanged={onCellValueChanged}
            onCellKeyDown={onCellKeyDown}
            onCellFocused={onCellFocused}
            onSelectionChanged={onSelectionChanged}
            onFilterChanged={onFilterChanged}
            onColumnMoved={onColumnEvent}
            onColumnResized={onColumnEvent}
            onColumnVisible={onColumnEvent}
            onColumnPinned={onColumnEvent}
            onSortChanged={onColumnEvent}
          />
        )}
        {!loading && !list.isError && displayed === 0 && !draft && (
          <GridEmptyState noun={noun} filtered={filtered} canEdit={canEdit} hint={props.emptyHint} />
        )}
      </div>
      <GridMessages
        busy={busy}
        draftMissing={draft ? draftMissing : null}
        noun={noun.one}
        onCancelDraft={cancelDraft}
        cellProblems={cellProblems}
        onDiscard={(key) => {
          if (key === DRAFT_KEY) cancelDraft();
          else {
            revertRow(key);
            setRowErrors(key, null);
          }
        }}
        focusedError={focusedError}
        pasteProblems={pasteProblems}
        onDismissPaste={() => setPasteProblems([])}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        editable={canEdit}
      />
    </section>
  );
}
