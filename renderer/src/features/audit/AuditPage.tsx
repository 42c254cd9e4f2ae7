import type { ColDef, GridApi } from 'ag-grid-community';
import { gridLocaleText } from '../../grid/locale-text';
import { dateTime, gridRtl } from '../../locale/current';
import { DateField, isIsoDate } from '../../locale/DateField';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useState } from 'react';
import type { AuditEntry } from '../../../../electron/api/record-types';
import { ExportButton } from '../../grid/ExportButton';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { gridTheme } from '../../grid/theme';
import { fieldChanges, humanEntity, humanField, recordName, summarise, type Names } from './diff';
import { t, useLanguage, useT } from '../../i18n';
import { operationLabel } from './words';

const KNOWN_ENTITIES = ['organisation', 'contact', 'agreement', 'site', 'item'];

/** Who made a change, with the approver who checked it (four-eyes) when there was one. */
const operatorText = (e: { operator: string; secondOperator?: string | null } | undefined): string =>
  !e ? '' : e.secondOperator ? t('fourEyes.operatorChecked', { who: e.operator, second: e.secondOperator }) : e.operator;

/** A local calendar day as the ISO instant of its start (or end), matching the stored UTC times. */
const dayBound = (day: string, end: boolean) =>
  isIsoDate(day) ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : undefined;

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime(iso, true);
};

type Row = AuditEntry & { summary: string; record: string };

/** The trail's columns, in the reader's language (built while rendering). */
const auditColumns = (): ColDef<Row>[] => [
  {
    field: 'at',
    headerName: t('audit.when'),
    width: 180,
    valueFormatter: (p) => when(p.value as string),
    sort: 'desc',
    // Filtered as written (30/11/2026 15:03): AG Grid's date filter would bring the browser's own date format.
    cellDataType: false,
    filter: 'agTextColumnFilter',
    filterValueGetter: (p) => when(String(p.data?.at ?? '')),
  },
  {
    field: 'operator',
    headerName: t('audit.operator'),
    width: 200,
    // Four-eyes: "Sgt. Store, checked by Maj. Approver B" when an approver checked the change with their PIN.
    valueGetter: (p) => operatorText(p.data),
    tooltipValueGetter: (p) => operatorText(p.data),
  },
  { field: 'entity', headerName: t('audit.recordType'), width: 140, valueFormatter: (p) => humanEntity(String(p.value ?? '')) },
  { field: 'record', headerName: t('audit.record'), width: 150 },
  {
    field: 'operation',
    headerName: t('audit.operation'),
    width: 170,
    valueFormatter: (p) => operationLabel(String(p.value ?? '')),
    filterValueGetter: (p) => operationLabel(String(p.data?.operation ?? '')),
    tooltipField: 'operation',
  },
  { field: 'summary', headerName: t('audit.change'), flex: 1, minWidth: 300, tooltipField: 'summary' },
  { field: 'entityId', headerName: t('audit.recordId'), width: 130, hide: true },
  { field: 'installationId', headerName: t('audit.installation'), width: 130, hide: true },
];

