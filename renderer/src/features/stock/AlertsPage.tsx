import type { CellValueChangedEvent, ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useState } from 'react';
import type { ExpiryAlert, LowStockAlert, StockThresholdView } from '../../../../electron/api/stock';
import { explain } from '../../app/errors';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { gridTheme } from '../../grid/theme';
import { invoke } from '../../lib/api';
import { ItemInput, SiteSelect, TextField } from './controls';
import { expiryText, qty } from './labels';
import { findItem, useItems, useSites, useWorkingSite } from './lookups';
import { ExpiryLegend, expiryRowClass } from './legend';
import { stockHref } from './useHashParams';
import './stock.css';
import { DEFAULT_COL, SINGLE_ROW } from './gridProps';

const expiryColumns: ColDef<ExpiryAlert>[] = [
  { colId: 'siteCode', field: 'siteCode', headerName: 'Site', width: 80 },
  { colId: 'itemCode', field: 'itemCode', headerName: 'Item code', width: 115 },
  { colId: 'itemName', field: 'itemName', headerName: 'Item', flex: 1, minWidth: 150, tooltipField: 'itemName' },
  { colId: 'lotNumber', field: 'lotNumber', headerName: 'Lot', width: 110 },
  // Pinned with the quantity: in this half-width panel at 1280 px the expiry date, the point of
  // the list, was scrolled off to the right.
  {
    colId: 'expiryDate',
    headerName: 'Expiry',
    width: 170,
    pinned: 'right',
    valueGetter: (p) => (p.data ? expiryText(p.data.expiryDate, p.data.daysToExpiry) : ''),
  },
  { colId: 'ownerShortName', field: 'ownerShortName', headerName: 'Owner', width: 85 },
  {
    colId: 'quantity',
    headerName: 'Quantity',
    width: 105,
    pinned: 'right',
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? `${qty(p.data.quantity)} ${p.data.baseUnit}` : ''),
  },
];
const expiryClass = expiryRowClass<ExpiryAlert>();

const lowColumns: ColDef<LowStockAlert>[] = [
  { colId: 'siteCode', field: 'siteCode', headerName: 'Site', width: 80 },
  { colId: 'itemCode', field: 'itemCode', headerName: 'Item code', width: 115 },
  { colId: 'itemName', field: 'itemName', headerName: 'Item', flex: 1, minWidth: 130, tooltipField: 'itemName' },
  {
    colId: 'goodQuantity',
    headerName: 'Good',
    width: 80,
    type: 'rightAligned',
    pinned: 'right',
    cellClass: 'low-stock',
    valueGetter: (p) => qty(p.data?.goodQuantity),
  },
  { colId: 'minQuantity', headerName: 'Minimum', width: 85, type: 'rightAligned', valueGetter: (p) => qty(p.data?.minQuantity) },
  {
    colId: 'shortBy',
    headerName: 'Short by',
    width: 100,
    pinned: 'right',
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? `${qty(p.data.shortBy)} ${p.data.baseUnit}` : ''),
  },
];

