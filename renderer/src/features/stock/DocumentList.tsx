import type { ColDef, GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES, STOCK_DOCUMENT_KINDS, type StockDocumentView } from '../../../../electron/api/stock';
import type { OpInput } from '../../../../electron/api/contract';
import { RegisterGrid } from '../../grid/RegisterGrid';
import { usePagedRows, useSettledText } from '../../grid/usePagedRows';
import { invoke } from '../../lib/api';
import { ChoiceSelect, SearchField, SiteSelect, TextField } from './controls';
import { KIND_LABELS, qty, shownDay, unitTotalsText } from './labels';
import { ExportButton, gridViewOf, type ExportParts } from '../../grid/ExportButton';
import { useSites, useWorkingSite } from './lookups';
import { useStockChanged } from './useStockChanged';
import { t, useLanguage, useT } from '../../i18n';

const SORTABLE = new Set(['occurredAt', 'number', 'kind', 'status', 'siteCode', 'postedAt', 'updatedAt']);
const fetchDocuments = (input: OpInput<'stock.documents.list'>) => invoke('stock.documents.list', input);

/** A document's state in words, as its workflow definition in the core words it. */
export const statusText = (d: StockDocumentView): string => d.workflow.stateLabel;

/** The register's columns, in the reader's language (built while rendering). */
const documentColumns = (): ColDef<StockDocumentView>[] => [
  {
    colId: 'occurredAt',
    headerName: t('col.date'),
    width: 110,
    field: 'occurredAt',
    valueFormatter: (p) => shownDay(p.value as string),
    sort: 'desc',
  },
  {
    colId: 'number',
    headerName: t('col.number'),
    width: 210,
    valueGetter: (p) => p.data?.number ?? t('doc.noNumberYet'),
    cellStyle: { fontWeight: 600 },
  },
  { colId: 'kind', headerName: t('col.kind'), width: 150, valueGetter: (p) => (p.data ? KIND_LABELS[p.data.kind] : '') },
  {
    colId: 'status',
    headerName: t('col.status'),
    width: 250,
    valueGetter: (p) => (p.data ? statusText(p.data) : ''),
    tooltipValueGetter: (p) => (p.data ? statusText(p.data) : ''),
  },
  { colId: 'siteCode', headerName: t('col.site'), width: 90, field: 'siteCode' },
  {
    colId: 'party',
    headerName: t('col.fromTo'),
    width: 140,
    sortable: false,
    valueGetter: (p) => {
      const d = p.data;
      if (!d) return '';
      const bits = [
        d.counterpartyShortName,
        d.otherSiteCode
          ? d.kind === 'receipt' || d.kind === 'transfer_in'
            ? t('doc.fromSite', { site: d.otherSiteCode })
            : t('doc.toSite', { site: d.otherSiteCode })
          : null,
      ];
      return bits.filter(Boolean).join(' · ');
    },
  },
  {
    colId: 'owner',
    headerName: t('col.owner'),
    width: 100,
    sortable: false,
    valueGetter: (p) => [p.data?.ownerShortName, p.data?.toOwnerShortName].filter(Boolean).join(' → '),
  },
  { colId: 'reference', headerName: t('col.reference'), width: 150, field: 'reference', sortable: false },
  {
    colId: 'lineCount',
    headerName: t('col.lines'),
    width: 80,
    type: 'rightAligned',
    sortable: false,
    valueGetter: (p) => qty(p.data?.lineCount),
  },
  {
    colId: 'totals',
    headerName: t('col.quantity'),
    width: 170,
    sortable: false,
    valueGetter: (p) => (p.data ? unitTotalsText(p.data) : ''),
    tooltipValueGetter: (p) => (p.data ? unitTotalsText(p.data) : ''),
  },
  { colId: 'postedBy', headerName: t('col.postedBy'), width: 150, field: 'postedBy', sortable: false },
];