/** The audit trail: who changed what and when, filterable, with each change shown field by field. */
export default function AuditPage() {
  const t = useT();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const columns = useMemo(() => auditColumns(), [language]);
  const [entity, setEntity] = useState('');
  const [operator, setOperator] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [limit, setLimit] = useState(500);
  const [, setApi] = useState<GridApi<Row> | null>(null);
  const [selected, setSelected] = useState<Row | null>(null);
  const input = {
    ...(entity ? { entity } : {}),
    ...(operator.trim() ? { operator: operator.trim() } : {}),
    ...(from ? { from: dayBound(from, false) } : {}),
    ...(to ? { to: dayBound(to, true) } : {}),
    limit,
  };
  const audit = useCoreQuery('audit.list', input);
  // Ids in before/after are shown as the names people know: short names and codes.
  const orgs = useCoreQuery('organisations.list', { includeArchived: true });
  const sites = useCoreQuery('sites.list', { includeArchived: true });
  const items = useCoreQuery('items.list', { includeArchived: true });
  const names = useMemo<Names>(
    () =>
      new Map([
        ...(orgs.data ?? []).map((o) => [o.id, o.shortName] as const),
        ...(sites.data ?? []).map((s) => [s.id, s.code] as const),
        ...(items.data ?? []).map((i) => [i.id, i.code] as const),
      ]),
    [orgs.data, sites.data, items.data],
  );
  const rows = useMemo<Row[]>(
    () =>
      (audit.data ?? []).map((e) => ({
        ...e,
        summary: summarise(e.before, e.after, names, e.entity),
        record: recordName(e.before, e.after, names),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- summaries are worded again when the language changes
    [audit.data, names, language],
  );
  const [seenEntities, setSeenEntities] = useState<string[]>(KNOWN_ENTITIES);
  useEffect(() => {
    const fresh = (audit.data ?? []).map((e) => e.entity).filter((e) => !seenEntities.includes(e));
    if (fresh.length) setSeenEntities([...seenEntities, ...new Set(fresh)]);
  }, [audit.data, seenEntities]);
  const operators = useMemo(() => [...new Set(rows.map((r) => r.operator))].sort(), [rows]);
  const changes = selected ? fieldChanges(selected.before, selected.after, names, selected.entity) : [];

  return (
    <div className="page-body audit">
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('audit.recordType')}
          <select value={entity} onChange={(e) => setEntity(e.target.value)} name="entity">
            <option value="">{t('audit.all')}</option>
            {seenEntities.map((e) => (
              <option key={e} value={e}>
                {humanEntity(e)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.operator')}
          <input
            list="audit-operators"
            value={operator}
            onChange={(e) => setOperator(e.target.value)}
            placeholder={t('audit.exactName')}
            name="operator"
          />
          <datalist id="audit-operators">
            {operators.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
        <label>
          {t('filter.from')}
          <DateField value={from} onChange={setFrom} name="from" />
        </label>
        <label>
          {t('filter.to')}
          <DateField value={to} onChange={setTo} name="to" />
        </label>
        <label>
          {t('count.show')}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))} name="limit">
            <option value={500}>{t('audit.latest', { count: 500 })}</option>
            <option value={5000}>{t('audit.latest', { count: 5000 })}</option>
          </select>
        </label>
        <button type="button" className="secondary" onClick={() => [setEntity(''), setOperator(''), setFrom(''), setTo('')]}>
          {t('audit.clearFilters')}
        </button>
        <span className="grid-count">
          {audit.isPending
            ? t('common.loading')
            : `${t('audit.changes', { count: rows.length })}${rows.length === limit ? ` ${t('audit.limitReached')}` : ''}`}
        </span>
        {/* Every matching entry, not just the first page shown: the core reads them again. */}
        <ExportButton source="audit" parts={() => ({ params: { ...input, limit: undefined } })} />
      </form>
      <div className="grid-body audit-grid">
        {audit.isError ? (
          <ErrorPanel error={audit.error} title={t('audit.couldNotLoad')} onRetry={() => void audit.refetch()} />
        ) : (
          <AgGridReact<Row>
            enableRtl={gridRtl()}
            theme={gridTheme}
            getLocaleText={gridLocaleText}
            rowData={rows}
            columnDefs={columns}
            defaultColDef={{ sortable: true, resizable: true, filter: true, floatingFilter: true }}
            getRowId={(p) => p.data.id}
            rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
            loading={audit.isPending}
            overlayNoRowsTemplate={t('audit.noneMatch')}
            onGridReady={(e) => setApi(e.api)}
            onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
            onCellFocused={(e) => {
              if (e.rowIndex != null) e.api.getDisplayedRowAtIndex(e.rowIndex)?.setSelected(true, true);
            }}
          />
        )}
      </div>
      <section className="audit-detail" aria-label={t('audit.selectedChange')}>
        {selected ? (
          <>
            <h2>
              {t('audit.detailTitle', {
                entity: humanEntity(selected.entity),
                record: selected.record,
                operation: operationLabel(selected.operation),
                operator: operatorText(selected),
                when: when(selected.at),
              })}
            </h2>
            <table className="diff">
              <thead>
                <tr>
                  <th>{t('audit.field')}</th>
                  <th>{t('audit.before')}</th>
                  <th>{t('audit.after')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field} className={c.changed ? 'changed' : ''}>
                    <td>{humanField(c.field)}</td>
                    <td>{c.before}</td>
                    <td>{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="detail-placeholder">{t('audit.selectHint')}</p>
        )}
      </section>
    </div>
  );
}
