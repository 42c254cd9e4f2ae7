import { useState } from 'react';
import type { ConvoyDetail } from '../../../../electron/api/convoys';
import { ErrorPanel } from '../../app/ErrorPanel';
import { queryClient } from '../../app/queries';
import { useT } from '../../i18n';
import { call } from '../../lib/api';
import { RecordSharing } from '../exchange/RecordSharing';
import { formatMoment } from './format';
import { showSavedConvoy } from './savedConvoy';

const local = (iso: string | null) => (iso ? iso.slice(0, 16) : '');
const utc = (v: string) => (v ? `${v}:00Z` : null);

/** The convoy's sharing label: changeable in every state, saved alone as soon as it is chosen. */
function ConvoySharing({ convoy: c }: { convoy: ConvoyDetail }) {
  return (
    <RecordSharing
      type="convoy"
      value={c.sharing}
      save={async (sharing) => {
        // The newest version the page has (a pick just saved moved it), and the answer shown at once.
        const key = ['convoys.get', { id: c.id }];
        const version = queryClient.getQueryData<ConvoyDetail>(key)?.version ?? c.version;
        showSavedConvoy(await call('convoys.update', { id: c.id, version, sharing }));
      }}
      testId="convoy-sharing"
    />
  );
}

/** Times, clearance, route and escort (route and escort composition are sensitive in exports), and the sharing label. */
export function ConvoyHeaderForm({ convoy: c, editable }: { convoy: ConvoyDetail; editable: boolean }) {
  const t = useT();
  const [f, setF] = useState({
    plannedDeparture: local(c.plannedDeparture),
    plannedArrival: local(c.plannedArrival),
    movementNumber: c.movementNumber,
    route: c.route,
    escortNeeded: c.escortNeeded,
    escortUnit: c.escortUnit,
    escortComposition: c.escortComposition,
    emergency: c.emergency,
    notes: c.notes,
  });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof typeof f) => (e: { target: { value: string; checked?: boolean; type?: string } }) => {
    setSaved(false);
    setF({ ...f, [k]: e.target.type === 'checkbox' ? Boolean(e.target.checked) : e.target.value });
  };
  const save = async () => {
    setError(null);
    try {
      const saved = await call('convoys.update', {
        id: c.id,
        version: c.version,
        ...f,
        plannedDeparture: utc(f.plannedDeparture),
        plannedArrival: utc(f.plannedArrival),
      });
      showSavedConvoy(saved);
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  if (!editable)
    return (
      <section className="convoy-header" data-testid="convoy-header">
        <dl>
          <dt>{t('convoys.from')}</dt>
          <dd>{c.originCode}</dd>
          <dt>{t('convoys.departure')}</dt>
          <dd>{t('convoys.plannedActual', { planned: formatMoment(c.plannedDeparture), actual: formatMoment(c.actualDeparture) })}</dd>
          <dt>{t('convoys.arrival')}</dt>
          <dd>{t('convoys.plannedActual', { planned: formatMoment(c.plannedArrival), actual: formatMoment(c.actualArrival) })}</dd>
          <dt>{t('convoys.movementNumberShort')}</dt>
          <dd>{c.movementNumber || '—'}</dd>
          <dt>{t('convoys.route')}</dt>
          <dd>{c.route || '—'}</dd>
          <dt>{t('convoys.escort')}</dt>
          <dd>{c.escortNeeded ? `${c.escortUnit} ${c.escortComposition}` : t('convoys.escortNone')}</dd>
        </dl>
        <div className="convoy-sharing">
          <ConvoySharing convoy={c} />
        </div>
      </section>
    );
  return (
    <section className="convoy-header" data-testid="convoy-header">
      <div className="form-grid">
        <label>
          {t('convoys.plannedDeparture')}
          <input type="datetime-local" value={f.plannedDeparture} onChange={set('plannedDeparture')} />
        </label>
        <label>
          {t('convoys.plannedArrival')}
          <input type="datetime-local" value={f.plannedArrival} onChange={set('plannedArrival')} />
        </label>
        <label>
          {t('convoys.movementNumber')}
          <input value={f.movementNumber} onChange={set('movementNumber')} data-testid="movement-number" />
        </label>
        <label>
          {t('convoys.routeSensitive')}
          <input value={f.route} onChange={set('route')} placeholder={t('convoys.routeExample')} />
        </label>
        <label className="check">
          <input type="checkbox" checked={f.escortNeeded} onChange={set('escortNeeded')} /> {t('convoys.escortNeeded')}
        </label>
        <label>
          {t('convoys.escortUnit')}
          <input value={f.escortUnit} onChange={set('escortUnit')} disabled={!f.escortNeeded} />
        </label>
        <label>
          {t('convoys.escortComposition')}
          <input value={f.escortComposition} onChange={set('escortComposition')} disabled={!f.escortNeeded} />
        </label>
        <label className="check">
          <input type="checkbox" checked={f.emergency} onChange={set('emergency')} /> {t('convoys.emergencyNotice')}
        </label>
        <label className="wide">
          {t('convoys.notes')}
          <input value={f.notes} onChange={set('notes')} />
        </label>
        <ConvoySharing convoy={c} />
      </div>
      <button type="button" onClick={() => void save()} data-testid="save-header">
        {t('convoys.saveDetails')}
      </button>
      {saved && <span className="muted"> {t('convoys.saved')}</span>}
      {error != null && <ErrorPanel error={error} title={t('convoys.notSaved')} />}
    </section>
  );
}