/** Every stock document, newest first; filters are applied by the core. */
export function DocumentList(p: { onOpen: (id: string) => void; onNew: () => void }) {
  const t = useT();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const columns = useMemo(() => documentColumns(), [language]);
  const sites = useSites();
  const [siteId, chooseSite] = useWorkingSite();
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [searchText, setSearchText] = useState('');
  const search = useSettledText(searchText);
  const [awaiting, setAwaiting] = useState(false);
  const apiRef = useRef<GridApi<StockDocumentView> | null>(null);

  const dateOk = (d: string) => d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d);
  const filters = useMemo(
    () => ({
      siteId: awaiting ? undefined : siteId || undefined,
      awaitingReceiptAt: awaiting && siteId ? siteId : undefined,
      kind: (kind || undefined) as StockDocumentView['kind'] | undefined,
      status: (status || undefined) as StockDocumentView['status'] | undefined,
      from: dateOk(from) && from ? from : undefined,
      to: dateOk(to) && to ? to : undefined,
      search: search || undefined,
    }),
    [siteId, awaiting, kind, status, from, to, search],
  );

  const { datasource, total, loadError } = usePagedRows(fetchDocuments, filters, SORTABLE);
  useStockChanged(useCallback(() => apiRef.current?.refreshInfiniteCache(), []));

  // As shown: the register's filters, its visible columns in order, and its sort where the core sorts.
  const exportParts = (): ExportParts => {
    const view = gridViewOf(apiRef.current);
    return { params: { ...filters, sort: (view.sort ?? []).filter((x) => SORTABLE.has(x.colId)) }, columns: view.columns };
  };

  const site = sites.byId.get(siteId);
  const filtered = Boolean(filters.kind || filters.status || filters.from || filters.to || filters.search || awaiting);
  return (
    <div className="stock-page" data-testid="document-list">
      <div className="stock-bar">
        <button type="button" onClick={p.onNew} data-testid="new-document">
          {t('doc.newButton')}
        </button>
        <SiteSelect label={t('col.site')} value={siteId} onChange={chooseSite} blank={t('filter.allSites')} />
        <ChoiceSelect
          label={t('col.kind')}
          value={kind}
          onChange={setKind}
          blank={t('filter.allKinds')}
          choices={STOCK_DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          testId="documents-kind"
        />
        <ChoiceSelect
          label={t('col.status')}
          value={status}
          onChange={setStatus}
          blank={t('filter.draftsAndPosted')}
          choices={DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
        />
        <TextField label={t('filter.from')} type="date" value={from} onChange={setFrom} />
        <TextField label={t('filter.to')} type="date" value={to} onChange={setTo} />
        <SearchField
          label={t('filter.search')}
          value={searchText}
          onChange={setSearchText}
          placeholder={t('doc.searchPlaceholder')}
          ariaLabel={t('doc.searchLabel')}
        />
        <label className="check" title={siteId ? '' : t('filter.chooseSiteFirst')}>
          <input type="checkbox" checked={awaiting} disabled={!siteId} onChange={(e) => setAwaiting(e.target.checked)} />{' '}
          {t('doc.awaitingHere')}
        </label>
        <span className="count">{total == null ? t('common.loading') : t('doc.count', { count: total })}</span>
        <ExportButton source="documents" label={t('export.documentRegister')} parts={exportParts} />
      </div>
      <RegisterGrid
        columns={columns}
        datasource={datasource}
        apiRef={apiRef}
        onOpen={p.onOpen}
        loadError={loadError}
        loadErrorTitle={t('doc.couldNotLoad')}
        empty={
          total === 0 &&
          (filtered ? (
            <p>{t('doc.noneMatch')}</p>
          ) : (
            <p>
              <strong>{site ? t('doc.noneYetAt', { site: site.code }) : t('doc.noneYet')}</strong> {t('doc.noneYetHint')}
            </p>
          ))
        }
      />
    </div>
  );
}
