import type { ColDef, GridApi } from 'ag-grid-community';
import { gridValueOrder } from '../../../../electron/api/grid-order';
import { gridLocaleText } from '../../grid/locale-text';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { gridRtl, pinnedEnd } from '../../locale/current';
import { AgGridReact } from 'ag-grid-react';
import { useRef, useState } from 'react';
import type { ExpiryAlert, LowStockAlert } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { gridTheme } from '../../grid/theme';
import { SiteSelect } from './controls';
import { DEFAULT_COL } from '../../grid/defaults';
import { expiryText, qty } from './labels';
import { ExpiryLegend, expiryRowClass } from './legend';
import { useSites, useWorkingSite } from './lookups';
import { ThresholdsPanel } from './ThresholdsPanel';
import { stockHref } from './useHashParams';
import './stock.css';
import { t, useLanguage, useT } from '../../i18n';

/**
 * A quantity shown as text ("1 200 boxes") sorted by its number, as the export sorts that field:
 * the text would put 1 200 before 200.
 */
const byNumber =
  <R,>(key: keyof R): ColDef<R>['comparator'] =>
  (_a, _b, a, b) =>
    gridValueOrder(a.data?.[key], b.data?.[key]);

/** The expiry alerts' columns, in the reader's language (built while rendering). */
const expiryColumns = (): ColDef<ExpiryAlert>[] => [
  { colId: 'siteCode', field: 'siteCode', headerName: t('col.site'), width: 80 },
  { colId: 'itemCode', field: 'itemCode', headerName: t('col.itemCode'), width: 115 },
  { colId: 'itemName', field: 'itemName', headerName: t('addLine.item'), flex: 1, minWidth: 150, tooltipField: 'itemName' },
  { colId: 'lotNumber', field: 'lotNumber', headerName: t('col.lot'), width: 110 },
  // Pinned with the quantity: in this half-width panel at 1280 px the expiry date, the point of
  // the list, was scrolled off to the right.
  {
    colId: 'expiryDate',
    headerName: t('col.expiry'),
    width: 170,
    pinned: pinnedEnd(),
    // Sorted and filtered by the stored date, shown in the locale with the days left.
    field: 'expiryDate',
    valueFormatter: (p) => (p.data ? expiryText(p.data.expiryDate, p.data.daysToExpiry) : ''),
  },
  { colId: 'ownerShortName', field: 'ownerShortName', headerName: t('col.owner'), width: 85 },
  {
    colId: 'quantity',
    headerName: t('col.quantity'),
    width: 105,
    pinned: pinnedEnd(),
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? `${qty(p.data.quantity)} ${unitWord(p.data.baseUnit)}` : ''),
    comparator: byNumber('quantity'),
  },
];
const expiryClass = expiryRowClass<ExpiryAlert>();

/** The low-stock alerts' columns, in the reader's language. */
const lowColumns = (): ColDef<LowStockAlert>[] => [
  { colId: 'siteCode', field: 'siteCode', headerName: t('col.site'), width: 80 },
  { colId: 'itemCode', field: 'itemCode', headerName: t('col.itemCode'), width: 115 },
  { colId: 'itemName', field: 'itemName', headerName: t('addLine.item'), flex: 1, minWidth: 130, tooltipField: 'itemName' },
  {
    colId: 'goodQuantity',
    headerName: t('alerts.good'),
    width: 80,
    type: 'rightAligned',
    pinned: pinnedEnd(),
    cellClass: 'low-stock',
    valueGetter: (p) => qty(p.data?.goodQuantity),
    comparator: byNumber('goodQuantity'),
  },
  {
    colId: 'minQuantity',
    headerName: t('alerts.minimum'),
    width: 85,
    type: 'rightAligned',
    valueGetter: (p) => qty(p.data?.minQuantity),
    comparator: byNumber('minQuantity'),
  },
  {
    colId: 'shortBy',
    headerName: t('alerts.shortBy'),
    width: 100,
    pinned: pinnedEnd(),
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? `${qty(p.data.shortBy)} ${unitWord(p.data.baseUnit)}` : ''),
    comparator: byNumber('shortBy'),
  },
];

