import { useState } from 'react';
import type { OpInput } from '../../../../electron/api/contract';
import type { ApiError } from '../../../../electron/api/result';
import type { RequestDetail } from '../../../../electron/api/requests';
import { FULFILMENT_LINK_LABELS, FULFILMENT_LINKS, type RequestAction, type RequestSide } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { invoke } from '../../lib/api';

/**
 * What the side the operator acts for may do now, drawn from the core's workflow (nothing of the
 * rules is kept here): a button per allowed action, the comment it needs, the quantities of a
 * partial approval or a commitment, and the delivery form. The core refuses anything else with a
 * message, shown here.
 */
export function RequestActions(p: { detail: RequestDetail; side: RequestSide; actingOrgId: string; onEdit: () => void }) {
  const { request: r, lines } = p.detail;
  const view = p.detail.workflow[p.side];
  const [open, setOpen] = useState<RequestAction | null>(null);
  const [comment, setComment] = useState('');
  const [qty, setQty] = useState<Record<string, string>>({});
  const [from, setFrom] = useState<Record<string, string>>({});
  const [delivery, setDelivery] = useState({
    lineId: lines[0]?.id ?? '',
    quantity: '',
    link: 'other',
    reference: '',
    note: '',
    deliveredOn: '',
  });
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
      setOpen(null);
      setError(null);
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
            Nothing for the {p.side} side to do now ({view.stateLabel.toLowerCase()}).
          </span>
        )}
      </div>
      {view.refused.map((x) => (
        <p key={x.action} className="hint">
          {x.label}: {x.message}
        </p>
      ))}
      {open && def && (
        <div className="req-form" data-testid="req-action-form">
          <h3>{def.label}</h3>
          {(open === 'approvePartially' || open === 'commit') && (
            <table className="req-table">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Asked</th>
                  {open === 'commit' && <th>Approved</th>}
                  <th>{open === 'commit' ? 'Commit' : 'Approve'}</th>
                  {open === 'commit' && <th>Available from</th>}
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
                        {l.quantity} {l.unit}
                      </td>
                      {open === 'commit' && <td>{l.approvedQuantity}</td>}
                      <td>
                        <input
                          value={qty[l.id] ?? ''}
                          onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })}
                          aria-label={`Line ${l.lineNo} quantity`}
                          inputMode="numeric"
                        />
                      </td>
                      {open === 'commit' && (
                        <td>
                          <input
                            type="date"
                            value={from[l.id] ?? ''}
                            onChange={(e) => setFrom({ ...from, [l.id]: e.target.value })}
                            aria-label={`Line ${l.lineNo} available from`}
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
              <label className="req-field">
                <span>Line</span>
                <select value={delivery.lineId} onChange={(e) => setDelivery({ ...delivery, lineId: e.target.value })}>
                  {lines.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.lineNo}. {l.itemName ?? l.description} — {l.deliveredQuantity} of {l.approvedQuantity ?? 0} {l.unit} delivered
                    </option>
                  ))}
                </select>
              </label>
              <label className="req-field">
                <span>Quantity delivered</span>
                <input
                  value={delivery.quantity}
                  onChange={(e) => setDelivery({ ...delivery, quantity: e.target.value })}
                  inputMode="numeric"
                  aria-label="Quantity delivered"
                />
              </label>
              <label className="req-field">
                <span>Delivered by</span>
                <select value={delivery.link} onChange={(e) => setDelivery({ ...delivery, link: e.target.value })}>
                  {FULFILMENT_LINKS.map((k) => (
                    <option key={k} value={k}>
                      {FULFILMENT_LINK_LABELS[k]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="req-field">
                <span>{delivery.link === 'stock_issue' ? 'Stock issue number' : 'Reference (trip sheet, agreement…)'}</span>
                <input
                  value={delivery.reference}
                  onChange={(e) => setDelivery({ ...delivery, reference: e.target.value })}
                  aria-label="Delivery reference"
                />
              </label>
              <label className="req-field">
                <span>Delivered on</span>
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
              <span>{needsComment ? `${def.inputs[0].label} (required)` : 'Comment (optional)'}</span>
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
              Back
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
