import { useState } from 'react';
import type { RequestDetail } from '../../../../electron/api/requests';
import {
  FULFILMENT_LINK_KEYS,
  REQUEST_DIRECTION_KEYS,
  REQUEST_PRIORITY_KEYS,
  REQUEST_SIDE_KEYS,
  REQUEST_STATUS_KEYS,
  REQUEST_TYPE_KEYS,
  REQUEST_EVENT_KEYS,
  ASKED_FIELDS,
  ESCORT_FIELDS,
  LAST_RESORT_FIELDS,
  type MessageKey,
} from '../../../../electron/api/i18n';
import type { FulfilmentLink, RequestSide } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { queryClient, showSaved, useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { date } from '../../locale/current';
import { dateTime, qty } from '../stock/labels';
import { RequestActions } from './RequestActions';
import { ConvoyLinks } from './ConvoyLinks';
import { RequestForm } from './RequestForm';
import { RequestPrint } from './RequestPrint';
import { RequestAttachments } from './RequestAttachments';
import { RecordSharing } from '../exchange/RecordSharing';
import { call } from '../../lib/api';

/** A request as a save or an action returned it, shown at once (app/queries.ts' showSaved). */
export const showSavedRequest = (saved: RequestDetail): void =>
  showSaved(['requests.get', { id: saved.request.id }], saved, (d) => d.request.version);

/** One request: its header, lines with approval, commitment and delivery, the last-resort record, deliveries, timeline and actions. */
export function RequestPage(p: { id: string; onBack: () => void }) {
  const t = useT();
  const q = useCoreQuery('requests.get', { id: p.id });
  const status = useCoreQuery('system.status', {});
  const [chosenSide, setSide] = useState<RequestSide | null>(null);
  const [editing, setEditing] = useState(false);
  if (q.isError) return <ErrorPanel error={q.error} title={t('requests.openError')} onRetry={() => void q.refetch()} />;
  if (q.isPending) return <div className="pending">{t('requests.opening')}</div>;
  const d: RequestDetail = q.data;
  const r = d.request;
  if (editing)
    return (
      <RequestForm existing={d} onSaved={(saved) => (showSavedRequest(saved), setEditing(false))} onCancel={() => setEditing(false)} />
    );
  const home = status.data?.homeOrganisation?.id;
  // The side the operator acts for: the one this installation's organisation is on, unless chosen.
  const side: RequestSide = chosenSide ?? (home === r.providerOrgId ? 'providing' : 'requesting');
  const actingOrgId = side === 'providing' ? r.providerOrgId : r.requesterOrgId;
  const record = (fields: { key: keyof typeof r; label: MessageKey }[]) =>
    fields.map((f) => (
      <div key={f.key} className="req-fact long">
        <dt>{t(f.label)}</dt>
        <dd>{String(r[f.key] ?? '') || <em className="missing">{t('requests.notGiven')}</em>}</dd>
      </div>
    ));

  return (
    <div className="req-page" data-testid="request-page">
      <div className="req-head">
        <button type="button" className="link" onClick={p.onBack}>
          {t('requests.backToRegister')}
        </button>
        <h2>
          <bdi>{r.number}</bdi> · {r.title}
        </h2>
        <span className={`req-status s-${r.status}`} data-testid="request-status">
          {t(REQUEST_STATUS_KEYS[r.status])}
        </span>
        <span className={r.priority === 1 ? 'req-p1' : ''}>{t(REQUEST_PRIORITY_KEYS[r.priority])}</span>
        <span className="tlp ltr">{t('tlp.label', { label: r.effectiveSharing })}</span>
        <RequestPrint requestId={r.id} />
      </div>
      <dl className="req-facts">
        <div className="req-fact">
          <dt>{t('requests.parties')}</dt>
          <dd>
            <bdi>{`${r.requester} → ${r.provider}`}</bdi> ({t(REQUEST_DIRECTION_KEYS[r.direction])})
          </dd>
        </div>
        <div className="req-fact">
          <dt>{t('requests.type')}</dt>
          <dd>{t(REQUEST_TYPE_KEYS[r.type])}</dd>
        </div>
        <div className={`req-fact${r.overdue ? ' req-overdue' : ''}`}>
          <dt>{t('requests.col.neededBy')}</dt>
          <dd>
            {r.neededBy ? date(r.neededBy) : '—'}
            {r.overdue ? ` · ${t('requests.overdue')}` : ''}
          </dd>
        </div>
        <div className="req-fact">
          <dt>{t('requests.fromTo')}</dt>
          <dd>
            {r.fromPlace || '—'} → {r.toPlace || '—'}
          </dd>
        </div>
        <div className="req-fact">
          <dt>{t('requests.contact')}</dt>
          <dd>{r.contact || '—'}</dd>
        </div>
        <div className="req-fact long">
          <dt>{t('requests.justification')}</dt>
          <dd>{r.justification || <em className="missing">{t('requests.notGiven')}</em>}</dd>
        </div>
      </dl>

      <div className="req-sharing">
        <RecordSharing
          type="request"
          value={r.sharing}
          save={async (sharing) => {
            // The newest version the page has (a pick just saved moved it), and the answer shown at once.
            const key = ['requests.get', { id: p.id }];
            const version = queryClient.getQueryData<RequestDetail>(key)?.request.version ?? r.version;
            showSavedRequest(await call('requests.update', { id: r.id, version, sharing, actingOrgId }));
          }}
          testId="request-sharing"
        />
      </div>

      <div className="req-side">
        <span>{t('requests.actingFor')}</span>
        <label>
          <input type="radio" checked={side === 'requesting'} onChange={() => setSide('requesting')} />{' '}
          {t('requests.sideOf', { org: r.requester, side: t(REQUEST_SIDE_KEYS.requesting) })}
        </label>
        <label>
          <input type="radio" checked={side === 'providing'} onChange={() => setSide('providing')} data-testid="act-providing" />{' '}
          {t('requests.sideOf', { org: r.provider, side: t(REQUEST_SIDE_KEYS.providing) })}
        </label>
      </div>
      {/* Reset when the state or the side changes, not on every version: a label changed meanwhile keeps a comment being typed. */}
      <RequestActions
        key={`${r.status}-${side}`}
        detail={d}
        side={side}
        actingOrgId={actingOrgId}
        onEdit={() => setEditing(true)}
        onDone={showSavedRequest}
      />

      <section className="req-section">
        <h3>{t('requests.lines')}</h3>
        <table className="req-table" data-testid="request-lines">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('requests.col.what')}</th>
              <th>{t('requests.col.asked')}</th>
              <th>{t('requests.col.days')}</th>
              <th>{t('requests.col.approved')}</th>
              <th>{t('requests.col.committed')}</th>
              <th>{t('requests.col.availableFrom')}</th>
              <th>{t('requests.col.delivered')}</th>
            </tr>
          </thead>
          <tbody>
            {d.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.lineNo}</td>
                <td>{l.itemCode ? `${l.itemCode} — ${l.itemName}` : l.description}</td>
                <td>
                  {qty(l.quantity)} {l.unit}
                </td>
                <td>{l.durationDays == null ? '' : qty(l.durationDays)}</td>
                <td>{l.approvedQuantity == null ? '—' : qty(l.approvedQuantity)}</td>
                <td>{l.committedQuantity == null ? '—' : qty(l.committedQuantity)}</td>
                <td>{date(l.availableFrom)}</td>
                <td
                  className={
                    l.approvedQuantity != null && l.deliveredQuantity < l.approvedQuantity && l.deliveredQuantity > 0 ? 'req-partial' : ''
                  }
                >
                  {l.approvedQuantity
                    ? t('requests.deliveredOf', { delivered: qty(l.deliveredQuantity), approved: qty(l.approvedQuantity) })
                    : qty(l.deliveredQuantity)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {r.direction === 'to_military' && (
        <section className="req-section">
          <h3>{t('requests.lastResortTitle')}</h3>
          <dl className="req-facts">
            {record(LAST_RESORT_FIELDS)}
            <div className="req-fact">
              <dt>{t('requests.militarySupport')}</dt>
              <dd>
                {t('requests.period', {
                  from: r.militaryStart ? date(r.militaryStart) : '?',
                  to: r.militaryEnd ? date(r.militaryEnd) : '?',
                })}
              </dd>
            </div>
          </dl>
        </section>
      )}
      {r.type === 'escort' && (
        <section className="req-section">
          <h3>{t('requests.escortTitle')}</h3>
          <dl className="req-facts">
            {record(ESCORT_FIELDS)}
            <div className="req-fact">
              <dt>{t('requests.escortEnd')}</dt>
              <dd>{r.escortEndDate ? date(r.escortEndDate) : '—'}</dd>
            </div>
          </dl>
        </section>
      )}
      {r.direction === 'from_military' && (
        <section className="req-section">
          <h3>{t('requests.askedTitle')}</h3>
          <dl className="req-facts">{record(ASKED_FIELDS)}</dl>
        </section>
      )}

      <section className="req-section">
        <h3>{t('requests.deliveries')}</h3>
        {d.fulfilments.length === 0 ? (
          <p className="hint">{t('requests.noDeliveries')}</p>
        ) : (
          <table className="req-table" data-testid="request-fulfilments">
            <thead>
              <tr>
                <th>{t('requests.col.deliveredOn')}</th>
                <th>{t('requests.col.line')}</th>
                <th>{t('requests.col.quantity')}</th>
                <th>{t('requests.col.by')}</th>
                <th>{t('requests.col.reference')}</th>
                <th>{t('requests.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {d.fulfilments.map((f) => (
                <tr key={f.id}>
                  <td>{date(f.deliveredOn)}</td>
                  <td>{f.lineNo}</td>
                  <td>{qty(f.quantity)}</td>
                  <td>{f.link in FULFILMENT_LINK_KEYS ? t(FULFILMENT_LINK_KEYS[f.link as FulfilmentLink]) : f.link}</td>
                  <td>{f.stockDocumentNumber ?? f.reference}</td>
                  <td>{f.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ConvoyLinks detail={d} side={side} actingOrgId={actingOrgId} />

      <RequestAttachments detail={d} actingOrgId={actingOrgId} />

      <section className="req-section">
        <h3>{t('requests.timeline')}</h3>
        <ol className="req-timeline" data-testid="request-timeline">
          {d.timeline.map((e) => (
            <li key={e.id}>
              <time>{dateTime(e.at)}</time>{' '}
              <strong>
                {e.fromStatus ? `${t(REQUEST_STATUS_KEYS[e.fromStatus])} → ` : ''}
                {t(REQUEST_STATUS_KEYS[e.toStatus])}
              </strong>{' '}
              <span>
                {t('requests.timelineBy', {
                  action: REQUEST_EVENT_KEYS[e.action] ? t(REQUEST_EVENT_KEYS[e.action]) : e.action,
                  operator: e.operator,
                  org: e.org,
                })}
              </span>
              {e.comment && <q>{e.comment}</q>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