/** Expiry alerts, low-stock alerts and the thresholds behind them, for one site or all. */
export default function AlertsPage() {
  const t = useT();
  useLanguage(); // the columns below are worded again when the language changes
  const sites = useSites();
  const [siteId, chooseSite] = useWorkingSite();
  const [within, setWithin] = useState<3 | 9>(3);
  const input = { siteId: siteId || undefined, withinMonths: within, limit: 2000 };
  const expiry = useCoreQuery('stock.alerts.expiry', input);
  const low = useCoreQuery('stock.alerts.lowStock', { siteId: siteId || undefined, limit: 2000 });
  const site = sites.byId.get(siteId);
  const expiryRows = expiry.data ?? [];
  const lowRows = low.data ?? [];
  const expiryApi = useRef<GridApi | null>(null);
  const lowApi = useRef<GridApi | null>(null);
  return (
    <div className="stock-page" data-testid="alerts-page">
      <div className="stock-bar">
        <SiteSelect label={t('col.site')} value={siteId} onChange={chooseSite} blank={t('filter.allSites')} testId="alerts-site" />
        <ExpiryLegend />
      </div>
      <div className="alerts">
        <section className="tall" aria-label={t('alerts.expiryLabel')}>
          <div className="stock-bar">
            <h2>{t('alerts.expiringTitle')}</h2>
            <label className="check">
              <input type="radio" name="within" checked={within === 3} onChange={() => setWithin(3)} /> {t('alerts.within', { months: 3 })}
            </label>
            <label className="check">
              <input type="radio" name="within" checked={within === 9} onChange={() => setWithin(9)} data-testid="alerts-within9" />{' '}
              {t('alerts.within', { months: 9 })}
            </label>
            <span className="count" data-testid="expiry-alert-count">
              {expiry.isPending ? t('common.loading') : t('alerts.lotLines', { count: expiryRows.length })}
            </span>
            <ExportButton
              source="expiryAlerts"
              parts={() => ({ params: { siteId: siteId || undefined, withinMonths: within }, ...gridViewOf(expiryApi.current) })}
            />
          </div>
          <p className="hint">{t('alerts.expiryHint')}</p>
          {expiry.isError ? (
            <ErrorPanel error={expiry.error} />
          ) : (
            <div className="stock-grid">
              <AgGridReact<ExpiryAlert>
                enableRtl={gridRtl()}
                theme={gridTheme}
                getLocaleText={gridLocaleText}
                enableBrowserTooltips
                rowData={expiryRows}
                columnDefs={expiryColumns()}
                defaultColDef={DEFAULT_COL}
                getRowId={(r) => r.data.key}
                onGridReady={(e) => (expiryApi.current = e.api as GridApi)}
                rowClassRules={expiryClass}
                loading={expiry.isPending}
                onRowClicked={(e) => {
                  if (e.data)
                    window.location.hash = stockHref('stock', { site: e.data.siteId, card: e.data.itemId, cardSite: e.data.siteId });
                }}
                overlayNoRowsTemplate={
                  site ? t('alerts.nothingExpiresAt', { months: within, site: site.code }) : t('alerts.nothingExpires', { months: within })
                }
              />
            </div>
          )}
        </section>
        <section aria-label={t('alerts.lowLabel')}>
          <div className="stock-bar">
            <h2>{t('alerts.lowTitle')}</h2>
            <span className="count" data-testid="low-alert-count">
              {low.isPending ? t('common.loading') : t('alerts.items', { count: lowRows.length })}
            </span>
            <ExportButton source="lowStock" parts={() => ({ params: { siteId: siteId || undefined }, ...gridViewOf(lowApi.current) })} />
          </div>
          {low.isError ? (
            <ErrorPanel error={low.error} />
          ) : (
            <div className="stock-grid">
              <AgGridReact<LowStockAlert>
                enableRtl={gridRtl()}
                theme={gridTheme}
                getLocaleText={gridLocaleText}
                enableBrowserTooltips
                rowData={lowRows}
                columnDefs={lowColumns()}
                defaultColDef={DEFAULT_COL}
                getRowId={(r) => `${r.data.siteId}:${r.data.itemId}`}
                onGridReady={(e) => (lowApi.current = e.api as GridApi)}
                loading={low.isPending}
                overlayNoRowsTemplate={t('alerts.noneLow')}
              />
            </div>
          )}
        </section>
        <ThresholdsPanel siteId={siteId} />
      </div>
    </div>
  );
}
