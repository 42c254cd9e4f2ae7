import { useState } from 'react';
import type { OpInput } from '../../../../electron/api/contract';
import type { ApiError } from '../../../../electron/api/result';
import type { RequestDetail } from '../../../../electron/api/requests';
import { FULFILMENT_LINK_KEYS, REQUEST_SIDE_KEYS } from '../../../../electron/api/i18n';
import { FULFILMENT_LINKS, type RequestAction, type RequestSide } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { num } from '../../locale/current';
import { DeliveryLineSelect } from './DeliveryLineSelect';

/**
 * What the side the operator acts for may do now, drawn from the core's workflow (nothing of the
 * rules is kept here): a button per allowed action, the comment it needs, the quantities of a
 * partial approval or a commitment, and the delivery form. The core refuses anything else with a
 * message, shown here.
 */
export function RequestActions(p: {
  detail: RequestDetail;
  side: RequestSide;
  actingOrgId: string;
  onEdit: () => void;
  /** The request as the action left it (shown at once: the next action needs its version). */
  onDone: (saved: RequestDetail) => void;
}) {
  const t = useT();
  const { request: r, lines } = p.detail;
  const view = p.detail.workflow[p.side];
  const [open, setOpen] = useState<RequestAction | null>(null);
  const [comment, setComment] = useState('');
  const [qty, setQty] = useState<Record<string, string>>({});
  const [from, setFrom] = useState<Record<string, string>>({});
  const emptyDelivery = () => ({ lineId: lines[0]?.id ?? '', quantity: '', link: 'other', reference: '', note: '', deliveredOn: '' });
  const [delivery, setDelivery] = useState(emptyDelivery);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const start = (a: RequestAction) => {
    if (a === 'edit') return p.onEdit();
    setOpen(a);
    setError(null);
    setComment('');
    setQty(
      Object.fromEntries(
        lines.map((l) => [
          l.id,
          String(a === 'commit' ? (l.committedQuantity ?? l.approvedQuantity ?? '') : (l.approvedQuantity ?? l.quantity)),
        ]),
      ),
    );
    setFrom(Object.fromEntries(lines.map((l) => [l.id, l.availableFrom ?? ''])));
  };

  async function run() {
    if (!open) return;
    setBusy(true);
    const base = { id: r.id, version: r.version, actingOrgId: p.actingOrgId };
    const result =
      open === 'commit'
        ? await invoke('requests.commit', {
            ...base,
            comment,
            lines: lines
              .filter((l) => (l.approvedQuantity ?? 0) > 0)
              .map((l) => ({ lineId: l.id, quantity: qty[l.id], availableFrom: from[l.id] })),
          } as OpInput<'requests.commit'>)
        : open === 'deliver'
          ? await invoke('requests.deliver', { ...base, ...delivery } as OpInput<'requests.deliver'>)
          : await invoke('requests.act', {
              ...base,
              action: open,
              comment,
              lines: open === 'approvePartially' ? lines.map((l) => ({ lineId: l.id, approvedQuantity: qty[l.id] })) : undefined,
            } as OpInput<'requests.act'>);
    setBusy(false);
    if (result.ok) {
      p.onDone(result.value);
      setOpen(null);
      setError(null);
      // A delivery recorded leaves the request in the same state: the next one starts blank.
      setDelivery(emptyDelivery());
    } else setError(result.error);
  }

  const def = view.actions.find((a) => a.action === open);
  const needsComment = def?.inputs.some((i) => i.field === 'comment');
  return (
    <section className="req-section req-act" data-testid="request-actions">
      <div className="req-buttons">
        {view.actions.map((a) => (
          <button
            key={a.action}
            type="button"
            className={a.final ? '' : 'primary'}
            onClick={() => start(a.action)}
            data-testid={`req-action-${a.action}`}
          >
            {a.label}
          </button>
        ))}
        {view.actions.length === 0 && (
          <span className="hint">
            {t('requests.nothingToDo', { side: t(REQUEST_SIDE_KEYS[p.side]), state: view.stateLabel.toLocaleLowerCase() })}
          </span>
        )}
      </div>
      {view.refused.map((x) => (
        <p key={x.action} className="hint">
          {t('requests.refusedAction', { action: x.label, message: x.message })}
        </p>
      ))}
      {open && def && (
        <div className="req-form" data-testid="req-action-form">
          <h3>{def.label}</h3>
          {(open === 'approvePartially' || open === 'commit') && (
            <table className="req-table">
              <thead>
                <tr>
                  <th>{t('requests.col.line')}</th>
                  <th>{t('requests.col.asked')}</th>
                  {open === 'commit' && <th>{t('requests.col.approved')}</th>}
                  <th>{open === 'commit' ? t('requests.commitCol') : t('requests.approveCol')}</th>
                  {open === 'commit' && <th>{t('requests.col.availableFrom')}</th>}
                </tr>
              </thead>
              <tbody>
                {lines
                  .filter((l) => open !== 'commit' || (l.approvedQuantity ?? 0) > 0)
                  .map((l) => (
                    <tr key={l.id}>
                      <td>
                        {l.lineNo}. {l.itemName ?? l.description}
                      </td>
                      <td>
                        {num(l.quantity)} {l.unit}
                      </td>
                      {open === 'commit' && <td>{num(l.approvedQuantity)}</td>}
                      <td>
                        <input
                          value={qty[l.id] ?? ''}
                          onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })}
                          aria-label={t('requests.lineQuantity', { line: l.lineNo })}
                          inputMode="numeric"
                        />
                      </td>
                      {open === 'commit' && (
                        <td>
                          <input
                            type="date"
                            value={from[l.id] ?? ''}
                            onChange={(e) => setFrom({ ...from, [l.id]: e.target.value })}
                            aria-label={t('requests.lineAvailableFrom', { line: l.lineNo })}
                          />
                        </td>
                      )}
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
          {open === 'deliver' && (
            <div className="req-grid">
              <DeliveryLineSelect
                label={t('requests.col.line')}
                lines={lines}
                value={delivery.lineId}
                onChange={(lineId) => setDelivery({ ...delivery, lineId })}
              />
              <label className="req-field">
                <span>{t('requests.quantityDelivered')}</span>
                <input
                  value={delivery.quantity}
                  onChange={(e) => setDelivery({ ...delivery, quantity: e.target.value })}
                  inputMode="numeric"
                  aria-label={t('requests.quantityDelivered')}
                />
              </label>
              <label className="req-field">
                <span>{t('requests.deliveredBy')}</span>
                <select value={delivery.link} onChange={(e) => setDelivery({ ...delivery, link: e.target.value })}>
                  {FULFILMENT_LINKS.filter((k) => k !== 'convoy').map((k) => (
                    <option key={k} value={k}>
                      {t(FULFILMENT_LINK_KEYS[k])}
                    </option>
                  ))}
                </select>
              </label>
              <label className="req-field">
                <span>{delivery.link === 'stock_issue' ? t('requests.stockIssueNumber') : t('requests.referenceHint')}</span>
                <input
                  value={delivery.reference}
                  onChange={(e) => setDelivery({ ...delivery, reference: e.target.value })}
                  aria-label={t('requests.deliveryReference')}
                />
              </label>
              <label className="req-field">
                <span>{t('requests.deliveredOn')}</span>
                <input
                  type="date"
                  value={delivery.deliveredOn}
                  onChange={(e) => setDelivery({ ...delivery, deliveredOn: e.target.value })}
                />
              </label>
            </div>
          )}
          {(needsComment || open !== 'deliver') && (
            <label className="req-field long">
              <span>{needsComment ? t('requests.required', { label: def.inputs[0].label }) : t('requests.commentOptional')}</span>
              <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} data-testid="req-comment" />
            </label>
          )}
          {error && (
            <div className="req-error" role="alert">
              <strong>{explain(error).message}</strong> {explain(error).fix}
            </div>
          )}
          <div className="req-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void run()} data-testid="req-confirm">
              {def.label}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('requests.back')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
