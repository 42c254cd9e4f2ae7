import { useMemo, useState } from 'react';
import type { ConvoyDetail, ConvoyStopView } from '../../../../electron/api/convoys';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { call } from '../../lib/api';
import { num } from '../../locale/current';
import { manifestRows } from './manifestRows';

/** Arrival at each stop: per line, received good and damaged (the rest is short; more is over). */
export function ArrivalPanel({ convoy: c }: { convoy: ConvoyDetail }) {
  const t = useT();
  const manifest = useCoreQuery('convoys.manifest.get', { convoyId: c.id });
  const rows = useMemo(() => manifestRows(manifest.data), [manifest.data]);
  const pendingStops = c.stops.filter((s) => !s.arrivedAt && rows.some((l) => l.stopId === s.id));
  if (pendingStops.length === 0) return null;
  return (
    <section className="arrival" data-testid="arrival">
      <h3>{t('arrival.title')}</h3>
      {pendingStops.map((s) => (
        <StopArrival key={s.id} convoyId={c.id} stop={s} lines={rows.filter((l) => l.stopId === s.id)} />
      ))}
    </section>
  );
}

/** Rows drawn around the visible ones; the arrival table is a window over the stop's lines (a 2,000-line stop draws some forty). */
const ROW_PX = 32;
const WINDOW_PX = 448;
const OVERSCAN = 10;

function StopArrival({
  convoyId,
  stop,
  lines,
}: {
  convoyId: string;
  stop: ConvoyStopView;
  lines: { id: string; itemCode: string | null; lotNumber: string | null; quantity: number }[];
}) {
  const t = useT();
  const [got, setGot] = useState(() => Object.fromEntries(lines.map((l) => [l.id, { good: String(l.quantity), damaged: '0' }])));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(lines.length, Math.ceil((scrollTop + WINDOW_PX) / ROW_PX) + OVERSCAN);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('convoys.receiveStop', {
        convoyId,
        stopId: stop.id,
        lines: lines.map((l) => ({ lineId: l.id, good: got[l.id].good, damaged: got[l.id].damaged })),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stop-arrival" data-testid={`arrival-${stop.position}`}>
      <h4>{stop.label}</h4>
      <div
        className="arrival-window"
        style={{ maxHeight: WINDOW_PX + ROW_PX }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="arrival-window"
      >
        <table className="plain-table">
          <thead>
            <tr>
              <th>{t('arrival.item')}</th>
              <th>{t('arrival.lot')}</th>
              <th>{t('arrival.sent')}</th>
              <th>{t('arrival.good')}</th>
              <th>{t('arrival.damaged')}</th>
              <th>{t('arrival.shortOver')}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" className="arrival-spacer" style={{ height: first * ROW_PX }} />}
            {lines.slice(first, last).map((l) => {
              const diff = l.quantity - Number(got[l.id].good || 0) - Number(got[l.id].damaged || 0);
              return (
                <tr key={l.id} style={{ height: ROW_PX }}>
                  <td>{l.itemCode}</td>
                  <td>{l.lotNumber}</td>
                  <td>{num(l.quantity)}</td>
                  <td>
                    <input
                      inputMode="numeric"
                      value={got[l.id].good}
                      data-testid="received-good"
                      onChange={(e) => setGot({ ...got, [l.id]: { ...got[l.id], good: e.target.value } })}
                    />
                  </td>
                  <td>
                    <input
                      inputMode="numeric"
                      value={got[l.id].damaged}
                      data-testid="received-damaged"
                      onChange={(e) => setGot({ ...got, [l.id]: { ...got[l.id], damaged: e.target.value } })}
                    />
                  </td>
                  <td className={diff !== 0 ? 'warning' : ''}>
                    {diff > 0 ? t('arrival.short', { count: diff }) : diff < 0 ? t('arrival.over', { count: -diff }) : '—'}
                  </td>
                </tr>
              );
            })}
            {last < lines.length && <tr aria-hidden="true" className="arrival-spacer" style={{ height: (lines.length - last) * ROW_PX }} />}
          </tbody>
        </table>
      </div>
      {lines.length > last - first && <p className="muted">{t('arrival.lineCount', { count: lines.length })}</p>}
      <button type="button" className="primary" disabled={busy} onClick={() => void confirm()} data-testid="confirm-arrival">
        {t('arrival.confirm', { stop: stop.label })}
      </button>
      {error != null && <ErrorPanel error={error} title={t('arrival.notRecorded')} />}
    </div>
  );
}
