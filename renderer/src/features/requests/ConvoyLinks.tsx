import { useState } from 'react';
import type { ApiError } from '../../../../electron/api/result';
import type { ManifestRow } from '../../../../electron/api/convoys';
import type { RequestDetail } from '../../../../electron/api/requests';
import { CONVOY_STATUS_KEYS } from '../../../../electron/api/i18n';
import type { RequestSide } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { num } from '../../locale/current';
import { DeliveryLineSelect } from './DeliveryLineSelect';
import { manifestRows } from '../convoys/manifestRows';

/**
 * The request's deliveries planned on convoys, and (for the providing side, once something is
 * committed) linking a line to a convoy or one of its vehicles. The core checks everything; the
 * link counts as delivered when the convoy arrives.
 */
export function ConvoyLinks(p: { detail: RequestDetail; side: RequestSide; actingOrgId: string }) {
  const t = useT();
  const { convoyLinks } = p.detail;
  const canLink = p.detail.workflow[p.side].actions.some((a) => a.action === 'deliver');
  const [open, setOpen] = useState(false);
  if (convoyLinks.length === 0 && !canLink) return null;
  return (
    <section className="req-section" data-testid="request-convoys">
      <h3>{t('requests.convoyLinks')}</h3>
      {convoyLinks.length > 0 && (
        <table className="req-table" data-testid="request-convoy-links">
          <thead>
            <tr>
              <th>{t('requests.col.line')}</th>
              <th>{t('requests.col.quantity')}</th>
              <th>{t('requests.linkConvoy')}</th>
              <th>{t('requests.linkVehicle')}</th>
              <th>{t('requests.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {convoyLinks.map((k) => (
              <tr key={k.id}>
                <td>{k.lineNo}</td>
                <td>
                  {num(k.quantity)} {k.unit}
                </td>
                <td>
                  <a href={`#/convoys?id=${k.convoyId}`}>
                    <bdi>{k.convoyNumber}</bdi>
                  </a>{' '}
                  ({t(CONVOY_STATUS_KEYS[k.convoyStatus])})
                </td>
                <td>{k.manifestLine ?? k.plate ?? t('requests.wholeConvoy')}</td>
                <td>{k.delivered ? t('requests.convoyDelivered') : t('requests.convoyPending')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canLink && !open && (
        <button type="button" onClick={() => setOpen(true)} data-testid="req-link-convoy">
          {t('requests.action.linkConvoy')}
        </button>
      )}
      {canLink && open && <LinkForm detail={p.detail} actingOrgId={p.actingOrgId} onDone={() => setOpen(false)} />}
    </section>
  );
}

function LinkForm(p: { detail: RequestDetail; actingOrgId: string; onDone: () => void }) {
  const t = useT();
  const { request: r, lines } = p.detail;
  const linkable = lines.filter((l) => (l.committedQuantity ?? l.approvedQuantity ?? 0) > 0);
  const convoys = useCoreQuery('convoys.list', {});
  const open = (convoys.data ?? []).filter((c) => !['arrived', 'closed', 'cancelled'].includes(c.status));
  const [lineId, setLineId] = useState(linkable[0]?.id ?? '');
  const [convoyId, setConvoyId] = useState('');
  const [vehicleId, setVehicleId] = useState('');
  const [manifestLineId, setManifestLineId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function link() {
    setBusy(true);
    const result = await invoke('requests.linkConvoy', {
      id: r.id,
      version: r.version,
      lineId,
      convoyId,
      vehicleId: vehicleId || undefined,
      manifestLineId: manifestLineId || undefined,
      quantity: quantity as unknown as number,
      actingOrgId: p.actingOrgId,
    });
    setBusy(false);
    if (result.ok) p.onDone();
    else setError(result.error);
  }

  return (
    <div className="req-form" data-testid="req-link-form">
      <h3>{t('requests.linkConvoyTitle')}</h3>
      {convoys.isSuccess && open.length === 0 && <p className="hint">{t('requests.noOpenConvoys')}</p>}
      <div className="req-grid">
        <DeliveryLineSelect label={t('requests.linkLine')} lines={linkable} value={lineId} onChange={setLineId} />
        <label className="req-field">
          <span>{t('requests.linkConvoy')}</span>
          <select
            value={convoyId}
            onChange={(e) => {
              setConvoyId(e.target.value);
              setVehicleId('');
              setManifestLineId('');
            }}
            data-testid="req-link-convoy-select"
          >
            <option value="">{t('requests.chooseConvoy')}</option>
            {open.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.number} · ${t(CONVOY_STATUS_KEYS[c.status])} · ${c.stops}`}
              </option>
            ))}
          </select>
        </label>
        <label className="req-field">
          <span>{t('requests.linkVehicle')}</span>
          {convoyId ? (
            <VehicleSelect
              key={convoyId}
              convoyId={convoyId}
              value={vehicleId}
              onChange={(id) => {
                setVehicleId(id);
                setManifestLineId('');
              }}
            />
          ) : (
            <select disabled>
              <option>{t('requests.wholeConvoy')}</option>
            </select>
          )}
        </label>
        <label className="req-field">
          <span>{t('requests.linkManifestLine')}</span>
          {convoyId ? (
            <ManifestLineSelect
              key={convoyId}
              convoyId={convoyId}
              vehicleId={vehicleId}
              itemId={linkable.find((l) => l.id === lineId)?.itemId ?? null}
              value={manifestLineId}
              onChange={(line) => {
                setManifestLineId(line?.id ?? '');
                // The line's vehicle carries it: the link names both (the page shows the line).
                if (line?.vehicleId) setVehicleId(line.vehicleId);
                if (line && quantity === '') setQuantity(String(line.quantity));
              }}
            />
          ) : (
            <select disabled>
              <option>{t('requests.anyManifestLine')}</option>
            </select>
          )}
        </label>
        <label className="req-field">
          <span>{t('requests.linkQuantity')}</span>
          <input
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            inputMode="numeric"
            aria-label={t('requests.linkQuantity')}
          />
        </label>
      </div>
      {error && (
        <div className="req-error" role="alert">
          <strong>{explain(error).message}</strong> {explain(error).fix}
        </div>
      )}
      <div className="req-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void link()} data-testid="req-link-confirm">
          {t('requests.action.linkConvoy')}
        </button>
        <button type="button" onClick={p.onDone}>
          {t('requests.back')}
        </button>
      </div>
    </div>
  );
}

/** The chosen convoy's vehicles (or the whole convoy). */
function VehicleSelect(p: { convoyId: string; value: string; onChange: (id: string) => void }) {
  const t = useT();
  const convoy = useCoreQuery('convoys.get', { id: p.convoyId });
  return (
    <select value={p.value} onChange={(e) => p.onChange(e.target.value)} data-testid="req-link-vehicle">
      <option value="">{t('requests.wholeConvoy')}</option>
      {(convoy.data?.vehicles ?? []).map((v) => (
        <option key={v.vehicleId} value={v.vehicleId}>
          {v.driverName ? `${v.plate} · ${v.driverName}` : v.plate}
        </option>
      ))}
    </select>
  );
}

/** The chosen convoy's manifest lines (of the chosen vehicle, when one is chosen), or none in particular. */
function ManifestLineSelect(p: {
  convoyId: string;
  vehicleId: string;
  /** The request line's item: manifest lines of that item come first. */
  itemId: string | null;
  value: string;
  onChange: (line: ManifestRow | null) => void;
}) {
  const t = useT();
  const manifest = useCoreQuery('convoys.manifest.get', { convoyId: p.convoyId });
  const convoy = useCoreQuery('convoys.get', { id: p.convoyId });
  const plates = new Map((convoy.data?.vehicles ?? []).map((v) => [v.vehicleId, v.plate]));
  const lines = manifestRows(manifest.data)
    .filter((l) => !p.vehicleId || l.vehicleId === p.vehicleId)
    .sort((a, b) => Number(b.itemId === p.itemId) - Number(a.itemId === p.itemId));
  return (
    <select
      value={p.value}
      onChange={(e) => p.onChange(lines.find((l) => l.id === e.target.value) ?? null)}
      data-testid="req-link-manifest-line"
    >
      <option value="">{t('requests.anyManifestLine')}</option>
      {lines.map((l) => (
        <option key={l.id} value={l.id}>
          {t('requests.manifestLineOption', {
            item: `${l.itemCode ?? ''} ${l.itemName ?? ''}`.trim(),
            quantity: num(l.quantity),
            unit: l.baseUnit ?? '',
            plate: (l.vehicleId && plates.get(l.vehicleId)) || '—',
          })}
        </option>
      ))}
    </select>
  );
}
