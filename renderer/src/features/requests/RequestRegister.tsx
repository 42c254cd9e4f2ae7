import type { ColDef, GridApi, RowClassParams } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OpInput } from '../../../../electron/api/contract';
import type { RequestListRow } from '../../../../electron/api/requests';
import { REQUEST_DIRECTION_KEYS, REQUEST_PRIORITY_KEYS, REQUEST_STATUS_KEYS, REQUEST_TYPE_KEYS } from '../../../../electron/api/i18n';
import {
  OPEN_REQUEST_STATUSES,
  OPEN_SUBMITTED_REQUEST_STATUSES,
  REQUEST_DIRECTIONS,
  REQUEST_STATUSES,
  type RequestDirection,
  type RequestStatus,
} from '../../../../electron/api/vocabularies';
import { ExportButton, gridViewOf, type ExportParts } from '../../grid/ExportButton';
import { RegisterGrid } from '../../grid/RegisterGrid';
import { usePagedRows, useSettledText } from '../../grid/usePagedRows';
import { t, useLanguage } from '../../i18n';
import { invoke } from '../../lib/api';
import { date, num } from '../../locale/current';
import { ChoiceSelect, OrgSelect, SearchField } from '../stock/controls';
import { AGE_BAND_FILTERS, AGE_BAND_KEYS, AGE_BANDS, isAgeBand, measuredFrom, measuredText } from './measureLinks';
import { useRequestsChanged } from './useRequestsChanged';

const fetchRequests = (input: NonNullable<OpInput<'requests.list'>>) => invoke('requests.list', input);
const SORTABLE = new Set<string>([
  'number',
  'title',
  'priority',
  'status',
  'neededBy',
  'submittedAt',
  'updatedAt',
  'requester',
  'provider',
]);

/* Built while rendering, in the current language (the register memoises them per language). */
const columnsNow = (): ColDef<RequestListRow>[] => [
  { colId: 'number', headerName: t('requests.col.number'), width: 135, field: 'number', cellStyle: { fontWeight: 600 }, sort: 'desc' },
  {
    colId: 'priority',
    headerName: t('requests.col.priority'),
    width: 110,
    valueGetter: (p) => (p.data ? t(REQUEST_PRIORITY_KEYS[p.data.priority]) : ''),
    cellClass: (p) => (p.data?.priority === 1 ? 'req-p1' : ''),
  },
  {
    colId: 'status',
    headerName: t('requests.col.status'),
    width: 125,
    valueGetter: (p) => (p.data ? t(REQUEST_STATUS_KEYS[p.data.status]) : ''),
  },
  {
    colId: 'neededBy',
    headerName: t('requests.col.neededBy'),
    width: 165,
    valueGetter: (p) => (p.data ? `${date(p.data.neededBy)}${p.data.overdue ? ` · ${t('requests.overdue')}` : ''}` : ''),
    cellClass: (p) => (p.data?.overdue ? 'req-overdue' : ''),
  },
  { colId: 'title', headerName: t('requests.col.title'), width: 300, field: 'title', tooltipField: 'title' },
  // Who asks and who provides come right after the title, headers on two lines: both in view at 1280 px.
  {
    colId: 'requester',
    headerName: t('requests.col.requester'),
    width: 105,
    field: 'requester',
    wrapHeaderText: true,
    autoHeaderHeight: true,
  },
  {
    colId: 'provider',
    headerName: t('requests.col.provider'),
    width: 105,
    field: 'provider',
    wrapHeaderText: true,
    autoHeaderHeight: true,
  },
  {
    colId: 'type',
    headerName: t('requests.col.type'),
    width: 110,
    sortable: false,
    valueGetter: (p) => (p.data ? t(REQUEST_TYPE_KEYS[p.data.type]) : ''),
  },
  { colId: 'submittedAt', headerName: t('requests.col.submitted'), width: 110, valueGetter: (p) => date(p.data?.submittedAt) },
  {
    colId: 'age',
    headerName: t('requests.col.age'),
    width: 100,
    type: 'rightAligned',
    sortable: false,
    valueGetter: (p) => (p.data?.ageDays == null ? '' : num(p.data.ageDays)),
  },
  {
    colId: 'direction',
    headerName: t('requests.col.direction'),
    width: 150,
    sortable: false,
    valueGetter: (p) => (p.data ? t(REQUEST_DIRECTION_KEYS[p.data.direction]) : ''),
  },
];

const overdueRow = (r: RowClassParams<RequestListRow>) => (r.data?.overdue ? 'req-row-overdue' : undefined);

const ages = () => [
  ...[7, 30].map((days) => ({ value: String(days), label: t('requests.olderThan', { days }) })),
  ...AGE_BANDS.map((band) => ({ value: band, label: t(AGE_BAND_KEYS[band]) })),
];
const OPEN = [...OPEN_SUBMITTED_REQUEST_STATUSES];
/** The age filter: "older than N days", or one of the measures' age bands. */
const ageFilter = (age: string): { olderThanDays?: number; youngerThanDays?: number } =>
  isAgeBand(age) ? AGE_BAND_FILTERS[age] : age ? { olderThanDays: Number(age) } : {};

