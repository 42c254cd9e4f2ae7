import type { CellValueChangedEvent, GridApi, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hidesExpected, type CountApproval as Approval, type CountLineView } from '../../../../electron/api/stock';
import { explain } from '../../app/errors';
import { ErrorPanel } from '../../app/ErrorPanel';
import { CellErrors } from '../../grid/cellErrors';
import { EditableGrid } from '../../grid/EditableGrid';
import { useSaveQueue } from '../../grid/useSaveQueue';
import { invoke } from '../../lib/api';
import { CountApproval } from './CountApproval';
import type { ApiError } from '../../../../electron/api/result';
import { aboutSecondOperator, useSecondOperator, type SecondOperator } from '../operators/SecondOperator';
import { CountPasteProblems, CountSubmit, useCountSubmit } from './CountSubmit';
import { FoundStockForm } from './FoundStockForm';
import type { CountReasonCode } from '../../../../electron/api/vocabularies';
import { CountExport, CountSheetBar, type CountFilter as Filter, type CountStatus } from './CountSheetBar';
import { countColumns, countReasonText, type CountLine as Line } from './countColumns';
import { parseCounted, planCountPaste } from './countInput';
import { DEFAULT_COL } from '../../grid/defaults';
import { qty } from './labels';
import { expiryRowClass } from './legend';
import { useCountLines, withStatus } from './useCountLines';
import { useLanguage, useT } from '../../i18n';

const ROW_CLASS = expiryRowClass<Line>();
const getRowId = (r: { data: Line }) => r.data.id;

/**
 * One count sheet: every line in one grid (a 5,000-line sheet opens in well under a second),
 * counted quantities typed (each saved at once) or pasted as a block (all or nothing), the
 * differences highlighted, and approval posting the adjustment.
 */
