import { useState } from 'react';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { call } from '../../lib/api';
import { useSites } from '../stock/lookups';

/** Start a convoy: where from, when, the first stop and its vehicles (more can be added on its page). */
export function NewConvoy({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const sites = useSites();
  const vehicles = useCoreQuery('vehicles.list', {});
  const [origin, setOrigin] = useState('');
  const [departure, setDeparture] = useState('');
  const [stopSite, setStopSite] = useState('');
  const [stopPlace, setStopPlace] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const c = await call('convoys.create', {
        originSiteId: origin,
        plannedDeparture: departure ? `${departure}:00Z` : null,
        stops: stopSite || stopPlace ? [{ siteId: stopSite || null, placeName: stopSite ? '' : stopPlace }] : [],
        vehicleIds: chosen,
      });
      onCreated(c.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const available = (vehicles.data ?? []).filter((v) => !v.archived);
  return (
    <div className="page-body new-convoy" data-testid="new-convoy">
      <h2>New convoy</h2>
      <div className="form-grid">
        <label>
          Origin site
          <select value={origin} onChange={(e) => setOrigin(e.target.value)} data-testid="convoy-origin">
            <option value="">Choose the site the goods leave from…</option>
            {sites.list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} — {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Planned departure (UTC)
          <input type="datetime-local" value={departure} onChange={(e) => setDeparture(e.target.value)} data-testid="convoy-departure" />
        </label>
        <label>
          First stop: one of our sites
          <select value={stopSite} onChange={(e) => setStopSite(e.target.value)} data-testid="convoy-stop-site">
            <option value="">— or name a partner’s place below —</option>
            {sites.list
              .filter((s) => s.id !== origin)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code} — {s.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          …or a partner’s place
          <input
            value={stopPlace}
            disabled={!!stopSite}
            onChange={(e) => setStopPlace(e.target.value)}
            placeholder="e.g. Kessa village school"
          />
        </label>
      </div>
      <fieldset className="vehicle-choice">
        <legend>Vehicles</legend>
        {available.length === 0 && (
          <p className="muted">
            No vehicles registered: add them on the <a href="#/vehicles">Vehicles</a> page (you can add them to the convoy later).
          </p>
        )}
        {available.map((v) => (
          <label key={v.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(v.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, v.id] : chosen.filter((x) => x !== v.id))}
            />
            {v.plate} ({v.payloadKg.toLocaleString('en')} kg, {v.cargoVolumeM3} m³{v.refrigerated ? ', refrigerated' : ''})
          </label>
        ))}
      </fieldset>
      {error != null && <ErrorPanel error={error} title="The convoy was not created" />}
      <div className="toolbar">
        <button type="button" className="primary" disabled={!origin || busy} onClick={() => void create()}>
          Create convoy
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
