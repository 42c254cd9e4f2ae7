import type { RequestListRow } from '../../../../electron/api/requests';
import { REQUEST_PRIORITY_LABELS, REQUEST_STATUS_LABELS, type RequestStatus } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';

/** The columns of the board: the workflow from submission to fulfilment (drafts, closed and cancelled stay in the register). */
const COLUMNS: RequestStatus[] = ['submitted', 'under_review', 'approved', 'partially_approved', 'in_progress', 'fulfilled', 'declined'];
const PER_COLUMN = 100;

/** A board by status: one column per state, most urgent first, overdue needed-by dates in red. */
export function RequestBoard(p: { onOpen: (id: string) => void }) {
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
  if (q.isError) return <ErrorPanel error={q.error} title="The board could not be loaded" onRetry={() => void q.refetch()} />;
  if (q.isPending) return <div className="pending">Loading the board…</div>;
  const by = new Map<RequestStatus, RequestListRow[]>(COLUMNS.map((s) => [s, []]));
  for (const r of q.data.rows) by.get(r.status)?.push(r);
  return (
    <div className="req-board" data-testid="request-board">
      {COLUMNS.map((s) => {
        const rows = by.get(s)!;
        return (
          <section key={s} className="req-column" data-testid={`board-${s}`}>
            <h3>
              {REQUEST_STATUS_LABELS[s]} <span className="count">{rows.length}</span>
            </h3>
            {rows.length === 0 && <p className="hint">None</p>}
            {rows.slice(0, PER_COLUMN).map((r) => (
              <button
                key={r.id}
                type="button"
                className={`req-card p${r.priority}${r.overdue ? ' overdue' : ''}`}
                onClick={() => p.onOpen(r.id)}
              >
                <strong>{r.number}</strong> <span>{REQUEST_PRIORITY_LABELS[r.priority]}</span>
                <span className="title">{r.title}</span>
                <span className="who">
                  {r.requester} → {r.provider}
                </span>
                {r.neededBy && (
                  <span className="due">
                    Needed by {r.neededBy}
                    {r.overdue ? ' · overdue' : ''}
                  </span>
                )}
              </button>
            ))}
            {rows.length > PER_COLUMN && <p className="hint">…and {rows.length - PER_COLUMN} more: filter the register.</p>}
          </section>
        );
      })}
    </div>
  );
}
