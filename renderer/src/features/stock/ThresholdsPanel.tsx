import type { CellValueChangedEvent, ColDef, GridApi, IRowNode } from 'ag-grid-community';
import { readNumber } from '../../locale/current';
import { refusalText } from '../../locale/messages';
import { useCallback, useMemo, useRef, useState } from 'react';
import { thresholdRow, type StockThresholdView } from '../../../../electron/api/stock';
import { explain } from '../../app/errors';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { CellErrors, invalidCell } from '../../grid/cellErrors';
import { EditableGrid } from '../../grid/EditableGrid';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { useRowsInPlace } from '../../grid/useRowsInPlace';
import { useColumnLayout } from '../../grid/layout';
import { useSaveQueue } from '../../grid/useSaveQueue';
import { invoke } from '../../lib/api';
import { ItemInput, SiteSelect, TextField } from './controls';
import { DEFAULT_COL, SINGLE_ROW } from '../../grid/defaults';
import { qty } from './labels';
import { findItem, useItems, useSites } from './lookups';
import { t as tr, useLanguage, useT } from '../../i18n';

type Row = StockThresholdView;
type Message = { kind: 'error' | 'success'; text: string } | null;
const getRowId = (r: { data: Row }) => r.data.id;
const idOf = (r: Row) => r.id;
const NONE: Row[] = [];
const REVERT = 'revert';

/** A typed or pasted minimum, checked with the contract's own field: a whole number, 0 or more. */
function parseMinimum(typed: unknown): { ok: true; value: number } | { ok: false; message: string } {
  // Read in the locale first ("1 200"; "1,234" in French is ambiguous), then checked by the contract.
  const read = typeof typed === 'string' && typed.trim() !== '' ? readNumber(typed) : null;
  if (read && !read.ok) return { ok: false, message: refusalText(read.refusal) };
  const r = thresholdRow.shape.minQuantity.safeParse(read ? read.value : typed);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? tr('threshold.notMinimum') };
}

/**
 * Low-stock thresholds per item and site: minimum good stock, set with the form or edited in place
 * on the grid pattern (checked at the cell, saved in order, a pasted column of minimums saved all
 * or nothing). Ctrl+Z works until the list is read again after a save (new row data empties
 * AG Grid's undo history).
 */
