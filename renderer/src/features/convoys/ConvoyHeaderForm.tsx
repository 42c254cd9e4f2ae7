import { useState } from 'react';
import type { ConvoyDetail } from '../../../../electron/api/convoys';
import { ErrorPanel } from '../../app/ErrorPanel';
import { call } from '../../lib/api';
import { formatMoment } from './format';

const local = (iso: string | null) => (iso ? iso.slice(0, 16) : '');
const utc = (v: string) => (v ? `${v}:00Z` : null);

/** Times, clearance, route and escort (route and escort composition are sensitive in exports). */
export function ConvoyHeaderForm({ convoy: c, editable }: { convoy: ConvoyDetail; editable: boolean }) {
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
      await call('convoys.update', {
        id: c.id,
        version: c.version,
        ...f,
        plannedDeparture: utc(f.plannedDeparture),
        plannedArrival: utc(f.plannedArrival),
      });
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  if (!editable)
    return (
      <section className="convoy-header" data-testid="convoy-header">
        <dl>
          <dt>From</dt>
          <dd>{c.originCode}</dd>
          <dt>Departure</dt>
          <dd>
            planned {formatMoment(c.plannedDeparture)}, actual {formatMoment(c.actualDeparture)}
          </dd>
          <dt>Arrival</dt>
          <dd>
            planned {formatMoment(c.plannedArrival)}, actual {formatMoment(c.actualArrival)}
          </dd>
          <dt>Movement/clearance no.</dt>
          <dd>{c.movementNumber || '—'}</dd>
          <dt>Route</dt>
          <dd>{c.route || '—'}</dd>
          <dt>Escort</dt>
          <dd>{c.escortNeeded ? `${c.escortUnit} ${c.escortComposition}` : 'none'}</dd>
        </dl>
      </section>
    );
  return (
    <section className="convoy-header" data-testid="convoy-header">
      <div className="form-grid">
        <label>
          Planned departure (UTC)
          <input type="datetime-local" value={f.plannedDeparture} onChange={set('plannedDeparture')} />
        </label>
        <label>
          Planned arrival (UTC)
          <input type="datetime-local" value={f.plannedArrival} onChange={set('plannedArrival')} />
        </label>
        <label>
          Movement/clearance number
          <input value={f.movementNumber} onChange={set('movementNumber')} data-testid="movement-number" />
        </label>
        <label>
          Route (sensitive)
          <input value={f.route} onChange={set('route')} placeholder="e.g. MSR Blue via Tarvik bridge" />
        </label>
        <label className="check">
          <input type="checkbox" checked={f.escortNeeded} onChange={set('escortNeeded')} /> Escort needed
        </label>
        <label>
          Escorting unit
          <input value={f.escortUnit} onChange={set('escortUnit')} disabled={!f.escortNeeded} />
        </label>
        <label>
          Escort composition (sensitive)
          <input value={f.escortComposition} onChange={set('escortComposition')} disabled={!f.escortNeeded} />
        </label>
        <label className="check">
          <input type="checkbox" checked={f.emergency} onChange={set('emergency')} /> Emergency (24 h notice instead of 48 h)
        </label>
        <label className="wide">
          Notes
          <input value={f.notes} onChange={set('notes')} />
        </label>
      </div>
      <button type="button" onClick={() => void save()} data-testid="save-header">
        Save details
      </button>
      {saved && <span className="muted"> Saved.</span>}
      {error != null && <ErrorPanel error={error} title="Not saved" />}
    </section>
  );
}
