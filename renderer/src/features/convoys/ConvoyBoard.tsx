import type { ConvoySummary } from '../../../../electron/api/convoys';
import { CONVOY_STATUS_LABELS, CONVOY_STATUSES, NOTIFICATION_STATUS_LABELS } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { formatMoment, setImperial, useUnits } from './format';

/** Convoys by status, one column each: what is being planned, loaded, on the road, and done. */
export function ConvoyBoard({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const list = useCoreQuery('convoys.list', {});
  const units = useUnits();
  const convoys = list.data ?? [];
  return (
    <div className="page-body convoy-board" data-testid="convoy-board">
      <div className="toolbar">
        <button type="button" className="primary" onClick={onNew}>
          + New convoy
        </button>
        <label className="unit-toggle">
          <input type="checkbox" checked={units.imperial} onChange={(e) => setImperial(e.target.checked)} /> Show lb and ft³
        </label>
        <a href="#/vehicles">Vehicles registry</a>
      </div>
      {list.error && <ErrorPanel error={list.error} />}
      {!list.isPending && convoys.length === 0 && (
        <p className="empty-state">
          No convoys yet. Register your vehicles on the <a href="#/vehicles">Vehicles</a> page, then press <strong>+ New convoy</strong>.
        </p>
      )}
      <div className="board-columns">
        {CONVOY_STATUSES.map((status) => {
          const mine = convoys.filter((c) => c.status === status);
          return (
            <section key={status} className={`board-column status-${status}`} data-status={status}>
              <h3>
                {CONVOY_STATUS_LABELS[status]} <span className="count">{mine.length}</span>
              </h3>
              {mine.map((c) => (
                <ConvoyCard key={c.id} convoy={c} onOpen={onOpen} />
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}

function ConvoyCard({ convoy: c, onOpen }: { convoy: ConvoySummary; onOpen: (id: string) => void }) {
  return (
    <button type="button" className="convoy-card" data-testid={`convoy-${c.number}`} onClick={() => onOpen(c.id)}>
      <strong>{c.number}</strong>
      {c.emergency && <span className="badge danger">Emergency</span>}
      <span className="route">
        {c.originCode} → {c.stops || 'no stop yet'}
      </span>
      <span className="muted">
        {formatMoment(c.actualDeparture ?? c.plannedDeparture)} · {c.vehicles} vehicle{c.vehicles === 1 ? '' : 's'} · {c.lines} line
        {c.lines === 1 ? '' : 's'}
      </span>
      {c.notificationStatus !== 'not_required' && (
        <span className="muted">Notification: {NOTIFICATION_STATUS_LABELS[c.notificationStatus]}</span>
      )}
      {c.loadProblems > 0 && (
        <span className="warning">
          {c.loadProblems} load problem{c.loadProblems === 1 ? '' : 's'}
        </span>
      )}
      {c.noticeWarning && <span className="warning">{c.noticeWarning}</span>}
    </button>
  );
}
