import type { RequestListRow } from '../../../../electron/api/requests';
import { REQUEST_PRIORITY_KEYS, REQUEST_STATUS_KEYS } from '../../../../electron/api/i18n';
import type { RequestStatus } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { date, num } from '../../locale/current';

/** The columns of the board: the workflow from submission to fulfilment (drafts, closed and cancelled stay in the register). */
const COLUMNS: RequestStatus[] = ['submitted', 'under_review', 'approved', 'partially_approved', 'in_progress', 'fulfilled', 'declined'];
const PER_COLUMN = 100;

/** A board by status: one column per state, most urgent first, overdue needed-by dates in red. */
export function RequestBoard(p: { onOpen: (id: string) => void }) {
  const t = useT();
  const q = useCoreQuery(
    'requests.list',
    {
      status: COLUMNS,
      sort: [
        { colId: 'priority', sort: 'asc' },
        { colId: 'neededBy', sort: 'asc' },
      ],
      limit: 2000,
    },
    { keepPrevious: true },
  );
  if (q.isError) return <ErrorPanel error={q.error} title={t('requests.boardError')} onRetry={() => void q.refetch()} />;
  if (q.isPending) return <div className="pending">{t('requests.boardLoading')}</div>;
  const by = new Map<RequestStatus, RequestListRow[]>(COLUMNS.map((s) => [s, []]));
  for (const r of q.data.rows) by.get(r.status)?.push(r);
  return (
    <div className="req-board" data-testid="request-board">
      {COLUMNS.map((s) => {
        const rows = by.get(s)!;
        return (
          <section key={s} className="req-column" data-testid={`board-${s}`}>
            <h3>
              {t(REQUEST_STATUS_KEYS[s])} <span className="count">{num(rows.length)}</span>
            </h3>
            {rows.length === 0 && <p className="hint">{t('requests.none')}</p>}
            {rows.slice(0, PER_COLUMN).map((r) => (
              <button
                key={r.id}
                type="button"
                className={`req-card p${r.priority}${r.overdue ? ' overdue' : ''}`}
                onClick={() => p.onOpen(r.id)}
              >
                <strong className="ltr">{r.number}</strong> <span>{t(REQUEST_PRIORITY_KEYS[r.priority])}</span>
                <span className="title">{r.title}</span>
                <span className="who">
                  <bdi>{`${r.requester} → ${r.provider}`}</bdi>
                </span>
                {r.neededBy && (
                  <span className="due">
                    {t('requests.neededBy', { date: date(r.neededBy) })}
                    {r.overdue ? ` · ${t('requests.overdue')}` : ''}
                  </span>
                )}
              </button>
            ))}
            {rows.length > PER_COLUMN && <p className="hint">{t('requests.andMore', { count: rows.length - PER_COLUMN })}</p>}
          </section>
        );
      })}
    </div>
  );
}