/** Expiry alerts, low-stock alerts and the thresholds behind them, for one site or all. */
export default function AlertsPage() {
  const sites = useSites();
  const [siteId, chooseSite] = useWorkingSite();
  const [within, setWithin] = useState<3 | 9>(3);
  const input = { siteId: siteId || undefined, withinMonths: within, limit: 2000 };
  const expiry = useCoreQuery('stock', 'stock.alerts.expiry', input);
  const low = useCoreQuery('stock', 'stock.alerts.lowStock', { siteId: siteId || undefined, limit: 2000 });
  const site = sites.byId.get(siteId);
  const expiryRows = expiry.data ?? [];
  const lowRows = low.data ?? [];
  return (
    <div className="stock-page" data-testid="alerts-page">
      <div className="stock-bar">
        <SiteSelect label="Site" value={siteId} onChange={chooseSite} blank="All sites" testId="alerts-site" />
        <ExpiryLegend />
      </div>
      <div className="alerts">
        <section className="tall" aria-label="Expiry alerts">
          <div className="stock-bar">
            <h2>Expiring good stock</h2>
            <label className="check">
              <input type="radio" name="within" checked={within === 3} onChange={() => setWithin(3)} /> within 3 months
            </label>
            <label className="check">
              <input type="radio" name="within" checked={within === 9} onChange={() => setWithin(9)} data-testid="alerts-within9" /> within
              9 months
            </label>
            <span className="count" data-testid="expiry-alert-count">
              {expiry.isPending ? 'Loading…' : `${expiryRows.length.toLocaleString()} lot line(s)`}
            </span>
          </div>
          <p className="hint">
            Expired lots are included (they cannot be issued as good stock: write them off or quarantine them). Soonest first. Distribute
            these first, or arrange a transfer to a site that can use them in time.
          </p>
          {expiry.isError ? (
            <ErrorPanel error={expiry.error} />
          ) : (
            <div className="stock-grid">
              <AgGridReact<ExpiryAlert>
                theme={gridTheme}
                enableBrowserTooltips
                rowData={expiryRows}
                columnDefs={expiryColumns}
                defaultColDef={DEFAULT_COL}
                getRowId={(r) => r.data.key}
                rowClassRules={expiryClass}
                loading={expiry.isPending}
                onRowClicked={(e) => {
                  if (e.data)
                    window.location.hash = stockHref('stock', { site: e.data.siteId, card: e.data.itemId, cardSite: e.data.siteId });
                }}
                overlayNoRowsTemplate={`Nothing expires within ${within} months${site ? ` at ${site.code}` : ''}.`}
              />
            </div>
          )}
        </section>
        <section aria-label="Low-stock alerts">
          <div className="stock-bar">
            <h2>Below the low-stock threshold</h2>
            <span className="count" data-testid="low-alert-count">
              {low.isPending ? 'Loading…' : `${lowRows.length.toLocaleString()} item(s)`}
            </span>
          </div>
          {low.isError ? (
            <ErrorPanel error={low.error} />
          ) : (
            <div className="stock-grid">
              <AgGridReact<LowStockAlert>
                theme={gridTheme}
                enableBrowserTooltips
                rowData={lowRows}
                columnDefs={lowColumns}
                defaultColDef={DEFAULT_COL}
                getRowId={(r) => `${r.data.siteId}:${r.data.itemId}`}
                loading={low.isPending}
                overlayNoRowsTemplate="No item is below its threshold. Set thresholds below to be warned before stock runs out."
              />
            </div>
          )}
        </section>
        <Thresholds siteId={siteId} />
      </div>
    </div>
  );
}

