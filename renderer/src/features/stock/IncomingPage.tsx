import type { ColDef, GridApi } from 'ag-grid-community';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { useCallback, useMemo, useRef } from 'react';
import type { OpInput } from '../../../../electron/api/contract';
import type { IncomingTransferView } from '../../../../electron/api/stock';
import { RegisterGrid } from '../../grid/RegisterGrid';
import { usePagedRows } from '../../grid/usePagedRows';
import { t, useLanguage, useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { SiteSelect } from './controls';
import { qty, shownDay, unitTotalsText } from './labels';
import { useSites, useWorkingSite } from './lookups';
import { useStockChanged } from './useStockChanged';
import './stock.css';

const SORTABLE = new Set(['occurredAt']);
const fetchIncoming = (input: OpInput<'stock.transfers.incoming'>) => invoke('stock.transfers.incoming', input);
const openTransfer = (id: string) => (window.location.hash = `#/stock-documents?id=${encodeURIComponent(id)}`);

/** When the goods are expected: the convoy's plan, or that there is none. */
const expectedText = (r: IncomingTransferView): string =>
  r.expectedArrival
    ? r.convoyNumber
      ? t('incoming.byConvoy', { when: shownDay(r.expectedArrival), convoy: r.convoyNumber })
      : shownDay(r.expectedArrival)
    : r.convoyNumber
      ? t('incoming.convoyUnplanned', { convoy: r.convoyNumber })
      : t('incoming.notPlanned');

const incomingColumns = (): ColDef<IncomingTransferView>[] => [
  { colId: 'number', headerName: t('incoming.col.transfer'), width: 190, field: 'number', sortable: false, cellStyle: { fontWeight: 600 } },
  { colId: 'from', headerName: t('incoming.col.from'), width: 80, field: 'siteCode', sortable: false },
  { colId: 'to', headerName: t('incoming.col.to'), width: 80, field: 'otherSiteCode', sortable: false },
  {
    colId: 'occurredAt',
    headerName: t('incoming.col.sent'),
    width: 100,
    field: 'occurredAt',
    valueFormatter: (p) => shownDay(p.value as string),
    sort: 'asc',
  },
  {
    colId: 'expected',
    headerName: t('incoming.col.expected'),
    width: 190,
    sortable: false,
    valueGetter: (p) => (p.data ? expectedText(p.data) : ''),
    tooltipValueGetter: (p) => (p.data ? expectedText(p.data) : ''),
  },
  {
    colId: 'lineCount',
    headerName: t('col.lines'),
    width: 64,
    type: 'rightAligned',
    sortable: false,
    valueGetter: (p) => qty(p.data?.lineCount),
  },
  {
    colId: 'totals',
    headerName: t('col.quantity'),
    width: 160,
    sortable: false,
    valueGetter: (p) => (p.data ? unitTotalsText(p.data) : ''),
    tooltipValueGetter: (p) => (p.data ? unitTotalsText(p.data) : ''),
  },
  {
    colId: 'weight',
    headerName: t('incoming.col.weight'),
    width: 90,
    type: 'rightAligned',
    sortable: false,
    valueGetter: (p) => (p.data?.totalWeightKg != null ? t('incoming.kg', { kg: qty(p.data.totalWeightKg) }) : '—'),
  },
  { colId: 'reference', headerName: t('col.reference'), width: 160, field: 'reference', sortable: false },
];

/**
 * Transfers in transit to the working site (or to every site): oldest sent first, with the
 * expected arrival and the size; opening one shows its receipt form.
 */
export default function IncomingPage() {
  const t = useT();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const columns = useMemo(() => incomingColumns(), [language]);
  const sites = useSites();
  const [siteId, chooseSite] = useWorkingSite();
  const apiRef = useRef<GridApi<IncomingTransferView> | null>(null);
  const filters = useMemo(() => ({ siteId: siteId || undefined }), [siteId]);
  const { datasource, total, loadError } = usePagedRows(fetchIncoming, filters, SORTABLE);
  useStockChanged(useCallback(() => apiRef.current?.refreshInfiniteCache(), []));
  const site = sites.byId.get(siteId);

  return (
    <div className="stock-page" data-testid="incoming-list">
      <div className="stock-bar">
        <SiteSelect label={t('incoming.receivingSite')} value={siteId} onChange={chooseSite} blank={t('filter.allSites')} />
        <span className="count" data-testid="incoming-count">
          {total == null ? t('common.loading') : t('incoming.count', { count: total })}
        </span>
        {total !== null && total > 0 && <span className="muted">{t('incoming.openHint')}</span>}
        <ExportButton source="incoming" parts={() => ({ params: filters, ...gridViewOf(apiRef.current as GridApi | null) })} />
      </div>
      <RegisterGrid
        columns={columns}
        datasource={datasource}
        apiRef={apiRef}
        onOpen={openTransfer}
        loadError={loadError}
        loadErrorTitle={t('incoming.couldNotLoad')}
        empty={
          total === 0 && (
            <p>
              <strong>{site ? t('incoming.none', { site: site.code }) : t('incoming.noneAnywhere')}</strong> {t('incoming.noneHint')}
            </p>
          )
        }
      />
    </div>
  );
}