export function ThresholdsPanel({ siteId }: { siteId: string }) {
  useT(); // worded again when the language changes (`tr`: `t` names a threshold row here)
  const language = useLanguage();
  const items = useItems();
  const sites = useSites();
  const list = useCoreQuery('stock.thresholds.list', { siteId: siteId || undefined });
  const layout = useColumnLayout('thresholds');
  const { enqueue, pending } = useSaveQueue();
  const [itemText, setItemText] = useState('');
  const [min, setMin] = useState('');
  const [formSite, setFormSite] = useState('');
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const [selected, setSelected] = useState<Row | null>(null);
  const apiRef = useRef<GridApi<Row> | null>(null);
  const errors = useRef(new CellErrors());
  const effectiveSite = siteId || formSite;
  // The version of each threshold as last stored (a save answers with the new one before the list is read again).
  const versions = useRef(new Map<string, number>());
  const versionOf = (t: { siteId: string; itemId: string; version?: number }) =>
    versions.current.get(`${t.siteId}:${t.itemId}`) ?? t.version;

  const redraw = (nodes: (IRowNode<Row> | undefined)[]) =>
    apiRef.current?.refreshCells({ rowNodes: nodes.filter((n): n is IRowNode<Row> => Boolean(n)), force: true });

  /** Saves after the saves already queued, each row with its version when its turn comes; all or nothing. */
  const save = (rows: { siteId: string; itemId: string; version?: number; minQuantity: number }[], what: string) =>
    enqueue(() => invoke('stock.thresholds.save', { rows: rows.map((r) => ({ ...r, version: versionOf(r) })) })).then((r) => {
      if (r.ok) {
        for (const t of r.value) {
          versions.current.set(`${t.siteId}:${t.itemId}`, t.version);
          errors.current.clear(t.id);
        }
        setMessage({ kind: 'success', text: what });
      } else setMessage({ kind: 'error', text: explain(r.error).message });
      return r;
    });

  async function add() {
    const item = findItem(items, itemText);
    const minimum = parseMinimum(min);
    const e: Record<string, string> = {};
    if (!effectiveSite) e.siteId = tr('threshold.chooseSite');
    if (!item) e.itemId = itemText.trim() ? tr('threshold.noSuchItem') : tr('addLine.chooseItem');
    if (!min.trim()) e.minQuantity = tr('threshold.giveMinimum');
    else if (!minimum.ok) e.minQuantity = minimum.message;
    setFormErrors(e);
    if (Object.keys(e).length || !item || !minimum.ok) return;
    // Setting an item's threshold again changes the stored one: send the version listed.
    const listed = list.data?.find((t) => t.siteId === effectiveSite && t.itemId === item.id);
    const r = await save(
      [{ version: listed?.version, siteId: effectiveSite, itemId: item.id, minQuantity: minimum.value }],
      tr('threshold.set', { item: item.code, site: sites.byId.get(effectiveSite)?.code ?? '', min: qty(minimum.value) }),
    );
    if (r.ok) {
      setItemText('');
      setMin('');
    } else {
      const fields: Record<string, string> = {};
      for (const i of r.error.issues ?? []) if (typeof i.path[2] === 'string') fields[i.path[2]] = i.message;
      setFormErrors(fields);
    }
  }

  /** Validation at the cell: a minimum that is not one is refused there, with the reason, and never sent. */
  const onMinimum = useCallback((t: Row, typed: unknown): boolean => {
    const parsed = parseMinimum(typed);
    if (!parsed.ok) {
      errors.current.set(t.id, { minQuantity: parsed.message });
      setMessage({ kind: 'error', text: tr('threshold.notSaved', { item: t.itemCode, site: t.siteCode, message: parsed.message }) });
      queueMicrotask(() => redraw([apiRef.current?.getRowNode(t.id)]));
      return false;
    }
    if (parsed.value === t.minQuantity) return false;
    t.minQuantity = parsed.value;
    return true;
  }, []);

  const onEdit = (e: CellValueChangedEvent<Row>) => {
    if (e.source === REVERT) return;
    const t = e.data;
    void save([{ ...t, minQuantity: e.newValue as number }], tr('threshold.saved', { item: t.itemCode, site: t.siteCode })).then((r) => {
      if (r.ok) redraw([e.node]);
      else {
        errors.current.set(t.id, { minQuantity: r.error.message });
        e.node.setDataValue('minQuantity', e.oldValue, REVERT);
      }
    });
  };

  /** A column of minimums pasted from the focused Minimum cell down: checked line by line, saved in one all-or-nothing call. */
  const onBlockPaste = (block: string[][]) => {
    const a = apiRef.current;
    const focused = a?.getFocusedCell();
    if (!a || !focused) return;
    if (focused.column.getColId() !== 'minQuantity' || block.some((cells) => cells.length > 1)) {
      setMessage({ kind: 'error', text: tr('threshold.pasteOneColumn') });
      return;
    }
    const problems: string[] = [];
    const rows: Row[] = [];
    block.forEach((cells, k) => {
      const node = a.getDisplayedRowAtIndex(focused.rowIndex + k);
      const parsed = parseMinimum(cells[0]);
      if (!node?.data) problems.push(tr('threshold.pasteNoRow', { n: k + 1 }));
      else if (!parsed.ok) problems.push(tr('threshold.pasteLine', { n: k + 1, item: node.data.itemCode, message: parsed.message }));
      else rows.push({ ...node.data, minQuantity: parsed.value });
    });
    if (problems.length) {
      setMessage({ kind: 'error', text: tr('count.pasteRefusedBy', { message: problems.slice(0, 10).join('; ') }) });
      return;
    }
    void save(rows, tr('threshold.pasted', { count: rows.length }));
  };

  async function remove(t: Row) {
    const r = await enqueue(() => invoke('stock.thresholds.remove', { id: t.id, version: versionOf(t) ?? t.version }));
    if (r.ok) {
      setSelected(null);
      setMessage({ kind: 'success', text: tr('threshold.removed', { item: t.itemCode, site: t.siteCode }) });
    } else setMessage({ kind: 'error', text: explain(r.error).message });
  }

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { colId: 'siteCode', field: 'siteCode', headerName: tr('col.site'), width: 80 },
      { colId: 'itemCode', field: 'itemCode', headerName: tr('col.itemCode'), width: 115 },
      { colId: 'itemName', field: 'itemName', headerName: tr('addLine.item'), flex: 1, minWidth: 130, tooltipField: 'itemName' },
      {
        colId: 'minQuantity',
        field: 'minQuantity',
        headerName: tr('alerts.minimum'),
        headerTooltip: tr('threshold.minimumTip'),
        width: 95,
        type: 'rightAligned',
        editable: true,
        cellClass: 'counted-cell',
        valueFormatter: (p) => qty(p.value as number),
        valueSetter: (p) => onMinimum(p.data, p.newValue),
        ...invalidCell(errors.current, 'minQuantity'),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
    [onMinimum, language],
  );
  // Saved thresholds are updated in place, so Ctrl+Z still undoes after a save.
  const rows = useRowsInPlace(list.data ?? NONE, idOf);

  return (
    <section aria-label={tr('threshold.title')} data-testid="thresholds">
      <div className="stock-bar">
        <h2>{tr('threshold.title')}</h2>
        <span className="count">{list.data ? tr('threshold.setCount', { count: list.data.length }) : ''}</span>
        <ExportButton
          source="thresholds"
          parts={() => ({ params: { siteId: siteId || undefined }, ...gridViewOf(apiRef.current as GridApi | null) })}
        />
      </div>
      <div className="stock-bar" onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && void add()}>
        {!siteId && <SiteSelect label={tr('col.site')} value={formSite} onChange={setFormSite} error={formErrors.siteId} />}
        <ItemInput label={tr('addLine.item')} text={itemText} onText={setItemText} error={formErrors.itemId} testId="threshold-item" />
        <TextField
          label={tr('alerts.minimum')}
          type="number"
          min={0}
          value={min}
          onChange={setMin}
          error={formErrors.minQuantity}
          testId="threshold-min"
          width={100}
        />
        <button type="button" onClick={() => void add()} data-testid="threshold-add">
          {tr('threshold.setButton')}
        </button>
        {selected && (
          <button type="button" className="secondary" onClick={() => void remove(selected)}>
            {tr('threshold.remove', { item: selected.itemCode, site: selected.siteCode })}
          </button>
        )}
      </div>
      {message && (
        <div className={message.kind === 'error' ? 'problems' : 'success-panel'} role="status">
          {message.text}
        </div>
      )}
      {list.isError ? (
        <ErrorPanel error={list.error} />
      ) : (
        <EditableGrid<Row>
          className="stock-grid"
          testId="thresholds-grid"
          layout={layout}
          saving={pending > 0}
          onBlockPaste={onBlockPaste}
          enableBrowserTooltips
          rowData={rows.rowData}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          getRowId={getRowId}
          loading={list.isPending}
          rowSelection={SINGLE_ROW}
          onGridReady={(e) => {
            apiRef.current = e.api;
            rows.attach(e.api);
          }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
          onCellValueChanged={onEdit}
          overlayNoRowsTemplate={tr('threshold.noneYet')}
        />
      )}
    </section>
  );
}