/** Low-stock thresholds per item and site: minimum good stock, edited in place. */
function Thresholds({ siteId }: { siteId: string }) {
  const items = useItems();
  const sites = useSites();
  const list = useCoreQuery('stock', 'stock.thresholds.list', { siteId: siteId || undefined });
  const [itemText, setItemText] = useState('');
  const [min, setMin] = useState('');
  const [formSite, setFormSite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [selected, setSelected] = useState<StockThresholdView | null>(null);
  const effectiveSite = siteId || formSite;

  async function save(
    rows: { version?: number; siteId: string; itemId: string; minQuantity: string | number }[],
    what: string,
  ): Promise<boolean> {
    const r = await invoke('stock.thresholds.save', {
      rows: rows as { version?: number; siteId: string; itemId: string; minQuantity: number }[],
    });
    if (r.ok) setMessage({ kind: 'success', text: what });
    else {
      const e: Record<string, string> = {};
      for (const i of r.error.issues ?? []) if (typeof i.path[2] === 'string') e[i.path[2]] = i.message;
      setErrors(e);
      setMessage({ kind: 'error', text: explain(r.error).message });
    }
    return r.ok;
  }

  async function add() {
    const item = findItem(items, itemText);
    const e: Record<string, string> = {};
    if (!effectiveSite) e.siteId = 'Choose the site';
    if (!item) e.itemId = itemText.trim() ? 'No such item; pick one from the list' : 'Choose the item';
    if (!min.trim()) e.minQuantity = 'Give the minimum quantity';
    setErrors(e);
    if (Object.keys(e).length) return;
    if (
      await save(
        // Setting an item's threshold again changes the stored one: send the version listed.
        [
          {
            version: list.data?.find((t) => t.siteId === effectiveSite && t.itemId === item!.id)?.version,
            siteId: effectiveSite,
            itemId: item!.id,
            minQuantity: min,
          },
        ],
        `Threshold set: ${item!.code} at ${sites.byId.get(effectiveSite)?.code ?? ''}, minimum ${min}.`,
      )
    ) {
      setItemText('');
      setMin('');
    }
  }

  const onEdit = (e: CellValueChangedEvent<StockThresholdView>) => {
    void save(
      [{ version: e.data.version, siteId: e.data.siteId, itemId: e.data.itemId, minQuantity: String(e.newValue ?? '') }],
      `Minimum for ${e.data.itemCode} at ${e.data.siteCode} saved.`,
    ).then((ok) => {
      if (!ok) e.node.setDataValue('minQuantity', e.oldValue);
    });
  };

  async function remove(t: StockThresholdView) {
    const r = await invoke('stock.thresholds.remove', { id: t.id, version: t.version });
    if (r.ok) {
      setSelected(null);
      setMessage({ kind: 'success', text: `Threshold for ${t.itemCode} at ${t.siteCode} removed.` });
    } else setMessage({ kind: 'error', text: explain(r.error).message });
  }

  const columns: ColDef<StockThresholdView>[] = [
    { colId: 'siteCode', field: 'siteCode', headerName: 'Site', width: 80 },
    { colId: 'itemCode', field: 'itemCode', headerName: 'Item code', width: 115 },
    { colId: 'itemName', field: 'itemName', headerName: 'Item', flex: 1, minWidth: 130, tooltipField: 'itemName' },
    {
      colId: 'minQuantity',
      field: 'minQuantity',
      headerName: 'Minimum',
      headerTooltip: 'Minimum good stock to keep; double-click to change',
      width: 95,
      type: 'rightAligned',
      editable: true,
      cellClass: 'counted-cell',
      valueFormatter: (p) => qty(p.value as number),
    },
  ];

  return (
    <section aria-label="Low-stock thresholds" data-testid="thresholds">
      <div className="stock-bar">
        <h2>Low-stock thresholds</h2>
        <span className="count">{list.data ? `${list.data.length.toLocaleString()} set` : ''}</span>
      </div>
      <div className="stock-bar" onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && void add()}>
        {!siteId && <SiteSelect label="Site" value={formSite} onChange={setFormSite} error={errors.siteId} />}
        <ItemInput label="Item" text={itemText} onText={setItemText} error={errors.itemId} testId="threshold-item" />
        <TextField
          label="Minimum"
          type="number"
          min={0}
          value={min}
          onChange={setMin}
          error={errors.minQuantity}
          testId="threshold-min"
          width={100}
        />
        <button type="button" onClick={() => void add()} data-testid="threshold-add">
          Set threshold
        </button>
        {selected && (
          <button type="button" className="secondary" onClick={() => void remove(selected)}>
            Remove {selected.itemCode} at {selected.siteCode}
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
        <div className="stock-grid">
          <AgGridReact<StockThresholdView>
            theme={gridTheme}
            enableBrowserTooltips
            rowData={(list.data ?? []).map((t) => ({ ...t }))}
            columnDefs={columns}
            defaultColDef={DEFAULT_COL}
            getRowId={(r) => r.data.id}
            loading={list.isPending}
            rowSelection={SINGLE_ROW}
            onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
            onCellValueChanged={onEdit}
            stopEditingWhenCellsLoseFocus
            overlayNoRowsTemplate="No thresholds yet: choose an item, give the minimum good stock to keep, and press Set threshold."
          />
        </div>
      )}
    </section>
  );
}
