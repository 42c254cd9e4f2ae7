import { useState } from 'react';
import type { ConvoyDetail } from '../../../../electron/api/convoys';
import { VEHICLE_KIND_KEYS } from '../../../../electron/api/i18n';
import type { VehicleKind } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { call } from '../../lib/api';
import { useSites } from '../stock/lookups';
import { formatMoment, useUnits } from './format';

/** The destination stops (our sites or partners' places) and the vehicles, added and removed while planning. */
export function StopsAndVehicles({ convoy: c, editable }: { convoy: ConvoyDetail; editable: boolean }) {
  const t = useT();
  const sites = useSites();
  const vehicles = useCoreQuery('vehicles.list', {});
  const units = useUnits();
  const [site, setSite] = useState('');
  const [place, setPlace] = useState('');
  const [vehicle, setVehicle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const attempt = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const free = (vehicles.data ?? []).filter((v) => !v.archived && !c.vehicles.some((x) => x.vehicleId === v.id));
  return (
    <section className="stops-vehicles">
      <div className="half" data-testid="convoy-stops">
        <h3>{t('convoys.stops')}</h3>
        <ol>
          {c.stops.map((s) => (
            <li key={s.id}>
              {s.label}
              {s.arrivedAt && <span className="muted"> · {t('convoys.arrivedAt', { when: formatMoment(s.arrivedAt) })}</span>}
              {editable && (
                <button
                  type="button"
                  className="link"
                  onClick={() => void attempt(() => call('convoys.stops.remove', { id: s.id, version: s.version }))}
                >
                  {t('convoys.remove')}
                </button>
              )}
            </li>
          ))}
        </ol>
        {c.stops.length === 0 && <p className="muted">{t('convoys.noStop')}</p>}
        {editable && (
          <div className="inline-form">
            <select value={site} onChange={(e) => setSite(e.target.value)} data-testid="add-stop-site">
              <option value="">{t('convoys.ourSite')}</option>
              {sites.list
                .filter((s) => s.id !== c.originSiteId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.code} — {s.name}
                  </option>
                ))}
            </select>
            <input value={place} disabled={!!site} placeholder={t('convoys.orPartnerPlace')} onChange={(e) => setPlace(e.target.value)} />
            <button
              type="button"
              disabled={!site && !place.trim()}
              onClick={() =>
                void attempt(() =>
                  call('convoys.stops.save', { convoyId: c.id, rows: [{ siteId: site || null, placeName: site ? '' : place }] }),
                ).then((ok) => {
                  if (ok) {
                    setSite('');
                    setPlace('');
                  }
                })
              }
            >
              {t('convoys.addStop')}
            </button>
          </div>
        )}
      </div>
      <div className="half" data-testid="convoy-vehicles">
        <h3>{t('convoys.vehicles')}</h3>
        <ul>
          {c.vehicles.map((v) => (
            <li key={v.id}>
              <strong className="ltr">{v.plate}</strong>{' '}
              {v.kind in VEHICLE_KIND_KEYS ? t(VEHICLE_KIND_KEYS[v.kind as VehicleKind]) : v.kind} · {units.weight(v.payloadKg)} ·{' '}
              {units.volume(v.cargoVolumeM3)}
              {v.refrigerated && ` · ${t('convoys.refrigerated')}`}
              {v.driverName && ` · ${v.driverName}`}
              {editable && (
                <button
                  type="button"
                  className="link"
                  onClick={() => void attempt(() => call('convoys.vehicles.remove', { id: v.id, version: v.version }))}
                >
                  {t('convoys.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {c.vehicles.length === 0 && <p className="muted">{t('convoys.noVehicle')}</p>}
        {editable && (
          <div className="inline-form">
            <select value={vehicle} onChange={(e) => setVehicle(e.target.value)} data-testid="add-vehicle">
              <option value="">{t('convoys.addVehicleChoose')}</option>
              {free.map((v) => (
                <option key={v.id} value={v.id}>
                  {t(v.refrigerated ? 'convoys.vehicleChoiceCold' : 'convoys.vehicleChoice', {
                    plate: v.plate,
                    payload: units.weight(v.payloadKg),
                    volume: units.volume(v.cargoVolumeM3),
                  })}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!vehicle}
              onClick={() =>
                void attempt(() => call('convoys.vehicles.add', { convoyId: c.id, vehicleId: vehicle })).then((ok) => ok && setVehicle(''))
              }
            >
              {t('convoys.addVehicle')}
            </button>
          </div>
        )}
      </div>
      {error != null && <ErrorPanel error={error} title={t('convoys.notDone')} />}
    </section>
  );
}