/** The request register: every request, filtered and paged by the core; overdue needed-by dates in red. */
export function RequestRegister(p: { onOpen: (id: string) => void; onNew: () => void; initial?: URLSearchParams }) {
  const language = useLanguage();
  const columns = useMemo(columnsNow, [language]); // headers worded again when the language changes
  // A link from the dashboard opens the register filtered (#/requests?status=open&priority=1&age=30).
  const [status, setStatus] = useState(p.initial?.get('status') ?? '');
  const [priority, setPriority] = useState(p.initial?.get('priority') ?? '');
  const [orgId, setOrgId] = useState(p.initial?.get('org') ?? '');
  const [direction, setDirection] = useState('');
  const [age, setAge] = useState(p.initial?.get('age') ?? '');
  const [overdue, setOverdue] = useState(false);
  const [searchText, setSearchText] = useState('');
  // From the measures: the requests a figure counts (submitted in its period, and how far they got).
  const [measured, setMeasured] = useState(() => measuredFrom(p.initial));
  const search = useSettledText(searchText);
  const apiRef = useRef<GridApi<RequestListRow> | null>(null);

  const filters = useMemo(
    () => ({
      status:
        status === 'open' ? OPEN : status === 'unfinished' ? [...OPEN_REQUEST_STATUSES] : status ? [status as RequestStatus] : undefined,
      priority: priority ? [Number(priority) as 1 | 2 | 3] : undefined,
      orgId: orgId || undefined,
      direction: (direction || undefined) as RequestDirection | undefined,
      ...ageFilter(age),
      overdue: overdue || undefined,
      search: search || undefined,
      ...measured,
    }),
    [status, priority, orgId, direction, age, overdue, search, measured],
  );

  const { datasource, total, loadError } = usePagedRows(fetchRequests, filters, SORTABLE);
  useRequestsChanged(useCallback(() => apiRef.current?.refreshInfiniteCache(), []));

  const filtered = Object.values(filters).some((v) => v !== undefined);
  /** The register as shown (its columns, filters and sort), or every column of the register with the same filters. */
  const exportParts = (asShown: boolean): ExportParts => {
    const view = gridViewOf(apiRef.current);
    const sort = (view.sort ?? []).filter((x) => SORTABLE.has(x.colId));
    return { params: { ...filters, sort }, columns: asShown ? view.columns : undefined };
  };
  return (
    <div className="stock-page" data-testid="request-register">
      <div className="stock-bar">
        <button type="button" onClick={p.onNew} data-testid="new-request">
          {t('requests.new')}
        </button>
        <ChoiceSelect
          label={t('requests.status')}
          value={status}
          onChange={setStatus}
          blank={t('requests.everyStatus')}
          choices={[
            { value: 'open', label: t('requests.openStatuses') },
            { value: 'unfinished', label: t('requests.openWithDrafts') },
            ...REQUEST_STATUSES.map((s) => ({ value: s, label: t(REQUEST_STATUS_KEYS[s]) })),
          ]}
          testId="requests-status"
        />
        <ChoiceSelect
          label={t('requests.priority')}
          value={priority}
          onChange={setPriority}
          blank={t('requests.everyPriority')}
          choices={([1, 2, 3] as const).map((n) => ({ value: String(n), label: t(REQUEST_PRIORITY_KEYS[n]) }))}
        />
        <OrgSelect label={t('requests.organisation')} value={orgId} onChange={setOrgId} blank={t('requests.everyOrganisation')} />
        <ChoiceSelect
          label={t('requests.direction')}
          value={direction}
          onChange={setDirection}
          blank={t('requests.bothDirections')}
          choices={REQUEST_DIRECTIONS.map((d) => ({ value: d, label: t(REQUEST_DIRECTION_KEYS[d]) }))}
        />
        <ChoiceSelect label={t('requests.age')} value={age} onChange={setAge} blank={t('requests.anyAge')} choices={ages()} />
        <SearchField
          label={t('requests.search')}
          value={searchText}
          onChange={setSearchText}
          placeholder={t('requests.searchHint')}
          ariaLabel={t('requests.searchLabel')}
        />
        <label className="check">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="requests-overdue" />{' '}
          {t('requests.overdueOnly')}
        </label>
        {measured.reached && (
          <span className="req-measured" data-testid="requests-measured">
            {measuredText(measured)}
            <button
              type="button"
              onClick={() => setMeasured({})}
              aria-label={t('requests.measured.clear')}
              title={t('requests.measured.clear')}
            >
              ✕
            </button>
          </span>
        )}
        <span className="count">{total == null ? t('requests.loading') : t('requests.count', { count: total })}</span>
        <ExportButton source="requests" label={t('export.grid')} parts={() => exportParts(true)} />
        <ExportButton source="requests" label={t('reqx.exportRegister')} parts={() => exportParts(false)} />
        <a
          className="button secondary small"
          href="#/import?target=requests"
          data-testid="import-request-list"
          title={t('reqx.importHint')}
        >
          {t('reqx.importList')}
        </a>
      </div>
      <RegisterGrid
        columns={columns}
        datasource={datasource}
        apiRef={apiRef}
        onOpen={p.onOpen}
        loadError={loadError}
        loadErrorTitle={t('requests.loadError')}
        getRowClass={overdueRow}
        empty={
          total === 0 &&
          (filtered ? (
            <p>{t('requests.noMatch')}</p>
          ) : (
            <p>
              <strong>{t('requests.emptyTitle')}</strong> {t('requests.emptyBody')}
            </p>
          ))
        }
      />
    </div>
  );
}
