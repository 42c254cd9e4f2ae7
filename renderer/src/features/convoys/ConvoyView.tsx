import { useState } from 'react';
import type { ConvoyDetail } from '../../../../electron/api/convoys';
import { NOTIFICATION_STATUS_KEYS, type MessageKey } from '../../../../electron/api/i18n';
import type { ConvoyMove, NotificationStatus } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { showSavedConvoy } from './savedConvoy';
import { ExportButton } from '../../grid/ExportButton';
import { useT } from '../../i18n';
import { call } from '../../lib/api';
import { stockHref } from '../stock/useHashParams';
import { ArrivalPanel } from './ArrivalPanel';
import { ConvoyHeaderForm } from './ConvoyHeaderForm';
import { ConvoyPrints } from './ConvoyPrints';
import { formatMoment, setImperial, useUnits } from './format';
import { LoadBars } from './LoadBars';
import { ManifestGrid } from './ManifestGrid';
import { StopsAndVehicles } from './StopsAndVehicles';

/** One convoy: its actions, header, stops and vehicles, load bars, manifest, arrivals, documents and timeline. */
export function ConvoyView({ id, onBack }: { id: string; onBack: () => void }) {
  const t = useT();
  const q = useCoreQuery('convoys.get', { id });
  // Asked for at once, beside the convoy (not after it arrives): the manifest grid shows its rows as soon as they come.
  useCoreQuery('convoys.manifest.get', { convoyId: id });
  const units = useUnits();
  if (q.error) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <div className="page-body">{t('convoys.loading')}</div>;
  const c = q.data;
  const can = (a: string) => c.workflow.actions.some((x) => x.action === a);
  return (
    <div className="page-body convoy-view" data-testid="convoy-view" data-status={c.status}>
      <div className="toolbar">
        <button type="button" onClick={onBack}>
          {t('convoys.allConvoys')}
        </button>
        <h2 data-testid="convoy-number" className="ltr">
          {c.number}
        </h2>
        <span className={`state state-${c.status}`} data-testid="convoy-state">
          {c.workflow.stateLabel}
        </span>
        {c.emergency && <span className="badge danger">{t('convoys.emergency')}</span>}
        <label className="unit-toggle">
          <input type="checkbox" checked={units.imperial} onChange={(e) => setImperial(e.target.checked)} /> {t('convoys.imperialShort')}
        </label>
      </div>
      <Actions convoy={c} />
      <Notification convoy={c} editable={can('edit')} />
      <ConvoyHeaderForm convoy={c} editable={can('edit')} />
      <StopsAndVehicles convoy={c} editable={can('edit')} />
      <ConvoyLoads convoy={c} />
      <ManifestGrid convoy={c} editable={can('editManifest')} />
      {c.status === 'in_transit' && <ArrivalPanel convoy={c} />}
      <Documents convoy={c} />
      <ConvoyPrints convoy={c} />
      <Timeline convoy={c} />
    </div>
  );
}

/** The load bars from the manifest's query, which a line's save answers at once; the convoy's own loads until it is read. */
function ConvoyLoads({ convoy: c }: { convoy: ConvoyDetail }) {
  const manifest = useCoreQuery('convoys.manifest.get', { convoyId: c.id });
  return <LoadBars loads={manifest.data?.loads ?? c.loads} />;
}

