import type { VehicleLoad } from '../../../../electron/api/convoys';
import { useT } from '../../i18n';
import { num } from '../../locale/current';
import { useUnits } from './format';

/** Per vehicle: weight and volume against its payload and cargo volume; over is red at once. */
export function LoadBars({ loads }: { loads: VehicleLoad[] }) {
  const t = useT();
  const units = useUnits();
  if (loads.length === 0) return null;
  return (
    <section className="load-bars" data-testid="load-bars">
      <h3>{t('convoys.loads')}</h3>
      {loads.map((l) => (
        <div key={l.vehicleId} className={`load ${l.problems.length ? 'over' : ''}`} data-testid={`load-${l.plate}`}>
          <strong className="ltr">{l.plate}</strong>
          {l.refrigerated && <span className="badge">{t('convoys.refrigerated')}</span>}
          <Bar
            label={t('convoys.weight')}
            used={l.weightKg}
            max={l.payloadKg}
            text={t('convoys.usedOf', { used: units.weight(l.weightKg), max: units.weight(l.payloadKg) })}
          />
          <Bar
            label={t('convoys.volume')}
            used={l.volumeM3}
            max={l.cargoVolumeM3}
            text={t('convoys.usedOf', { used: units.volume(l.volumeM3), max: units.volume(l.cargoVolumeM3) })}
          />
          {l.problems.map((p) => (
            <p key={p} className="problem" role="alert">
              {p}
            </p>
          ))}
        </div>
      ))}
    </section>
  );
}

function Bar({ label, used, max, text }: { label: string; used: number; max: number; text: string }) {
  const pct = max > 0 ? (used / max) * 100 : 0;
  const cls = pct > 100 ? 'over' : pct >= 90 ? 'near' : '';
  return (
    <div className={`bar ${cls}`} data-pct={Math.round(pct)}>
      <span className="bar-label">{label}</span>
      <span className="bar-track">
        <span className="bar-fill" style={{ width: `${Math.min(pct, 100)}%` }} />
      </span>
      <span className="bar-text">
        {text} ({num(Math.round(pct))}%)
      </span>
    </div>
  );
}
