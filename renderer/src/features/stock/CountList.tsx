import type { ColDef } from 'ag-grid-community';
import { gridRtl } from '../../locale/current';
import { AgGridReact } from 'ag-grid-react';
import { useState } from 'react';
import { CATEGORY_LABELS, COUNT_REASON_CODES, ITEM_CATEGORIES, type CountReasonCode } from '../../../../electron/api/vocabularies';
import { useT } from '../../i18n';
import { countReasonText } from './countColumns';
import type { StockDocumentView } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { gridTheme } from '../../grid/theme';
import { invoke } from '../../lib/api';
import { ChoiceSelect, SiteSelect } from './controls';
import { qty, shownDay } from './labels';
import { useSites, useWorkingSite } from './lookups';
import { DEFAULT_COL } from './gridProps';

const columns: ColDef<StockDocumentView>[] = [
  { colId: 'occurredAt', headerName: 'Date', width: 110, field: 'occurredAt', valueFormatter: (p) => shownDay(p.value as string) },
  { colId: 'siteCode', headerName: 'Site', width: 100, field: 'siteCode' },
  { colId: 'number', headerName: 'Number', width: 210, valueGetter: (p) => p.data?.number ?? '(counting — numbered when approved)' },
  { colId: 'status', headerName: 'Status', width: 160, valueGetter: (p) => p.data?.workflow.stateLabel ?? '' },
  {
    colId: 'category',
    headerName: 'Items counted',
    width: 150,
    valueGetter: (p) => (p.data?.countCategory ? CATEGORY_LABELS[p.data.countCategory] : 'Everything'),
  },
  { colId: 'lineCount', headerName: 'Lines', width: 90, type: 'rightAligned', valueGetter: (p) => qty(p.data?.lineCount) },
  {
    colId: 'adjustment',
    headerName: 'Adjustment',
    width: 210,
    valueGetter: (p) => (p.data?.status === 'posted' ? (p.data.relatedDocumentNumber ?? 'none needed') : ''),
  },
  { colId: 'notes', headerName: 'Notes', flex: 1, field: 'notes' },
];

/** Count sheets per site, and starting a new one. */
export default function CountList({ onOpen }: { onOpen: (id: string) => void }) {
  const sites = useSites();
  const [siteId, chooseSite] = useWorkingSite();
  const [category, setCategory] = useState('');
  const [blind, setBlind] = useState(false);
  const [reason, setReason] = useState<string>('count_difference');
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useCoreQuery('stock.documents.list', {
    kind: 'count',
    siteId: siteId || undefined,
    sort: [{ colId: 'occurredAt', sort: 'desc' }],
    limit: 500,
  });

  async function create() {
    if (!siteId) {
      setError({ code: 'invalid_input', message: 'Choose the site to count first.' });
      return;
    }
    setCreating(true);
    setError(null);
    const r = await invoke('stock.count.create', {
      siteId,
      category: (category || undefined) as (typeof ITEM_CATEGORIES)[number] | undefined,
      blind,
      reasonCode: reason as CountReasonCode,
    });
    setCreating(false);
    if (r.ok) onOpen(r.value.document.id);
    else setError(r.error);
  }

  const rows = list.data?.rows ?? [];
  const site = sites.byId.get(siteId);
  return (
    <div className="stock-page" data-testid="count-list">
      <div className="stock-bar">
        <SiteSelect label="Site" value={siteId} onChange={chooseSite} blank="All sites" testId="count-site" />
        <ChoiceSelect
          label="Count"
          value={category}
          onChange={setCategory}
          blank="Every item at the site"
          choices={ITEM_CATEGORIES.map((c) => ({ value: c, label: `${CATEGORY_LABELS[c]} only` }))}
        />
        <ChoiceSelect
          label={t('count.defaultReason')}
          value={reason}
          onChange={setReason}
          choices={COUNT_REASON_CODES.map((c) => ({ value: c, label: countReasonText(c) }))}
          testId="count-reason"
        />
        <label className="check" title={t('count.blindHint')}>
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} data-testid="count-blind" />{' '}
          {t('count.blind')}
        </label>
        <button
          type="button"
          onClick={() => void create()}
          disabled={creating || !siteId}
          data-testid="new-count"
          title={siteId ? '' : 'Choose a site first'}
        >
          {creating ? 'Preparing the sheet…' : `+ New count sheet${site ? ` for ${site.code}` : ''}`}
        </button>
        <span className="count">{list.isPending ? 'Loading…' : `${(list.data?.total ?? 0).toLocaleString()} count sheet(s)`}</span>
      </div>
      <p className="hint" style={{ margin: 0 }}>
        A new sheet lists every lot the site should hold, as recorded now. Count the shelves, type or paste the counted quantities, then
        approve: the differences are posted as one adjustment.
      </p>
      {error != null && <ErrorPanel error={error} title="The count sheet was not created" />}
      {list.isError ? (
        <ErrorPanel error={list.error} title="The count sheets could not be loaded" onRetry={() => void list.refetch()} />
      ) : (
        <div className="stock-grid">
          <AgGridReact<StockDocumentView>
            enableRtl={gridRtl()}
            theme={gridTheme}
            enableBrowserTooltips
            rowData={rows}
            columnDefs={columns}
            defaultColDef={DEFAULT_COL}
            getRowId={(r) => r.data.id}
            loading={list.isPending}
            onRowClicked={(e) => e.data && onOpen(e.data.id)}
            onCellKeyDown={(e) => {
              if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) onOpen(e.data.id);
            }}
            suppressNoRowsOverlay
          />
          {!list.isPending && rows.length === 0 && (
            <div className="stock-empty">
              <p>
                <strong>No counts {site ? `at ${site.code}` : ''} yet.</strong> Choose the site and press <strong>+ New count sheet</strong>{' '}
                to start one.
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
