import { useQuery } from '@tanstack/react-query';
import { gridLocaleText } from '../../grid/locale-text';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useRef } from 'react';
import type { StockCard as StockCardData, StockCardRow } from '../../../../electron/api/stock';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { ErrorPanel } from '../../app/ErrorPanel';
import { gridTheme } from '../../grid/theme';
import { call } from '../../lib/api';
import { date, gridRtl } from '../../locale/current';
import { CONDITION_LABELS, dateTime, KIND_LABELS, qty, reasonLabel, shownDay } from './labels';
import { useSites } from './lookups';
import { stockHref } from './useHashParams';
import { DEFAULT_COL_UNSORTED } from '../../grid/defaults';
import { t, useLanguage, useT } from '../../i18n';

/** The most recent entries shown; older ones are reached with the From date. */
const SHOWN = 1000;

async function loadCard(input: { siteId: string; itemId?: string; lotId?: string; from?: string }): Promise<StockCardData> {
  // The card is paged oldest first; a long history is read from its end, where today's work is.
  const first = await call('stock.card', { ...input, offset: 0, limit: SHOWN });
  if (first.total <= SHOWN) return first;
  return call('stock.card', { ...input, offset: first.total - SHOWN, limit: SHOWN });
}

/** The card's columns, in the reader's language (built while rendering). */
const cardColumns = (): ColDef<StockCardRow>[] => [
  { colId: 'occurredAt', headerName: t('col.date'), width: 105, field: 'occurredAt', valueFormatter: (p) => shownDay(p.value as string) },
  {
    colId: 'documentNumber',
    headerName: t('card.document'),
    width: 185,
    cellRenderer: (p: { data?: StockCardRow }) =>
      p.data ? <a href={stockHref('stock-documents', { id: p.data.documentId })}>{p.data.documentNumber ?? t('card.draft')}</a> : null,
  },
  { colId: 'documentKind', headerName: t('col.kind'), width: 140, valueGetter: (p) => (p.data ? KIND_LABELS[p.data.documentKind] : '') },
  // The quantities come right after what moved them: at 1280 px a pinned balance hid Out and In transit.
  {
    colId: 'in',
    headerName: t('card.in'),
    width: 80,
    type: 'rightAligned',
    cellClass: 'qty-positive',
    valueGetter: (p) => (p.data && p.data.quantity > 0 ? qty(p.data.quantity) : ''),
  },
  {
    colId: 'out',
    headerName: t('card.out'),
    width: 80,
    type: 'rightAligned',
    cellClass: 'qty-negative',
    valueGetter: (p) => (p.data && p.data.quantity < 0 ? qty(-p.data.quantity) : ''),
  },
  {
    colId: 'balance',
    headerName: t('card.balance'),
    width: 95,
    type: 'rightAligned',
    cellStyle: { fontWeight: 700 },
    valueGetter: (p) => qty(p.data?.balance),
  },
  {
    colId: 'inTransit',
    headerName: t('vocab.condition.in_transit'),
    width: 95,
    type: 'rightAligned',
    valueGetter: (p) => (p.data?.inTransit ? qty(p.data.inTransit) : ''),
  },
  {
    colId: 'party',
    headerName: t('col.fromTo'),
    width: 90,
    valueGetter: (p) => p.data?.counterpartyShortName ?? p.data?.otherSiteCode ?? '',
  },
  { colId: 'lotNumber', headerName: t('col.lot'), width: 100, field: 'lotNumber' },
  { colId: 'expiryDate', headerName: t('col.expiry'), width: 100, field: 'expiryDate', valueFormatter: (p) => date(p.value as string) },
  { colId: 'ownerShortName', headerName: t('col.owner'), width: 80, field: 'ownerShortName' },
  { colId: 'condition', headerName: t('col.condition'), width: 95, valueGetter: (p) => (p.data ? CONDITION_LABELS[p.data.condition] : '') },
  { colId: 'recordedBy', headerName: t('card.recordedBy'), width: 150, field: 'recordedBy' },
  {
    colId: 'recordedAt',
    headerName: t('card.recordedAt'),
    width: 140,
    field: 'recordedAt',
    valueFormatter: (p) => dateTime(p.value as string),
  },
  {
    colId: 'why',
    headerName: t('card.why'),
    width: 220,
    valueGetter: (p) =>
      [reasonLabel(p.data?.reasonCode), p.data?.fefoOverrideReason ? t('card.fefoOverride', { reason: p.data.fefoOverrideReason }) : '']
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
  const t = useT();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const columns = useMemo(() => cardColumns(), [language]);
  const sites = useSites();
  const input = useMemo(
    () => (p.lotId ? { siteId: p.siteId, lotId: p.lotId } : { siteId: p.siteId, itemId: p.itemId }),
    [p.siteId, p.itemId, p.lotId],
  );
  const apiRef = useRef<GridApi | null>(null);
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
    <section className="stock-card" aria-label={t('card.title')} data-testid="stock-card">
      <div className="stock-card-head">
        <h2>
          {t('card.title')} · {c ? `${c.itemCode} — ${c.itemName}` : '…'} · {site?.code ?? ''}
          {p.lotId && p.lotLabel ? ` · ${t('card.lot', { lot: p.lotLabel })}` : ''}
        </h2>
        {c && (
          <span className="totals" data-testid="stock-card-totals">
            {t('card.opening', { quantity: qty(c.opening) })} · {t('card.closing')}{' '}
            <strong data-testid="stock-card-closing">{qty(c.closing)}</strong> {unitWord(c.baseUnit)}
            {c.closingInTransit ? ` · ${t('card.inTransitHere', { quantity: qty(c.closingInTransit) })}` : ''} ·{' '}
            {t('card.entries', { count: c.total })}
            {c.total > c.rows.length ? ` ${t('card.latestShown', { count: c.rows.length })}` : ''}
          </span>
        )}
        {p.lotId ? (
          <button type="button" className="secondary small" onClick={() => p.onLotOnly(null)}>
            {t('card.allLots')}
          </button>
        ) : p.lotChoice ? (
          <button type="button" className="secondary small" onClick={() => p.onLotOnly(p.lotChoice ?? null)}>
            {t('card.onlyLot', { lot: p.lotChoice.label })}
          </button>
        ) : null}
        <ExportButton
          source="stockCard"
          label={t('export.button')}
          parts={() => ({ params: input, columns: gridViewOf(apiRef.current).columns })}
        />
        <button type="button" className="secondary small close" onClick={p.onClose} title={t('card.closeTitle')}>
          {t('common.close')}
        </button>
      </div>
      {card.isError ? (
        <ErrorPanel error={card.error} title={t('card.couldNotLoad')} onRetry={() => void card.refetch()} />
      ) : (
        <div className="stock-grid">
          <AgGridReact<StockCardRow>
            enableRtl={gridRtl()}
            theme={gridTheme}
            getLocaleText={gridLocaleText}
            enableBrowserTooltips
            rowData={c?.rows ?? []}
            columnDefs={columns}
            defaultColDef={DEFAULT_COL_UNSORTED}
            getRowId={(r) => r.data.entryId}
            onGridReady={(e) => (apiRef.current = e.api as GridApi)}
            loading={card.isPending}
            onFirstDataRendered={(e) => e.api.ensureIndexVisible((c?.rows.length ?? 1) - 1, 'bottom')}
            onRowDataUpdated={(e) => {
              const n = e.api.getDisplayedRowCount();
              if (n > 0) e.api.ensureIndexVisible(n - 1, 'bottom');
            }}
            overlayNoRowsTemplate={t('card.noMovements')}
          />
        </div>
      )}
    </section>
  );
}
