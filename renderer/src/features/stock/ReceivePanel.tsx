import { useState } from 'react';
import { readNumber } from '../../locale/current';
import type { StockDocumentLineView, StockDocumentView } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { invoke } from '../../lib/api';
import { TextField } from './controls';
import { qty, today } from './labels';

/**
 * The receiving site confirms a transfer: per line what arrived good and damaged; the rest is
 * recorded short. Until then the goods are in transit and cannot be issued at the destination.
 */
export function ReceivePanel(p: { doc: StockDocumentView; lines: StockDocumentLineView[]; onReceived: (receiptId: string) => void }) {
  const [good, setGood] = useState<Record<string, string>>(() => Object.fromEntries(p.lines.map((l) => [l.id, String(l.quantity)])));
  const [damaged, setDamaged] = useState<Record<string, string>>({});
  const [date, setDate] = useState(today());
  const [error, setError] = useState<unknown>(null);
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Receiving is final like every other posting: it asks first.
  const [asking, setAsking] = useState(false);
  // Read in the locale; what is not a number goes as NaN, which the core refuses naming the line.
  const num = (s: string | undefined) => {
    const r = readNumber(s ?? '');
    return r.ok ? (r.value ?? 0) : Number.NaN;
  };

  async function receive() {
    setAsking(false);
    setBusy(true);
    setError(null);
    const lines = p.lines.map((l) => ({ lineId: l.id, good: num(good[l.id]), damaged: num(damaged[l.id]) }));
    const r = await invoke('stock.transfer.receive', { transferId: p.doc.id, version: p.doc.version, occurredAt: date, lines });
    setBusy(false);
    if (r.ok) {
      p.onReceived(r.value.document.id);
      return;
    }
    const byLine: Record<string, string> = {};
    for (const i of r.error.issues ?? [])
      if (i.path[0] === 'lines' && typeof i.path[1] === 'number' && p.lines[i.path[1]]) byLine[p.lines[i.path[1]].id] = i.message;
    setLineErrors(byLine);
    setError(r.error);
  }

  return (
    <section className="receive-box" aria-label="Confirm receipt" data-testid="receive-panel">
      <strong>
        In transit to {p.doc.otherSiteCode}. When the goods arrive, {p.doc.otherSiteCode} confirms what was received:
      </strong>
      <table className="plain">
        <thead>
          <tr>
            <th>#</th>
            <th>Item</th>
            <th>Lot</th>
            <th>Sent</th>
            <th>Received good</th>
            <th>Received damaged</th>
            <th>Short</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {p.lines.map((l) => {
            const short = l.quantity - num(good[l.id]) - num(damaged[l.id]);
            return (
              <tr key={l.id}>
                <td>{l.lineNo}</td>
                <td>
                  {l.itemCode} — {l.itemName}
                </td>
                <td>{l.lotNumber || '—'}</td>
                <td>
                  {qty(l.quantity)} {l.baseUnit}
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    value={good[l.id] ?? ''}
                    onChange={(e) => setGood({ ...good, [l.id]: e.target.value })}
                    aria-label={`Line ${l.lineNo} received good`}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    value={damaged[l.id] ?? ''}
                    onChange={(e) => setDamaged({ ...damaged, [l.id]: e.target.value })}
                    aria-label={`Line ${l.lineNo} received damaged`}
                  />
                </td>
                <td className={short < 0 ? 'field-error' : ''}>{short < 0 ? `${qty(-short)} too many` : qty(short)}</td>
                <td className="field-error">{lineErrors[l.id]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="doc-actions">
        <TextField label="Arrived on" type="date" value={date} onChange={setDate} />
        <button type="button" onClick={() => setAsking(true)} disabled={busy || asking} data-testid="confirm-receipt">
          {busy ? 'Recording…' : `Confirm receipt at ${p.doc.otherSiteCode}…`}
        </button>
      </div>
      {asking && (
        <div className="confirm-final" role="alertdialog" aria-label="Confirm the receipt">
          <strong>Record this receipt at {p.doc.otherSiteCode} as final?</strong>
          <span>
            The quantities above enter {p.doc.otherSiteCode}&apos;s stock now and the transfer is closed; a mistake is corrected by
            reversing the receipt.
          </span>
          <div className="row">
            <button type="button" onClick={() => void receive()} autoFocus data-testid="confirm-receipt-final">
              Yes, record the receipt — final
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error != null && <ErrorPanel error={error} title="The receipt was not recorded" />}
    </section>
  );
}
