/* eslint-disable max-lines -- the one editable grid: its AG Grid wiring (events, keys, columns) is one unit; the save queue, paste, undo and layout live in their own hooks beside it */
import type {
  CellFocusedEvent,
  CellKeyDownEvent,
  CellValueChangedEvent,
  ColDef,
  GetRowIdParams,
  GridReadyEvent,
  OverlayType,
  RowClassParams,
} from 'ag-grid-community';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { RemoveOutcome } from '../../../electron/api/records';
import { explain } from '../app/errors';
import { t } from '../i18n';
import { ErrorPanel } from '../app/ErrorPanel';
import type { ExportSourceId } from '../../../electron/api/exchange';
import type { ImportTarget } from '../../../electron/api/imports';
import { useCoreQuery } from '../app/queries';
import { invoke } from '../lib/api';
import { DRAFT_KEY, rowKeyOf } from './cellErrors';
import { toColDefs, type GridColumn } from './columns';
import { EditableGrid } from './EditableGrid';
import { EntityGridToolbar } from './EntityGridToolbar';
import { ExportButton, gridViewOf } from './ExportButton';
import { GridEmptyState } from './GridEmptyState';
import { GridMessages, type Notice } from './GridMessages';
import { useColumnLayout } from './layout';
import type { GridRow, RecordNoun, RecordOps } from './records';
import { PasteOfferBar } from './PasteOfferBar';
import { PastePreview } from './PastePreview';
import { PasteRowsPanel } from './PasteRowsPanel';
import { RemoveConfirm } from './RemoveConfirm';
import { useDraftRow } from './useDraftRow';
import { useRecordPaste } from './useRecordPaste';
import { useRecordRows } from './useRecordRows';
import { useRecordSave } from './useRecordSave';
import { checkGridRow, issuesByRow, toPayload, type RowProblems } from './validation';
import type { ApiError } from '../../../electron/api/result';

export type { GridRow, RecordOps } from './records';

export interface EntityGridProps {
  /** Layout key in the database, e.g. "items" or "org-contacts". */
  gridKey: string;
  ops: RecordOps;
  columns: GridColumn[];
  /** The row schema the core validates saves with (from electron/api). */
  schema?: z.ZodType;
  noun: RecordNoun;
  /** A short name of a row for messages: its code or name. */
  describe: (row: Record<string, unknown>) => string;
  /** Defaults of a new row (e.g. the organisation a contact belongs to). */
  newRow?: () => Record<string, unknown>;
  onSelectRow?: (row: GridRow | null) => void;
  /** Extra sentence for the empty state. */
  emptyHint?: ReactNode;
  className?: string;
  /** What the core exports for this grid (its rows as shown); no Export… button without one. */
  exportSource?: ExportSourceId;
  /** What the import wizard imports these records as: a pasted sheet with headers is offered to it. */
  importTarget?: ImportTarget;
  /** Leaves out the line of editing keys under the grid (a second grid on a page that shows it under the first). */
  noKeysHint?: boolean;
}

// Grid options as module constants: a new object on every render would make AG Grid rebuild its
// columns, which also empties the undo history.
const DEFAULT_COL_DEF: ColDef = { sortable: true, resizable: true, floatingFilter: true, cellDataType: false };
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
/** GridEmptyState says why the grid is empty and what to do; AG Grid's own "No Matching Rows" said it again under it. */
const OWN_EMPTY_STATE: OverlayType[] = ['noRows', 'noMatchingRows'];
const ROW_CLASS_RULES = {
  'row-archived': (p: RowClassParams<GridRow>) => Boolean(p.data?.archived),
  'row-draft': (p: RowClassParams<GridRow>) => Boolean(p.node.rowPinned),
};
const getRowId = (p: GetRowIdParams<GridRow>) => p.data.id ?? DRAFT_KEY;

/** The refused fields of a one-row save, when the core refused values (not a stale version or a vanished row). */
function valueIssues(error: ApiError): RowProblems | null {
  const problems = issuesByRow(error.issues).get(0);
  if (!problems || error.code === 'conflict' || error.code === 'not_found') return null;
  const fields = Object.keys(problems);
  return fields.length > 0 && fields.every((f) => f !== '' && f !== 'version' && f !== 'id') ? problems : null;
}

