import type { ColDef, GridApi, RowClassParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OpInput } from '../../../../electron/api/contract';
import type { RequestListRow } from '../../../../electron/api/requests';
import {
  REQUEST_DIRECTION_LABELS,
  REQUEST_DIRECTIONS,
  REQUEST_PRIORITY_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  REQUEST_TYPE_LABELS,
  type RequestDirection,
  type RequestStatus,
} from '../../../../electron/api/vocabularies';
import { gridTheme } from '../../grid/theme';
import { usePagedRows, useSettledText } from '../../grid/usePagedRows';
import { invoke } from '../../lib/api';
import { ChoiceSelect, OrgSelect } from '../stock/controls';
import { DEFAULT_COL, SINGLE_ROW } from '../stock/gridProps';
import { day } from '../stock/labels';
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

const columns: ColDef<RequestListRow>[] = [
  { colId: 'number', headerName: 'Number', width: 140, field: 'number', cellStyle: { fontWeight: 600 }, sort: 'desc' },
  {
    colId: 'priority',
    headerName: 'Priority',
    width: 120,
    valueGetter: (p) => (p.data ? REQUEST_PRIORITY_LABELS[p.data.priority] : ''),
    cellClass: (p) => (p.data?.priority === 1 ? 'req-p1' : ''),
  },
  { colId: 'status', headerName: 'Status', width: 150, valueGetter: (p) => (p.data ? REQUEST_STATUS_LABELS[p.data.status] : '') },
  {
    colId: 'neededBy',
    headerName: 'Needed by',
    width: 130,
    valueGetter: (p) => (p.data ? `${p.data.neededBy ?? ''}${p.data.overdue ? ' · overdue' : ''}` : ''),
    cellClass: (p) => (p.data?.overdue ? 'req-overdue' : ''),
  },
  { colId: 'title', headerName: 'Title', width: 250, field: 'title' },
  { colId: 'type', headerName: 'Type', width: 110, sortable: false, valueGetter: (p) => (p.data ? REQUEST_TYPE_LABELS[p.data.type] : '') },
  { colId: 'requester', headerName: 'From (requesting)', width: 130, field: 'requester' },
  { colId: 'provider', headerName: 'To (providing)', width: 120, field: 'provider' },
  { colId: 'submittedAt', headerName: 'Submitted', width: 110, valueGetter: (p) => day(p.data?.submittedAt) },
  {
    colId: 'age',
    headerName: 'Age (days)',
    width: 100,
    type: 'rightAligned',
    sortable: false,
    valueGetter: (p) => (p.data?.ageDays == null ? '' : p.data.ageDays),
  },
  {
    colId: 'direction',
    headerName: 'Direction',
    width: 150,
    sortable: false,
    valueGetter: (p) => (p.data ? REQUEST_DIRECTION_LABELS[p.data.direction] : ''),
  },
];

const AGES = [
  { value: '7', label: 'Older than 7 days' },
  { value: '30', label: 'Older than 30 days' },
];
const OPEN: RequestStatus[] = ['submitted', 'under_review', 'approved', 'partially_approved', 'in_progress'];

/** The request register: every request, filtered and paged by the core; overdue needed-by dates in red. */
export function RequestRegister(p: { onOpen: (id: string) => void; onNew: () => void; initial?: URLSearchParams }) {
  // A link from the dashboard opens the register filtered (#/requests?status=open&priority=1&age=30).
  const [status, setStatus] = useState(p.initial?.get('status') ?? '');
  const [priority, setPriority] = useState(p.initial?.get('priority') ?? '');
  const [orgId, setOrgId] = useState('');
  const [direction, setDirection] = useState('');
  const [age, setAge] = useState(p.initial?.get('age') ?? '');
  const [overdue, setOverdue] = useState(false);
  const [searchText, setSearchText] = useState('');
  const search = useSettledText(searchText);
  const apiRef = useRef<GridApi<RequestListRow> | null>(null);

  const filters = useMemo(
    () => ({
      status: status === 'open' ? OPEN : status ? [status as RequestStatus] : undefined,
      priority: priority ? [Number(priority) as 1 | 2 | 3] : undefined,
      orgId: orgId || undefined,
      direction: (direction || undefined) as RequestDirection | undefined,
      olderThanDays: age ? Number(age) : undefined,
      overdue: overdue || undefined,
      search: search || undefined,
    }),
    [status, priority, orgId, direction, age, overdue, search],
  );

  const { datasource, total, loadError } = usePagedRows(fetchRequests, filters, SORTABLE);
  useRequestsChanged(useCallback(() => apiRef.current?.refreshInfiniteCache(), []));

  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className="stock-page" data-testid="request-register">
      <div className="stock-bar">
        <button type="button" onClick={p.onNew} data-testid="new-request">
          + New request
        </button>
        <ChoiceSelect
          label="Status"
          value={status}
          onChange={setStatus}
          blank="Every status"
          choices={[
            { value: 'open', label: 'Open (submitted to in progress)' },
            ...REQUEST_STATUSES.map((s) => ({ value: s, label: REQUEST_STATUS_LABELS[s] })),
          ]}
          testId="requests-status"
        />
        <ChoiceSelect
          label="Priority"
          value={priority}
          onChange={setPriority}
          blank="Every priority"
          choices={([1, 2, 3] as const).map((n) => ({ value: String(n), label: REQUEST_PRIORITY_LABELS[n] }))}
        />
        <OrgSelect label="Organisation (either side)" value={orgId} onChange={setOrgId} blank="Every organisation" />
        <ChoiceSelect
          label="Direction"
          value={direction}
          onChange={setDirection}
          blank="Both directions"
          choices={REQUEST_DIRECTIONS.map((d) => ({ value: d, label: REQUEST_DIRECTION_LABELS[d] }))}
        />
        <ChoiceSelect label="Age" value={age} onChange={setAge} blank="Any age" choices={AGES} />
        <label className="stock-field">
          <span>Search</span>
          <input
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder="Number, title, organisation…"
            aria-label="Search requests"
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="requests-overdue" /> Overdue
          only
        </label>
        <span className="count">{total == null ? 'Loading…' : `${total.toLocaleString()} request${total === 1 ? '' : 's'}`}</span>
      </div>
      <div className="stock-grid">
        <AgGridReact<RequestListRow>
          theme={gridTheme}
          enableBrowserTooltips
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={100}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          getRowId={(r) => r.data.id}
          getRowClass={(r: RowClassParams<RequestListRow>) => (r.data?.overdue ? 'req-row-overdue' : undefined)}
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
            <strong>The requests could not be loaded.</strong> {loadError}
          </div>
        )}
        {total === 0 && !loadError && (
          <div className="stock-empty">
            {filtered ? (
              <p>No requests match these filters. Clear the status, priority, organisation, direction, age or search above.</p>
            ) : (
              <p>
                <strong>No requests yet.</strong> Use <strong>+ New request</strong> to ask a partner for transport, storage, fuel, items or
                an escort, or to record a request a partner sent you.
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
