import type { ColDef, GridApi } from 'ag-grid-community';
import { gridRtl } from '../../locale/current';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES, STOCK_DOCUMENT_KINDS, type StockDocumentView } from '../../../../electron/api/stock';
import type { OpInput } from '../../../../electron/api/contract';
import { gridTheme } from '../../grid/theme';
import { usePagedRows, useSettledText } from '../../grid/usePagedRows';
import { invoke } from '../../lib/api';
import { ChoiceSelect, SiteSelect, TextField } from './controls';
import { KIND_LABELS, qty, shownDay, unitTotalsText } from './labels';
import { ExportButton } from '../../grid/ExportButton';
import { useSites, useWorkingSite } from './lookups';
import { useStockChanged } from './useStockChanged';
import { DEFAULT_COL, SINGLE_ROW } from './gridProps';

const SORTABLE = new Set(['occurredAt', 'number', 'kind', 'status', 'siteCode', 'postedAt', 'updatedAt']);
const fetchDocuments = (input: OpInput<'stock.documents.list'>) => invoke('stock.documents.list', input);

/** A document's state in words, as its workflow definition in the core words it. */
export const statusText = (d: StockDocumentView): string => d.workflow.stateLabel;

const columns: ColDef<StockDocumentView>[] = [
  {
    colId: 'occurredAt',
    headerName: 'Date',
    width: 110,
    field: 'occurredAt',
    valueFormatter: (p) => shownDay(p.value as string),
    sort: 'desc',
  },
  {
    colId: 'number',
    headerName: 'Number',
    width: 210,
    valueGetter: (p) => p.data?.number ?? '(draft — no number yet)',
    cellStyle: { fontWeight: 600 },
  },
  { colId: 'kind', headerName: 'Kind', width: 170, valueGetter: (p) => (p.data ? KIND_LABELS[p.data.kind] : '') },
  { colId: 'status', headerName: 'Status', width: 210, valueGetter: (p) => (p.data ? statusText(p.data) : '') },
  { colId: 'siteCode', headerName: 'Site', width: 90, field: 'siteCode' },
  {
    colId: 'party',
    headerName: 'From / to',
    width: 140,
    sortable: false,
    valueGetter: (p) => {
      const d = p.data;
      if (!d) return '';
      const bits = [
        d.counterpartyShortName,
        d.otherSiteCode ? (d.kind === 'receipt' || d.kind === 'transfer_in' ? `from ${d.otherSiteCode}` : `to ${d.otherSiteCode}`) : null,
      ];
      return bits.filter(Boolean).join(' · ');
    },
  },
  {
    colId: 'owner',
    headerName: 'Owner',
    width: 100,
    sortable: false,
    valueGetter: (p) => [p.data?.ownerShortName, p.data?.toOwnerShortName].filter(Boolean).join(' → '),
  },
  { colId: 'reference', headerName: 'Reference', width: 150, field: 'reference', sortable: false },
  { colId: 'lineCount', headerName: 'Lines', width: 80, type: 'rightAligned', sortable: false, valueGetter: (p) => qty(p.data?.lineCount) },
  {
    colId: 'totals',
    headerName: 'Quantity',
    width: 170,
    sortable: false,
    valueGetter: (p) => (p.data ? unitTotalsText(p.data) : ''),
    tooltipValueGetter: (p) => (p.data ? unitTotalsText(p.data) : ''),
  },
  { colId: 'postedBy', headerName: 'Posted by', width: 150, field: 'postedBy', sortable: false },
];

/** Every stock document, newest first; filters are applied by the core. */
export function DocumentList(p: { onOpen: (id: string) => void; onNew: () => void }) {
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

  const site = sites.byId.get(siteId);
  const filtered = Boolean(filters.kind || filters.status || filters.from || filters.to || filters.search || awaiting);
  return (
    <div className="stock-page" data-testid="document-list">
      <div className="stock-bar">
        <button type="button" onClick={p.onNew} data-testid="new-document">
          + New document
        </button>
        <SiteSelect label="Site" value={siteId} onChange={chooseSite} blank="All sites" />
        <ChoiceSelect
          label="Kind"
          value={kind}
          onChange={setKind}
          blank="All kinds"
          choices={STOCK_DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          testId="documents-kind"
        />
        <ChoiceSelect
          label="Status"
          value={status}
          onChange={setStatus}
          blank="Drafts and posted"
          choices={DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
        />
        <TextField label="From" type="date" value={from} onChange={setFrom} />
        <TextField label="To" type="date" value={to} onChange={setTo} />
        <label className="stock-field">
          <span>Search</span>
          <input
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder="Number, reference, partner…"
            aria-label="Search documents"
          />
        </label>
        <label className="check" title={siteId ? '' : 'Choose a site first'}>
          <input type="checkbox" checked={awaiting} disabled={!siteId} onChange={(e) => setAwaiting(e.target.checked)} /> Transfers awaiting
          receipt here
        </label>
        <span className="count">{total == null ? 'Loading…' : `${total.toLocaleString()} document${total === 1 ? '' : 's'}`}</span>
        <ExportButton source="documents" label="Document register…" parts={() => ({ params: filters })} />
      </div>
      <div className="stock-grid">
        <AgGridReact<StockDocumentView>
          enableRtl={gridRtl()}
          theme={gridTheme}
          enableBrowserTooltips
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={100}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          getRowId={(r) => r.data.id}
          rowSelection={SINGLE_ROW}
          onRowClicked={(e) => e.data && p.onOpen(e.data.id)}
          onCellKeyDown={(e) => {
            if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) p.onOpen(e.data.id);
          }}
          onGridReady={(e) => (apiRef.current = e.api)}
          suppressNoRowsOverlay
        />
        {loadError && (
          <div className="stock-empty" role="alert">
            <strong>The documents could not be loaded.</strong> {loadError}
          </div>
        )}
        {total === 0 && !loadError && (
          <div className="stock-empty">
            {filtered ? (
              <p>No documents match these filters. Clear the kind, status, dates or search above.</p>
            ) : (
              <p>
                <strong>No stock documents {site ? `at ${site.code}` : ''} yet.</strong> Start with <strong>+ New document</strong>: a goods
                received note brings stock in.
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