/**
 * The editable grid every Corridor record list uses, built on the shared grid pattern
 * (EditableGrid, useSaveQueue, invalidCell, planPaste, useColumnLayout). The database owns the
 * truth: a row is shown as the core last returned it, an edit is validated with the core's own
 * row schema and saved at once, and the grid then applies exactly the rows the core stored.
 */
export function EntityGrid(props: EntityGridProps) {
  const { ops, columns, schema, noun, describe, newRow, onSelectRow } = props;
  const canEdit = Boolean(ops.save && schema);
  const [showArchived, setShowArchived] = useState(false);
  const listInput = useMemo(
    () => ({ ...(ops.listInput ?? {}), ...(ops.restore && showArchived ? { includeArchived: true } : {}) }),
    [ops.listInput, ops.restore, showArchived],
  );
  const list = useCoreQuery(ops.list, listInput as never, { keepPrevious: true });
  const rows = useRecordRows(list.data as GridRow[] | undefined, describe, t('grid.newNoun', { noun: noun.one }));
  const { apiRef, stored, unsaved, errors, setRowErrors, revertRow, labelOf } = rows;
  const { save, afterSaves, pending, busy } = useRecordSave(ops, noun, rows);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<GridRow | null>(null);
  const [quick, setQuick] = useState('');
  const [focusedError, setFocusedError] = useState<string | null>(null);
  const [pasteRowsOpen, setPasteRowsOpen] = useState(false);
  const layout = useColumnLayout(props.gridKey);

  const columnDefs = useMemo<ColDef[]>(() => toColDefs(columns, errors.current, canEdit), [columns, canEdit, errors]);
  const headerOf = useCallback(
    (field: string) =>
      columns.find((c) => c.field === field)?.header ??
      (field === '' || field === 'version' || field === 'id' ? t('grid.rowHeader') : field),
    [columns],
  );
  const removeQuietly = useCallback(
    async (row: GridRow) => {
      const remove = ops.remove;
      if (!remove) return false;
      return (await afterSaves(row, (version) => invoke(remove, { id: row.id, version } as never))).ok;
    },
    [afterSaves, ops.remove],
  );
  const draft = useDraftRow({ rows, columns, schema, noun, describe, newRow, headerOf, save, setNotice });
  const paste = useRecordPaste({
    rows,
    columns,
    schema,
    noun,
    describe,
    newRow,
    headerOf,
    save: ops.save ? save : null,
    removeRow: ops.remove ? removeQuietly : null,
    setNotice,
    onSaved: draft.open ? draft.cancel : () => undefined,
  });

  const forgetPaste = paste.forget;
  // ---- cell edits: checked at the cell with the row schema, saved at once when valid -----------
  const onCellValueChanged = useCallback(
    (e: CellValueChangedEvent<GridRow>) => {
      if (!schema) return;
      const field = e.column.getColId();
      if (e.node.rowPinned) {
        draft.edited(e.data);
        return;
      }
      // A redo is a change made after the paste, as an edit is (an undo here is AG Grid's own, with no paste left to take back).
      if (e.source !== 'undo') forgetPaste();
      const id = e.data.id;
      const base = stored.current.get(id);
      if (!base) return;
      const overlay = { ...(unsaved.current.get(id) ?? {}), [field]: e.data[field] };
      const check = checkGridRow(schema, columns, toPayload({ ...base, ...overlay }));
      if (!check.ok) {
        // Kept on screen (red, with the reason) but not saved; Esc on the row puts it back.
        unsaved.current.set(id, overlay);
        setRowErrors(id, check.problems);
        return;
      }
      unsaved.current.delete(id);
      setRowErrors(id, null);
      void save(
        () => ({ payload: [toPayload({ ...(stored.current.get(id) ?? base), ...overlay })], keys: [id] }),
        (error) => {
          const refused = valueIssues(error);
          if (!refused) {
            setNotice({ kind: 'error', text: t('grid.cellRefused', { row: labelOf(id), message: error.message }) });
            return;
          }
          // The core refused the value itself (a code another item holds…): it stays in the cell,
          // red with the core's reason, as a value refused at the cell does, so it can be corrected
          // where it was typed; Esc on the row puts the stored row back. Said once, at the cell.
          unsaved.current.set(id, overlay);
          apiRef.current?.getRowNode(id)?.updateData({ ...(stored.current.get(id) ?? base), ...overlay });
          setRowErrors(id, Object.fromEntries(Object.entries(refused).map(([f, m]) => [f, t('grid.notSaved', { message: m })])));
        },
      ).then((r) => {
        if (r.ok && e.source === 'undo') setNotice({ kind: 'info', text: t('grid.undone', { column: headerOf(field), row: labelOf(id) }) });
        else if (r.ok && e.source === 'redo')
          setNotice({ kind: 'info', text: t('grid.redone', { column: headerOf(field), row: labelOf(id) }) });
        else if (r.ok) setNotice(null);
      });
    },
    [apiRef, columns, draft, forgetPaste, headerOf, labelOf, save, schema, setRowErrors, stored, unsaved],
  );

  // ---- removing and restoring -----------------------------------------------------------------
  async function removeSelected(row: GridRow) {
    setConfirmRemove(null);
    forgetPaste(); // a removed row cannot be put back by the paste's undo
    const remove = ops.remove;
    if (!remove) return;
    const r = await afterSaves(row, (version) => invoke(remove, { id: row.id, version } as never));
    if (!r.ok) {
      setNotice({ kind: 'error', text: t('grid.notRemoved', { row: describe(row), message: explain(r.error).message }) });
      return;
    }
    const outcome = r.value as RemoveOutcome;
    setSelectedId(null);
    onSelectRow?.(null);
    setNotice(
      outcome.outcome === 'deleted'
        ? { kind: 'success', text: t('grid.deleted', { noun: noun.one, row: describe(row) }) }
        : {
            kind: 'info',
            text: `${t('grid.archived', { noun: noun.one, row: describe(row), reason: outcome.reason ?? t('grid.inUse') })} ${ops.restore ? t('grid.showArchivedHint') : ''}`,
          },
    );
  }

  async function restoreSelected(row: GridRow) {
    const restore = ops.restore;
    if (!restore) return;
    const r = await afterSaves(row, (version) => invoke(restore, { id: row.id, version } as never));
    setNotice(
      r.ok
        ? { kind: 'success', text: t('grid.restored', { noun: noun.one, row: describe(row) }) }
        : { kind: 'error', text: explain(r.error).message },
    );
  }

  // ---- keyboard, focus and selection ----------------------------------------------------------------
  const discard = useCallback(
    (key: string) => {
      if (key === DRAFT_KEY) draft.cancel();
      else {
        revertRow(key);
        setRowErrors(key, null);
      }
    },
    [draft, revertRow, setRowErrors],
  );

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow>) => {
      const ev = e.event as KeyboardEvent | null | undefined;
      if (!ev || ev.key !== 'Escape' || apiRef.current?.getEditingCells().length) return;
      if (e.node.rowPinned) {
        draft.cancel();
        return;
      }
      const id = e.data?.id;
      if (id && unsaved.current.has(id)) {
        discard(id);
        setNotice({ kind: 'info', text: t('grid.discarded', { row: labelOf(id) }) });
      }
    },
    [apiRef, discard, draft, labelOf, unsaved],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => {
      const a = apiRef.current;
      if (!a || e.rowIndex == null || typeof e.column !== 'object' || !e.column) {
        setFocusedError(null);
        return;
      }
      const colId = e.column.getColId();
      const node = e.rowPinned ? a.getPinnedTopRow(0) : a.getDisplayedRowAtIndex(e.rowIndex);
      setFocusedError(node ? (errors.current.get(rowKeyOf(node), colId) ?? null) : null);
      // Selection does not follow focus: Delete/Archive and the detail below act on the row the
      // user chose (a click, or Space on the focused row), never on the row Enter or an arrow
      // key happened to move to after an edit (issue 11 point 9).
    },
    [apiRef, errors],
  );

  const onSelectionChanged = useCallback(() => {
    const row = apiRef.current?.getSelectedRows()[0] ?? null;
    setSelectedId(row?.id ?? null);
    setConfirmRemove(null);
    onSelectRow?.(row ? (stored.current.get(row.id) ?? row) : null);
  }, [apiRef, onSelectRow, stored]);

  const { attach } = rows;
  const onGridReady = useCallback((e: GridReadyEvent<GridRow>) => attach(e.api), [attach]);

  // ---- what the user sees ----------------------------------------------------------------------
  // The selected record as the database last returned it (it may have been archived meanwhile).
  const selected = selectedId ? (stored.current.get(selectedId) ?? null) : null;
  const cellProblems = errors.current
    .entries()
    .filter(([key]) => key !== DRAFT_KEY || draft.open)
    .flatMap(([key, problems]) =>
      Object.entries(problems).map(([field, message]) => ({ key, where: labelOf(key), column: headerOf(field), message })),
    );
  const api = rows.api;
  const filtered = quick.trim() !== '' || Boolean(api && api.isAnyFilterPresent());
  const loading = list.isPending || !layout.ready;

  return (
    <section className={`entity-grid ${props.className ?? ''}`} data-saving={pending > 0 ? 'yes' : 'no'}>
      <EntityGridToolbar
        api={api}
        columns={columns}
        noun={noun}
        describe={describe}
        canEdit={canEdit}
        canRemove={Boolean(ops.remove)}
        canRestore={Boolean(ops.restore)}
        draftOpen={draft.open}
        onAdd={() => {
          forgetPaste(); // a new row comes after the paste: its undo is withdrawn, as for an edit
          draft.start();
        }}
        onPasteRows={() => setPasteRowsOpen(true)}
        pasteRowsOpen={pasteRowsOpen}
        selected={selected}
        onRemove={setConfirmRemove}
        onRestore={(row) => void restoreSelected(row)}
        quick={quick}
        onQuick={(text) => {
          setQuick(text);
          apiRef.current?.setGridOption('quickFilterText', text);
          rows.countDisplayed();
        }}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        count={loading ? t('grid.loading') : t('grid.count', { count: rows.displayed, one: noun.one, many: noun.many })}
        saving={pending > 0}
        exportButton={
          props.exportSource && (
            <ExportButton source={props.exportSource} parts={() => ({ params: listInput, ...gridViewOf(apiRef.current) })} />
          )
        }
        onResetColumns={layout.reset}
      />
      {confirmRemove && (
        <RemoveConfirm
          noun={noun.one}
          name={describe(confirmRemove)}
          onConfirm={() => void removeSelected(confirmRemove)}
          onCancel={() => setConfirmRemove(null)}
        />
      )}
      {list.isError ? (
        <div className="grid-body">
          <ErrorPanel error={list.error} title={t('grid.couldNotLoad', { nouns: noun.many })} onRetry={() => void list.refetch()} />
        </div>
      ) : (
        <EditableGrid<GridRow>
          className="grid-body"
          layout={layout}
          onBlockPaste={paste.onBlock}
          onUndoKey={paste.undo}
          saving={pending > 0}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={getRowId}
          rowSelection={ROW_SELECTION}
          suppressModelUpdateAfterUpdateTransaction
          maintainColumnOrder
          tooltipShowDelay={250}
          quickFilterText={quick}
          rowClassRules={ROW_CLASS_RULES}
          loading={list.isPending}
          suppressOverlays={OWN_EMPTY_STATE}
          onGridReady={onGridReady}
          onCellValueChanged={onCellValueChanged}
          onCellKeyDown={onCellKeyDown}
          onCellFocused={onCellFocused}
          onSelectionChanged={onSelectionChanged}
          onFilterChanged={rows.countDisplayed}
        >
          {!loading && rows.displayed === 0 && !draft.open && (
            <GridEmptyState noun={noun} filtered={filtered} canEdit={canEdit} hint={props.emptyHint} />
          )}
        </EditableGrid>
      )}
      {pasteRowsOpen && (
        <PasteRowsPanel
          nouns={noun.many}
          headers={paste.newRowColumns().map((c) => c.header)}
          onBlock={paste.pasteAsNew}
          onClose={() => setPasteRowsOpen(false)}
        />
      )}
      {paste.offer && <PasteOfferBar offer={paste.offer} noun={noun} importTarget={props.importTarget} onDismiss={paste.dismissOffer} />}
      {paste.preview && <PastePreview plan={paste.preview} noun={noun} onApply={paste.apply} onCancel={paste.cancelPreview} />}
      <GridMessages
        busy={busy}
        draftMissing={draft.open ? draft.missing : null}
        noun={noun.one}
        onCancelDraft={draft.cancel}
        cellProblems={cellProblems}
        onDiscard={discard}
        focusedError={focusedError}
        pasteProblems={paste.problems}
        onDismissPaste={paste.dismiss}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        keysHint={canEdit && !props.noKeysHint}
      />
    </section>
  );
}
