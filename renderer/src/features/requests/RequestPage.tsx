import { useState } from 'react';
import type { RequestDetail } from '../../../../electron/api/requests';
import {
  REQUEST_DIRECTION_LABELS,
  REQUEST_PRIORITY_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TYPE_LABELS,
  type RequestSide,
} from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { dateTime, qty } from '../stock/labels';
import { ASKED_FIELDS, ESCORT_FIELDS, LAST_RESORT_FIELDS } from './fields';
import { RequestActions } from './RequestActions';
import { RequestForm } from './RequestForm';

/** One request: its header, lines with approval, commitment and delivery, the last-resort record, deliveries, timeline and actions. */
export function RequestPage(p: { id: string; onBack: () => void }) {
  const q = useCoreQuery('requests.get', { id: p.id });
  const status = useCoreQuery('system.status', {});
  const [chosenSide, setSide] = useState<RequestSide | null>(null);
  const [editing, setEditing] = useState(false);
  if (q.isError) return <ErrorPanel error={q.error} title="The request could not be opened" onRetry={() => void q.refetch()} />;
  if (q.isPending) return <div className="pending">Opening the request…</div>;
  const d: RequestDetail = q.data;
  const r = d.request;
  if (editing) return <RequestForm existing={d} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />;
  const home = status.data?.homeOrganisation?.id;
  // The side the operator acts for: the one this installation's organisation is on, unless chosen.
  const side: RequestSide = chosenSide ?? (home === r.providerOrgId ? 'providing' : 'requesting');
  const actingOrgId = side === 'providing' ? r.providerOrgId : r.requesterOrgId;
  const record = (fields: { key: keyof typeof r; label: string }[]) =>
    fields.map((f) => (
      <div key={f.key} className="req-fact long">
        <dt>{f.label}</dt>
        <dd>{String(r[f.key] ?? '') || <em className="missing">not given</em>}</dd>
      </div>
    ));

  return (
    <div className="req-page" data-testid="request-page">
      <div className="req-head">
        <button type="button" className="link" onClick={p.onBack}>
          ← Register
        </button>
        <h2>
          {r.number} · {r.title}
        </h2>
        <span className={`req-status s-${r.status}`} data-testid="request-status">
          {REQUEST_STATUS_LABELS[r.status]}
        </span>
        <span className={r.priority === 1 ? 'req-p1' : ''}>{REQUEST_PRIORITY_LABELS[r.priority]}</span>
        <span className="tlp">TLP:{r.effectiveSharing}</span>
      </div>
      <dl className="req-facts">
        <div className="req-fact">
          <dt>Requesting → providing</dt>
          <dd>
            {r.requester} → {r.provider} ({REQUEST_DIRECTION_LABELS[r.direction]})
          </dd>
        </div>
        <div className="req-fact">
          <dt>Type</dt>
          <dd>{REQUEST_TYPE_LABELS[r.type]}</dd>
        </div>
        <div className={`req-fact${r.overdue ? ' req-overdue' : ''}`}>
          <dt>Needed by</dt>
          <dd>
            {r.neededBy ?? '—'}
            {r.overdue ? ' · overdue' : ''}
          </dd>
        </div>
        <div className="req-fact">
          <dt>From → to</dt>
          <dd>
            {r.fromPlace || '—'} → {r.toPlace || '—'}
          </dd>
        </div>
        <div className="req-fact">
          <dt>Contact</dt>
          <dd>{r.contact || '—'}</dd>
        </div>
        <div className="req-fact long">
          <dt>Justification</dt>
          <dd>{r.justification || <em className="missing">not given</em>}</dd>
        </div>
      </dl>

      <div className="req-side">
        <span>Acting for</span>
        <label>
          <input type="radio" checked={side === 'requesting'} onChange={() => setSide('requesting')} /> {r.requester} (requesting)
        </label>
        <label>
          <input type="radio" checked={side === 'providing'} onChange={() => setSide('providing')} data-testid="act-providing" />{' '}
          {r.provider} (providing)
        </label>
      </div>
      <RequestActions key={`${r.version}-${side}`} detail={d} side={side} actingOrgId={actingOrgId} onEdit={() => setEditing(true)} />

      <section className="req-section">
        <h3>Lines</h3>
        <table className="req-table" data-testid="request-lines">
          <thead>
            <tr>
              <th>#</th>
              <th>What</th>
              <th>Asked</th>
              <th>Days</th>
              <th>Approved</th>
              <th>Committed</th>
              <th>Available from</th>
              <th>Delivered</th>
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
                <td>{l.durationDays ?? ''}</td>
                <td>{l.approvedQuantity == null ? '—' : qty(l.approvedQuantity)}</td>
                <td>{l.committedQuantity == null ? '—' : qty(l.committedQuantity)}</td>
                <td>{l.availableFrom ?? ''}</td>
                <td
                  className={
                    l.approvedQuantity != null && l.deliveredQuantity < l.approvedQuantity && l.deliveredQuantity > 0 ? 'req-partial' : ''
                  }
                >
                  {qty(l.deliveredQuantity)}
                  {l.approvedQuantity ? ` of ${qty(l.approvedQuantity)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {r.direction === 'to_military' && (
        <section className="req-section">
          <h3>Last-resort record</h3>
          <dl className="req-facts">
            {record(LAST_RESORT_FIELDS)}
            <div className="req-fact">
              <dt>Military support</dt>
              <dd>
                {r.militaryStart ?? '?'} to {r.militaryEnd ?? '?'}
              </dd>
            </div>
          </dl>
        </section>
      )}
      {r.type === 'escort' && (
        <section className="req-section">
          <h3>Escort criteria</h3>
          <dl className="req-facts">
            {record(ESCORT_FIELDS)}
            <div className="req-fact">
              <dt>Stop using escorts by</dt>
              <dd>{r.escortEndDate ?? '—'}</dd>
            </div>
          </dl>
        </section>
      )}
      {r.direction === 'from_military' && (
        <section className="req-section">
          <h3>What is asked of the partner</h3>
          <dl className="req-facts">{record(ASKED_FIELDS)}</dl>
        </section>
      )}

      <section className="req-section">
        <h3>Deliveries</h3>
        {d.fulfilments.length === 0 ? (
          <p className="hint">
            Nothing delivered yet. The providing side records each delivery (a stock issue, a storage arrangement or a trip sheet).
          </p>
        ) : (
          <table className="req-table" data-testid="request-fulfilments">
            <thead>
              <tr>
                <th>Delivered on</th>
                <th>Line</th>
                <th>Quantity</th>
                <th>By</th>
                <th>Reference</th>
                <th>Note</th>
              </tr>
            </thead>
            <tbody>
              {d.fulfilments.map((f) => (
                <tr key={f.id}>
                  <td>{f.deliveredOn}</td>
                  <td>{f.lineNo}</td>
                  <td>{qty(f.quantity)}</td>
                  <td>{f.link.replace('_', ' ')}</td>
                  <td>{f.stockDocumentNumber ?? f.reference}</td>
                  <td>{f.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="req-section">
        <h3>Timeline</h3>
        <ol className="req-timeline" data-testid="request-timeline">
          {d.timeline.map((e) => (
            <li key={e.id}>
              <time>{dateTime(e.at)}</time>{' '}
              <strong>
                {e.fromStatus ? `${REQUEST_STATUS_LABELS[e.fromStatus]} → ` : ''}
                {REQUEST_STATUS_LABELS[e.toStatus]}
              </strong>{' '}
              <span>
                {e.action} by {e.operator} for {e.org}
              </span>
              {e.comment && <q>{e.comment}</q>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