function Actions({ convoy: c }: { convoy: ConvoyDetail }) {
  const t = useT();
  const [asking, setAsking] = useState<{ action: ConvoyMove; label: string; inputLabel: string } | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const moves = c.workflow.actions.filter((a) => a.action !== 'edit' && a.action !== 'editManifest');
  const run = async (action: ConvoyMove, text?: string) => {
    setBusy(true);
    setError(null);
    try {
      showSavedConvoy(await call('convoys.act', { id: c.id, version: c.version, action, comment: text }));
      setAsking(null);
      setComment('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="convoy-actions" data-testid="convoy-actions">
      {moves.map((a) => (
        <button
          key={a.action}
          type="button"
          className={a.final ? 'primary' : ''}
          disabled={busy}
          data-action={a.action}
          onClick={() => {
            if (a.inputs.length > 0) setAsking({ action: a.action as ConvoyMove, label: a.label, inputLabel: a.inputs[0].label });
            else if (!a.final || window.confirm(t('convoys.confirmFinal', { action: a.label }))) void run(a.action as ConvoyMove);
          }}
        >
          {a.label}
        </button>
      ))}
      {c.workflow.refused.map((r) => (
        <p key={r.action} className="refusal" data-testid={`refused-${r.action}`}>
          <strong>{r.label}:</strong> {r.message}
        </p>
      ))}
      {asking && (
        <div className="ask">
          <label>
            {asking.inputLabel}
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} data-testid="action-comment" />
          </label>
          <button type="button" className="primary" disabled={!comment.trim() || busy} onClick={() => void run(asking.action, comment)}>
            {asking.label}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            {t('convoys.back')}
          </button>
        </div>
      )}
      {error != null && <ErrorPanel error={error} title={t('convoys.notDone')} />}
    </section>
  );
}

const NEXT_NOTIFICATION: Record<NotificationStatus, NotificationStatus[]> = {
  not_required: ['not_submitted'],
  not_submitted: ['submitted', 'not_required'],
  submitted: ['acknowledged', 'not_submitted'],
  acknowledged: ['not_submitted'],
};
const NOTIFICATION_BUTTON: Record<NotificationStatus, MessageKey> = {
  not_required: 'convoys.notificationSet.not_required',
  not_submitted: 'convoys.notificationSet.not_submitted',
  submitted: 'convoys.notificationSet.submitted',
  acknowledged: 'convoys.notificationSet.acknowledged',
};

function Notification({ convoy: c, editable }: { convoy: ConvoyDetail; editable: boolean }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const set = async (status: NotificationStatus) => {
    setError(null);
    try {
      showSavedConvoy(await call('convoys.notification', { id: c.id, version: c.version, status }));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="notification" data-testid="notification">
      <h3>{t('convoys.notificationTitle')}</h3>
      <p>
        <span data-testid="notification-status">{t(NOTIFICATION_STATUS_KEYS[c.notificationStatus])}</span>
        {c.notificationSubmittedAt && ` · ${t('convoys.notificationSubmitted', { when: formatMoment(c.notificationSubmittedAt) })}`}
        {c.notificationAcknowledgedAt &&
          ` · ${t('convoys.notificationAcknowledged', { when: formatMoment(c.notificationAcknowledgedAt) })}`}
        <span className="muted"> — {t('convoys.notificationNote')}</span>
      </p>
      {c.noticeWarning && <p className="warning">{c.noticeWarning}</p>}
      {editable &&
        NEXT_NOTIFICATION[c.notificationStatus].map((s) => (
          <button key={s} type="button" onClick={() => void set(s)} data-notification={s}>
            {t(NOTIFICATION_BUTTON[s])}
          </button>
        ))}
      {c.vehicles.length > 0 && (
        <p className="movement-export">
          <ExportButton source="convoyMovement" label={t('movement.export')} parts={() => ({ params: { convoyId: c.id } })} />{' '}
          <span className="muted">{t('movement.exportHint')}</span>
        </p>
      )}
      {error != null && <ErrorPanel error={error} />}
    </section>
  );
}

const DOCUMENT_KIND: Record<string, MessageKey> = {
  issue: 'convoys.docKind.issue',
  receipt: 'convoys.docKind.receipt',
  transfer_out: 'convoys.docKind.transfer_out',
  transfer_in: 'convoys.docKind.transfer_in',
};

function Documents({ convoy: c }: { convoy: ConvoyDetail }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const voidIt = async (id: string, version: number, number: string) => {
    const reason = window.prompt(t('convoys.voidPrompt', { number }));
    if (!reason) return;
    try {
      await call('waybills.void', { id, version, reason });
    } catch (e) {
      setError(e);
    }
  };
  if (c.waybills.length === 0 && c.documents.length === 0) return null;
  const stopLabel = new Map(c.stops.map((s) => [s.id, s.label]));
  return (
    <section className="convoy-documents" data-testid="convoy-documents">
      <h3>{t('convoys.documentsTitle')}</h3>
      <table className="plain-table">
        <tbody>
          {c.waybills.map((w) => (
            <tr key={w.id} data-testid={`waybill-${w.number}`}>
              <td className="ltr">{w.number}</td>
              <td>{stopLabel.get(w.stopId)}</td>
              <td>{w.status === 'void' ? t('convoys.waybillVoid', { reason: w.voidReason ?? '' }) : t('convoys.waybillIssued')}</td>
              <td>
                {w.status !== 'void' && (
                  <button type="button" onClick={() => void voidIt(w.id, w.version, w.number)}>
                    {t('convoys.voidButton')}
                  </button>
                )}
              </td>
            </tr>
          ))}
          {c.documents.map((d) => (
            <tr key={d.id}>
              <td>
                <a href={stockHref('stock-documents', { id: d.id })}>{d.number}</a>
              </td>
              <td colSpan={3}>{t(DOCUMENT_KIND[d.kind] ?? 'convoys.docKind.other')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error != null && <ErrorPanel error={error} />}
    </section>
  );
}

/** A timeline entry's action in the reader's words: a workflow move, an arrival, a notification step. */
function eventLabel(action: string, t: ReturnType<typeof useT>): string {
  if (action === 'create') return t('convoys.event.create');
  if (action === 'receiveStop') return t('convoys.event.receiveStop');
  const notification = /^notification:(\w+)$/.exec(action)?.[1] as NotificationStatus | undefined;
  if (notification && notification in NOTIFICATION_STATUS_KEYS)
    return t('convoys.event.notification', { status: t(NOTIFICATION_STATUS_KEYS[notification]) });
  return EVENT_KEYS[action] ? t(EVENT_KEYS[action]) : action;
}

const EVENT_KEYS: Record<string, MessageKey> = {
  startLoading: 'convoyFlow.action.startLoading',
  backToPlanning: 'convoyFlow.action.backToPlanning',
  clear: 'convoyFlow.action.clear',
  depart: 'convoyFlow.action.depart',
  arrive: 'convoyFlow.action.arrive',
  close: 'convoyFlow.action.close',
  cancel: 'convoyFlow.action.cancel',
};

function Timeline({ convoy: c }: { convoy: ConvoyDetail }) {
  const t = useT();
  return (
    <section className="timeline" data-testid="timeline">
      <h3>{t('convoys.timelineTitle')}</h3>
      <ol>
        {c.timeline.map((e) => (
          <li key={e.id}>
            <span className="muted">{formatMoment(e.at)}</span> <strong>{eventLabel(e.action, t)}</strong>{' '}
            {t('convoys.timelineBy', { operator: e.operator })}
            {e.comment && <> — {e.comment}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
