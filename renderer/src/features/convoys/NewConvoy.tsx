import { useState } from 'react';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { call } from '../../lib/api';
import { useSites } from '../stock/lookups';
import { useUnits } from './format';

/** Start a convoy: where from, when, the first stop and its vehicles (more can be added on its page). */
export function NewConvoy({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const t = useT();
  const units = useUnits();
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
      <h2>{t('convoys.newTitle')}</h2>
      <div className="form-grid">
        <label>
          {t('convoys.originSite')}
          <select value={origin} onChange={(e) => setOrigin(e.target.value)} data-testid="convoy-origin">
            <option value="">{t('convoys.originChoose')}</option>
            {sites.list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} — {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('convoys.plannedDeparture')}
          <input type="datetime-local" value={departure} onChange={(e) => setDeparture(e.target.value)} data-testid="convoy-departure" />
        </label>
        <label>
          {t('convoys.firstStopSite')}
          <select value={stopSite} onChange={(e) => setStopSite(e.target.value)} data-testid="convoy-stop-site">
            <option value="">{t('convoys.firstStopOrPlaceBelow')}</option>
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
          {t('convoys.firstStopPlace')}
          <input
            value={stopPlace}
            disabled={!!stopSite}
            onChange={(e) => setStopPlace(e.target.value)}
            placeholder={t('convoys.placeExample')}
          />
        </label>
      </div>
      <fieldset className="vehicle-choice">
        <legend>{t('convoys.vehicles')}</legend>
        {available.length === 0 && (
          <p className="muted">
            {t('convoys.noVehiclesBefore')} <a href="#/vehicles">{t('convoys.emptyVehiclesLink')}</a> {t('convoys.noVehiclesAfter')}
          </p>
        )}
        {available.map((v) => (
          <label key={v.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(v.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, v.id] : chosen.filter((x) => x !== v.id))}
            />
            {t(v.refrigerated ? 'convoys.vehicleChoiceCold' : 'convoys.vehicleChoice', {
              plate: v.plate,
              payload: units.weight(v.payloadKg),
              volume: units.volume(v.cargoVolumeM3),
            })}
          </label>
        ))}
      </fieldset>
      {error != null && <ErrorPanel error={error} title={t('convoys.notCreated')} />}
      <div className="toolbar">
        <button type="button" className="primary" disabled={!origin || busy} onClick={() => void create()}>
          {t('convoys.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
