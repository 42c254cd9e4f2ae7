import type { ColDef, GridApi } from 'ag-grid-community';
import { gridLocaleText } from '../../grid/locale-text';
import { gridRtl } from '../../locale/current';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState } from 'react';
import { CATEGORY_LABELS, COUNT_REASON_CODES, ITEM_CATEGORIES, type CountReasonCode } from '../../../../electron/api/vocabularies';
import { countReasonText } from './countColumns';
import type { StockDocumentView } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { gridTheme } from '../../grid/theme';
import { invoke } from '../../lib/api';
import { ChoiceSelect, SiteSelect } from './controls';
import { qty, shownDay } from './labels';
import { useSites, useWorkingSite } from './lookups';
import { DEFAULT_COL } from '../../grid/defaults';
import { t, useLanguage, useT } from '../../i18n';

/** The count register's columns, in the reader's language (built while rendering). */
const countListColumns = (): ColDef<StockDocumentView>[] => [
  { colId: 'occurredAt', headerName: t('col.date'), width: 110, field: 'occurredAt', valueFormatter: (p) => shownDay(p.value as string) },
  { colId: 'siteCode', headerName: t('col.site'), width: 100, field: 'siteCode' },
  { colId: 'number', headerName: t('col.number'), width: 210, valueGetter: (p) => p.data?.number ?? t('count.numberedWhenApproved') },
  { colId: 'status', headerName: t('col.status'), width: 160, valueGetter: (p) => p.data?.workflow.stateLabel ?? '' },
  {
    colId: 'category',
    headerName: t('count.itemsCounted'),
    width: 150,
    valueGetter: (p) => (p.data?.countCategory ? CATEGORY_LABELS[p.data.countCategory] : t('count.everything')),
  },
  { colId: 'lineCount', headerName: t('col.lines'), width: 90, type: 'rightAligned', valueGetter: (p) => qty(p.data?.lineCount) },
  {
    colId: 'adjustment',
    headerName: t('vocab.docKind.adjustment'),
    width: 210,
    valueGetter: (p) => (p.data?.status === 'posted' ? (p.data.relatedDocumentNumber ?? t('count.noneNeeded')) : ''),
  },
  { colId: 'notes', headerName: t('doc.notes'), flex: 1, field: 'notes' },
];

/** Count sheets per site, and starting a new one. */
export default function CountList({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const columns = useMemo(() => countListColumns(), [language]);
  const sites = useSites();
  const [siteId, chooseSite] = useWorkingSite();
  const [category, setCategory] = useState('');
  const [blind, setBlind] = useState(false);
  const [reason, setReason] = useState<string>('count_difference');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const apiRef = useRef<GridApi | null>(null);
  const list = useCoreQuery('stock.documents.list', {
    kind: 'count',
    siteId: siteId || undefined,
    sort: [{ colId: 'occurredAt', sort: 'desc' }],
    limit: 500,
  });

  async function create() {
    if (!siteId) {
      setError({ code: 'invalid_input', message: t('count.chooseSiteFirst') });
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
        <SiteSelect label={t('col.site')} value={siteId} onChange={chooseSite} blank={t('filter.allSites')} testId="count-site" />
        <ChoiceSelect
          label={t('count.countWhat')}
          value={category}
          onChange={setCategory}
          blank={t('count.everyItem')}
          choices={ITEM_CATEGORIES.map((c) => ({ value: c, label: t('count.categoryOnly', { category: CATEGORY_LABELS[c] }) }))}
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
          title={siteId ? '' : t('filter.chooseSiteFirst')}
        >
          {creating ? t('count.preparing') : site ? t('count.newSheetFor', { site: site.code }) : t('count.newSheet')}
        </button>
        <span className="count">{list.isPending ? t('common.loading') : t('count.sheets', { count: list.data?.total ?? 0 })}</span>
        <ExportButton source="counts" parts={() => ({ params: { siteId: siteId || undefined }, ...gridViewOf(apiRef.current) })} />
      </div>
      <p className="hint" style={{ margin: 0 }}>
        {t('count.listHint')}
      </p>
      {error != null && <ErrorPanel error={error} title={t('count.notCreated')} />}
      {list.isError ? (
        <ErrorPanel error={list.error} title={t('count.couldNotLoad')} onRetry={() => void list.refetch()} />
      ) : (
        <div className="stock-grid">
          <AgGridReact<StockDocumentView>
            enableRtl={gridRtl()}
            theme={gridTheme}
            getLocaleText={gridLocaleText}
            enableBrowserTooltips
            rowData={rows}
            columnDefs={columns}
            defaultColDef={DEFAULT_COL}
            getRowId={(r) => r.data.id}
            onGridReady={(e) => (apiRef.current = e.api as GridApi)}
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
                <strong>{site ? t('count.noneYetAt', { site: site.code }) : t('count.noneYet')}</strong> {t('count.noneYetHint')}
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