export default function CountSheet(p: { id: string; onBack: () => void }) {
  const t = useT();
  const language = useLanguage();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CountStatus>({ kind: 'idle', text: '' });
  const [confirm, setConfirm] = useState(false);
  const [approval, setApproval] = useState<Approval | null>(null);
  const [approveError, setApproveError] = useState<unknown>(null);
  const secondOperator = useSecondOperator();
  const [pasteProblems, setPasteProblems] = useState<string[]>([]);
  const apiRef = useRef<GridApi<Line> | null>(null);
  const errors = useRef(new CellErrors());
  const { enqueue, pending } = useSaveQueue();
  const filterRef = useRef<Filter>('all');
  filterRef.current = filter;
  const { doc, setDoc, loadError, loading, summary, asOf, complete, focusFirst, load, recount } = useCountLines(p.id, apiRef);
  const review = useCountSubmit(p.id, doc, load, setStatus);

  // Lines typed or pasted while a filter is on stay in view until the filter is changed: were a
  // just-counted line to vanish from "Not counted yet", the rows would shift under the cursor and
  // the next count typed (after Enter) would land on the wrong line.
  const keep = useRef(new Set<string>());
  // Saves go one after another, each sending the version the line has when its turn comes (the
  // previous save may have changed it; the core refuses a stale version: optimistic locking).
  const versionOf = (id: string, fallback: number) => apiRef.current?.getRowNode(id)?.data?.version ?? fallback;
  const isFiltered = useCallback(() => filterRef.current !== 'all', []);
  const passes = useCallback(
    (n: IRowNode<Line>) =>
      Boolean(n.data && keep.current.has(n.data.id)) ||
      (filterRef.current === 'uncounted' ? n.data?.counted == null : n.data?.counted != null && n.data.counted !== n.data.expected),
    [],
  );

  useEffect(() => {
    if (apiRef.current) void load();
  }, [load]);

  // Counting is open while the core's workflow for the sheet allows it; so are submitting and approving.
  const can = (action: string) => Boolean(doc?.workflow.actions.some((a) => a.action === action)) && !approval;
  const editable = can('count');
  // A blind count being counted: what the sheet expects stays hidden (the core sends none).
  const blind = doc ? hidesExpected(doc) : false;
  const reasons = can('approve') && !blind;
  const sheetReason = (doc?.reasonCode ?? 'count_difference') as CountReasonCode;
  const onGridReady = useCallback(
    (e: { api: GridApi<Line> }) => {
      apiRef.current = e.api;
      void load();
    },
    [load],
  );

  /** Validation at the cell: what is not a count is refused there, with the reason, and never sent. */
  const onCounted = useCallback((line: Line, typed: unknown): boolean => {
    const parsed = parseCounted(typed);
    if (!parsed.ok) {
      errors.current.set(line.id, { counted: parsed.message });
      setStatus({ kind: 'error', text: t('count.lineNotSaved', { n: line.lineNo, message: parsed.message }) });
      // Once the editor has closed, the cell is redrawn red with the message as its tooltip.
      queueMicrotask(() => {
        const a = apiRef.current;
        const node = a?.getRowNode(line.id);
        if (a && node && !a.isDestroyed()) a.refreshCells({ rowNodes: [node], force: true });
      });
      return false;
    }
    if (parsed.value === line.counted) return false;
    line.counted = parsed.value;
    return true;
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- t is the module's one translate function

  const columns = useMemo(
    () => countColumns({ editable, blind, reasons, sheetReason }, errors.current, onCounted),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
    [editable, blind, reasons, sheetReason, onCounted, language],
  );

  const applySaved = (saved: CountLineView[]) => {
    const a = apiRef.current;
    if (!a || a.isDestroyed()) return;
    const update = saved.map((l) => withStatus(l, asOf));
    for (const l of update) errors.current.clear(l.id);
    a.applyTransaction({ update });
    a.refreshCells({ rowNodes: update.map((l) => a.getRowNode(l.id)).filter((n): n is IRowNode<Line> => Boolean(n)), force: true });
    recount();
  };

  // Putting a value the core refused back is not an edit: it must not be saved (which would also
  // replace the refusal message with "Saved").
  const REVERT = 'revert';
  const onCellValueChanged = (e: CellValueChangedEvent<Line>) => {
    if (e.source === REVERT) return;
    if (e.column.getColId() === 'reasonCode') return saveReason(e);
    if (e.column.getColId() !== 'counted') return;
    const line = e.data;
    const counted = (e.newValue as number | null) ?? null;
    keep.current.add(line.id);
    setStatus({ kind: 'saving', text: t('count.savingLine', { n: line.lineNo }) });
    void enqueue(() => invoke('stock.count.setLine', { lineId: line.id, version: versionOf(line.id, line.version), counted })).then((r) => {
      if (r.ok) {
        applySaved([r.value]);
        setStatus({
          kind: 'saved',
          text: t('count.savedLine', { n: r.value.lineNo, counted: r.value.counted == null ? t('count.cleared') : qty(r.value.counted) }),
        });
      } else {
        errors.current.set(line.id, { counted: r.error.message });
        e.node.setDataValue('counted', e.oldValue, REVERT);
        setStatus({ kind: 'error', text: t('count.lineRefused', { n: line.lineNo, message: explain(r.error).message }) });
      }
    });
  };

  /** Ctrl+V on the Counted column: the pasted column fills the lines from the focused one down, all or nothing. */
  const onBlockPaste = (block: string[][]) => {
    const a = apiRef.current;
    const focused = a?.getFocusedCell();
    if (!a || !focused) return;
    if (!complete.current) {
      setPasteProblems([t('count.stillLoading')]);
      return;
    }
    const plan = planCountPaste(block, focused.column.getColId(), (k) => a.getDisplayedRowAtIndex(focused.rowIndex + k)?.data);
    if (plan.problems.length) {
      setPasteProblems(plan.problems);
      return;
    }
    const lines = plan.lines;
    setPasteProblems([]);
    for (const l of lines) keep.current.add(l.lineId);
    setStatus({ kind: 'saving', text: t('count.savingPasted', { count: lines.length }) });
    void enqueue(() =>
      invoke('stock.count.setLines', {
        documentId: p.id,
        lines: lines.map((l) => ({ ...l, version: versionOf(l.lineId, 0) })),
      }),
    ).then((r) => {
      if (r.ok) {
        applySaved(r.value);
        setStatus({ kind: 'saved', text: t('count.savedPasted', { count: r.value.length }) });
      } else {
        setStatus({ kind: 'error', text: t('count.pasteNotSaved') });
        setPasteProblems([t('count.pasteRefusedBy', { message: explain(r.error).message })]);
      }
    });
  };

  /** A difference's reason, chosen at the cell: saved at once, put back if refused. */
  const saveReason = (e: CellValueChangedEvent<Line>) => {
    const line = e.data;
    const reasonCode = (e.newValue as CountReasonCode | null) ?? null;
    void enqueue(() => invoke('stock.count.setReason', { lineId: line.id, version: versionOf(line.id, line.version), reasonCode })).then(
      (r) => {
        if (r.ok) {
          applySaved([r.value]);
          setStatus({
            kind: 'saved',
            text: t('count.reasonSaved', { lineNo: r.value.lineNo, reason: countReasonText(reasonCode ?? sheetReason) }),
          });
        } else {
          e.node.setDataValue('reasonCode', e.oldValue, REVERT);
          setStatus({ kind: 'error', text: `Line ${line.lineNo} not saved: ${explain(r.error).message}` });
        }
      },
    );
  };

  /** Approves with the second operator when the core says four-eyes asks for one (the dialog first). */
  function approve() {
    if (!doc) return;
    if (doc.workflow.actions.find((a) => a.action === 'approve')?.needsSecondOperator) {
      secondOperator.ask(t('fourEyes.approveCount', { number: doc.number ?? doc.siteCode }), (second) => approveWith(second));
    } else void approveWith();
  }

  async function approveWith(secondOperator?: SecondOperator): Promise<ApiError | null> {
    setApproveError(null);
    setStatus({ kind: 'saving', text: t('count.approving') });
    if (!doc) return null;
    const r = await invoke('stock.count.approve', { id: p.id, version: doc.version, secondOperator });
    if (r.ok) {
      setApproval(r.value);
      setDoc(r.value.count);
      setConfirm(false);
      setStatus({ kind: 'saved', text: t('count.approved') });
      return null;
    }
    // A wrong PIN (or a refused approver) is shown in the dialog, where it can be typed again.
    if (!aboutSecondOperator(r.error)) setApproveError(r.error);
    setStatus({ kind: 'error', text: t('count.notApproved') });
    return r.error;
  }

  useEffect(() => {
    keep.current.clear();
    apiRef.current?.onFilterChanged();
  }, [filter]);

  if (loadError) return <ErrorPanel error={loadError} title={t('count.couldNotOpen')} onRetry={() => void load()} />;
  const uncounted = summary.lines - summary.counted;

  return (
    <div className="stock-page" data-testid="count-sheet">
      <CountSheetBar
        doc={doc}
        onBack={p.onBack}
        summary={summary}
        filter={filter}
        onFilter={setFilter}
        search={search}
        onSearch={(text) => {
          setSearch(text);
          apiRef.current?.setGridOption('quickFilterText', text);
        }}
        loadingRest={loading && doc !== null}
        status={status}
        // Approving is an approver's: the core leaves it out of the allowed actions for other roles.
        canApprove={can('approve') && !blind}
        onApprove={() => setConfirm(true)}
        canSubmit={can('submit')}
        onSubmit={() => review.setConfirm(true)}
        exportButton={<CountExport id={p.id} filter={filter} api={apiRef} />}
      />
      {review.confirm && can('submit') && (
        <CountSubmit
          uncounted={uncounted}
          busy={review.busy}
          onSubmit={() => void review.submit()}
          onShowUncounted={() => {
            setFilter('uncounted');
            review.setConfirm(false);
          }}
          onCancel={() => review.setConfirm(false)}
        />
      )}
      {review.error != null && <ErrorPanel error={review.error} title={t('count.notSubmitted')} />}
      <CountApproval
        doc={doc}
        editable={can('approve')}
        confirm={confirm}
        uncounted={uncounted}
        differences={summary.differences ?? 0}
        net={summary.net ?? 0}
        approval={approval}
        approveError={approveError}
        onApprove={approve}
        onShowUncounted={() => {
          setFilter('uncounted');
          setConfirm(false);
        }}
        onCancel={() => setConfirm(false)}
      />
      {secondOperator.dialog}
      <CountPasteProblems problems={pasteProblems} onDismiss={() => setPasteProblems([])} />
      {editable && doc && (
        <FoundStockForm
          documentId={doc.id}
          onAdded={(lines) => {
            const api = apiRef.current;
            if (!api || api.isDestroyed() || lines.length === 0) return;
            for (const line of lines) keep.current.add(line.id);
            api.applyTransaction({ add: lines.map((line) => withStatus(line, asOf)) });
            const node = api.getRowNode(lines[lines.length - 1].id);
            if (node) api.ensureNodeVisible(node, 'bottom');
            recount();
          }}
        />
      )}
      <div className="stock-grid" data-testid="count-grid" data-loaded={loading ? 'first' : 'all'}>
        <EditableGrid<Line>
          onBlockPaste={editable ? onBlockPaste : undefined}
          saving={pending > 0}
          enableBrowserTooltips
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          getRowId={getRowId}
          rowClassRules={ROW_CLASS}
          onGridReady={onGridReady}
          onCellValueChanged={onCellValueChanged}
          onFirstDataRendered={(e) => {
            if (focusFirst.current && e.api.getDisplayedRowCount() > 0) e.api.setFocusedCell(0, 'counted');
          }}
          isExternalFilterPresent={isFiltered}
          doesExternalFilterPass={passes}
          enterNavigatesVertically
          loading={!doc}
          overlayNoRowsTemplate={t('count.noLines')}
        />
      </div>
      {editable && (
        <p className="hint" style={{ margin: 0 }}>
          {t('count.sheetHint')}
        </p>
      )}
    </div>
  );
}
