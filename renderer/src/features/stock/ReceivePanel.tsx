import { useState } from 'react';
import { readNumber } from '../../locale/current';
import type { StockDocumentLineView, StockDocumentView } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { invoke } from '../../lib/api';
import { TextField } from './controls';
import { qty, today } from './labels';
import { useT } from '../../i18n';

/**
 * The receiving site confirms a transfer: per line what arrived good and damaged; the rest is
 * recorded short. Until then the goods are in transit and cannot be issued at the destination.
 */
export function ReceivePanel(p: { doc: StockDocumentView; lines: StockDocumentLineView[]; onReceived: (receiptId: string) => void }) {
  const t = useT();
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
    <section className="receive-box" aria-label={t('receive.label')} data-testid="receive-panel">
      <strong>{t('receive.title', { site: p.doc.otherSiteCode ?? '' })}</strong>
      <table className="plain">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('addLine.item')}</th>
            <th>{t('col.lot')}</th>
            <th>{t('receive.sent')}</th>
            <th>{t('receive.good')}</th>
            <th>{t('receive.damaged')}</th>
            <th>{t('receive.short')}</th>
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
                    aria-label={t('receive.lineGood', { n: l.lineNo })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    value={damaged[l.id] ?? ''}
                    onChange={(e) => setDamaged({ ...damaged, [l.id]: e.target.value })}
                    aria-label={t('receive.lineDamaged', { n: l.lineNo })}
                  />
                </td>
                <td className={short < 0 ? 'field-error' : ''}>
                  {short < 0 ? t('receive.tooMany', { quantity: qty(-short) }) : qty(short)}
                </td>
                <td className="field-error">{lineErrors[l.id]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="doc-actions">
        <TextField label={t('receive.arrivedOn')} type="date" value={date} onChange={setDate} />
        <button type="button" onClick={() => setAsking(true)} disabled={busy || asking} data-testid="confirm-receipt">
          {busy ? t('receive.recording') : t('receive.confirmAt', { site: p.doc.otherSiteCode ?? '' })}
        </button>
      </div>
      {asking && (
        <div className="confirm-final" role="alertdialog" aria-label={t('receive.confirmLabel')}>
          <strong>{t('receive.question', { site: p.doc.otherSiteCode ?? '' })}</strong>
          <span>{t('receive.explain', { site: p.doc.otherSiteCode ?? '' })}</span>
          <div className="row">
            <button type="button" onClick={() => void receive()} autoFocus data-testid="confirm-receipt-final">
              {t('receive.yes')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error != null && <ErrorPanel error={error} title={t('receive.notRecorded')} />}
    </section>
  );
}
