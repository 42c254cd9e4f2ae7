import { useQuery } from '@tanstack/react-query';
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo } from 'react';
import type { StockCard as StockCardData, StockCardRow } from '../../../../electron/api/stock';
import { ExportButton } from '../../grid/ExportButton';
import { ErrorPanel } from '../../app/ErrorPanel';
import { gridTheme } from '../../grid/theme';
import { call } from '../../lib/api';
import { date, gridRtl } from '../../locale/current';
import { CONDITION_LABELS, dateTime, KIND_LABELS, qty, reasonLabel, shownDay } from './labels';
import { useSites } from './lookups';
import { stockHref } from './useHashParams';
import { DEFAULT_COL_UNSORTED } from './gridProps';

/** The most recent entries shown; older ones are reached with the From date. */
const SHOWN = 1000;

async function loadCard(input: { siteId: string; itemId?: string; lotId?: string; from?: string }): Promise<StockCardData> {
  // The card is paged oldest first; a long history is read from its end, where today's work is.
  const first = await call('stock.card', { ...input, offset: 0, limit: SHOWN });
  if (first.total <= SHOWN) return first;
  return call('stock.card', { ...input, offset: first.total - SHOWN, limit: SHOWN });
}

const columns: ColDef<StockCardRow>[] = [
  { colId: 'occurredAt', headerName: 'Date', width: 105, field: 'occurredAt', valueFormatter: (p) => shownDay(p.value as string) },
  {
    colId: 'documentNumber',
    headerName: 'Document',
    width: 185,
    cellRenderer: (p: { data?: StockCardRow }) =>
      p.data ? <a href={stockHref('stock-documents', { id: p.data.documentId })}>{p.data.documentNumber ?? '(draft)'}</a> : null,
  },
  { colId: 'documentKind', headerName: 'Kind', width: 140, valueGetter: (p) => (p.data ? KIND_LABELS[p.data.documentKind] : '') },
  {
    colId: 'party',
    headerName: 'From / to',
    width: 90,
    valueGetter: (p) => p.data?.counterpartyShortName ?? p.data?.otherSiteCode ?? '',
  },
  { colId: 'lotNumber', headerName: 'Lot', width: 100, field: 'lotNumber' },
  { colId: 'expiryDate', headerName: 'Expiry', width: 100, field: 'expiryDate', valueFormatter: (p) => date(p.value as string) },
  { colId: 'ownerShortName', headerName: 'Owner', width: 80, field: 'ownerShortName' },
  { colId: 'condition', headerName: 'Condition', width: 95, valueGetter: (p) => (p.data ? CONDITION_LABELS[p.data.condition] : '') },
  {
    colId: 'in',
    headerName: 'In',
    width: 80,
    type: 'rightAligned',
    cellClass: 'qty-positive',
    valueGetter: (p) => (p.data && p.data.quantity > 0 ? qty(p.data.quantity) : ''),
  },
  {
    colId: 'out',
    headerName: 'Out',
    width: 80,
    type: 'rightAligned',
    cellClass: 'qty-negative',
    valueGetter: (p) => (p.data && p.data.quantity < 0 ? qty(-p.data.quantity) : ''),
  },
  {
    colId: 'balance',
    headerName: 'Balance',
    width: 95,
    type: 'rightAligned',
    pinned: 'right',
    cellStyle: { fontWeight: 700 },
    valueGetter: (p) => qty(p.data?.balance),
  },
  {
    colId: 'inTransit',
    headerName: 'In transit',
    width: 95,
    type: 'rightAligned',
    valueGetter: (p) => (p.data?.inTransit ? qty(p.data.inTransit) : ''),
  },
  { colId: 'recordedBy', headerName: 'Recorded by', width: 150, field: 'recordedBy' },
  { colId: 'recordedAt', headerName: 'Recorded at', width: 140, field: 'recordedAt', valueFormatter: (p) => dateTime(p.value as string) },
  {
    colId: 'why',
    headerName: 'Reason / FEFO override',
    width: 220,
    valueGetter: (p) =>
      [reasonLabel(p.data?.reasonCode), p.data?.fefoOverrideReason ? `FEFO override: ${p.data.fefoOverrideReason}` : '']
        .filter(Boolean)
        .join(' · '),
    tooltipValueGetter: (p) => p.value as string,
  },
];

/** Running balance of one item (or one lot) at one site, newest entries at the bottom. */
export default function StockCard(p: {
  siteId: string;
  itemId: string;
  lotId?: string;
  lotLabel?: string;
  /** The lot of the line that opened the card, offered as "this lot only". */
  lotChoice?: { id: string; label: string } | null;
  onClose: () => void;
  onLotOnly: (lot: { id: string; label: string } | null) => void;
}) {
  const sites = useSites();
  const input = useMemo(
    () => (p.lotId ? { siteId: p.siteId, lotId: p.lotId } : { siteId: p.siteId, itemId: p.itemId }),
    [p.siteId, p.itemId, p.lotId],
  );
  const card = useQuery({ queryKey: ['stock.card', input], queryFn: () => loadCard(input) });
  const site = sites.byId.get(p.siteId);
  const c = card.data;
  // Esc closes the card (as its Close button says), except while typing in a filter box.
  const { onClose } = p;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section className="stock-card" aria-label="Stock card" data-testid="stock-card">
      <div className="stock-card-head">
        <h2>
          Stock card · {c ? `${c.itemCode} — ${c.itemName}` : '…'} · {site?.code ?? ''}
          {p.lotId && p.lotLabel ? ` · lot ${p.lotLabel}` : ''}
        </h2>
        {c && (
          <span className="totals" data-testid="stock-card-totals">
            Opening {qty(c.opening)} · Closing <strong data-testid="stock-card-closing">{qty(c.closing)}</strong> {c.baseUnit}
            {c.closingInTransit ? ` · in transit to this site ${qty(c.closingInTransit)}` : ''} · {c.total.toLocaleString()} entr
            {c.total === 1 ? 'y' : 'ies'}
            {c.total > c.rows.length ? ` (the latest ${c.rows.length.toLocaleString()} shown)` : ''}
          </span>
        )}
        {p.lotId ? (
          <button type="button" className="secondary small" onClick={() => p.onLotOnly(null)}>
            All lots of this item
          </button>
        ) : p.lotChoice ? (
          <button type="button" className="secondary small" onClick={() => p.onLotOnly(p.lotChoice ?? null)}>
            Only lot {p.lotChoice.label}
          </button>
        ) : null}
        <ExportButton source="stockCard" label="Export…" parts={() => ({ params: input })} />
        <button type="button" className="secondary small close" onClick={p.onClose} title="Close the stock card (Esc)">
          Close
        </button>
      </div>
      {card.isError ? (
        <ErrorPanel error={card.error} title="The stock card could not be loaded" onRetry={() => void card.refetch()} />
      ) : (
        <div className="stock-grid">
          <AgGridReact<StockCardRow>
            enableRtl={gridRtl()}
            theme={gridTheme}
            enableBrowserTooltips
            rowData={c?.rows ?? []}
            columnDefs={columns}
            defaultColDef={DEFAULT_COL_UNSORTED}
            getRowId={(r) => r.data.entryId}
            loading={card.isPending}
            onFirstDataRendered={(e) => e.api.ensureIndexVisible((c?.rows.length ?? 1) - 1, 'bottom')}
            onRowDataUpdated={(e) => {
              const n = e.api.getDisplayedRowCount();
              if (n > 0) e.api.ensureIndexVisible(n - 1, 'bottom');
            }}
            overlayNoRowsTemplate="No movements of this item at this site yet."
          />
        </div>
      )}
    </section>
  );
}
