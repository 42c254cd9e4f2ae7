import type { ConvoySummary } from '../../../../electron/api/convoys';
import { CONVOY_STATUS_KEYS, NOTIFICATION_STATUS_KEYS } from '../../../../electron/api/i18n';
import { CONVOY_STATUSES } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { num } from '../../locale/current';
import { formatMoment, setImperial, useUnits } from './format';

/** Convoys by status, one column each: what is being planned, loaded, on the road, and done. */
export function ConvoyBoard({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const t = useT();
  const list = useCoreQuery('convoys.list', {});
  const units = useUnits();
  const convoys = list.data ?? [];
  return (
    <div className="page-body convoy-board" data-testid="convoy-board">
      <div className="toolbar">
        <button type="button" className="primary" onClick={onNew}>
          {t('convoys.new')}
        </button>
        <label className="unit-toggle">
          <input type="checkbox" checked={units.imperial} onChange={(e) => setImperial(e.target.checked)} /> {t('convoys.showImperial')}
        </label>
        <a href="#/vehicles">{t('convoys.vehiclesRegistry')}</a>
      </div>
      {list.error && <ErrorPanel error={list.error} />}
      {!list.isPending && convoys.length === 0 && (
        <p className="empty-state">
          {t('convoys.emptyBefore')} <a href="#/vehicles">{t('convoys.emptyVehiclesLink')}</a> {t('convoys.emptyAfter')}
        </p>
      )}
      <div className="board-columns">
        {CONVOY_STATUSES.map((status) => {
          const mine = convoys.filter((c) => c.status === status);
          return (
            <section key={status} className={`board-column status-${status}`} data-status={status}>
              <h3>
                {t(CONVOY_STATUS_KEYS[status])} <span className="count">{num(mine.length)}</span>
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
  const t = useT();
  return (
    <button type="button" className="convoy-card" data-testid={`convoy-${c.number}`} onClick={() => onOpen(c.id)}>
      <strong className="ltr">{c.number}</strong>
      {c.emergency && <span className="badge danger">{t('convoys.emergency')}</span>}
      <span className="route">
        {c.originCode} → {c.stops || t('convoys.noStopYet')}
      </span>
      <span className="muted">
        {formatMoment(c.actualDeparture ?? c.plannedDeparture)} · {t('convoys.cardVehicles', { count: c.vehicles })} ·{' '}
        {t('convoys.cardLines', { count: c.lines })}
      </span>
      {c.notificationStatus !== 'not_required' && (
        <span className="muted">{t('convoys.cardNotification', { status: t(NOTIFICATION_STATUS_KEYS[c.notificationStatus]) })}</span>
      )}
      {c.loadProblems > 0 && <span className="warning">{t('convoys.cardLoadProblems', { count: c.loadProblems })}</span>}
      {c.noticeWarning && <span className="warning">{c.noticeWarning}</span>}
    </button>
  );
}
