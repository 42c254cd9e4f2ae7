import { useState } from 'react';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { readNumber } from '../../locale/current';
import {
  TRANSFER_RECEIPT_REASON_CODES,
  type StockDocumentLineView,
  type StockDocumentView,
  type TransferReceiptReasonCode,
} from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { invoke } from '../../lib/api';
import { TextField } from './controls';
import { qty, reasonLabel, today } from './labels';
import { useT } from '../../i18n';
import { ConfirmFinal } from './ConfirmFinal';

type Which = 'shortReason' | 'damagedReason' | 'overReason';
type Reasons = Partial<Record<Which, TransferReceiptReasonCode>>;
const WHICH: Which[] = ['shortReason', 'damagedReason', 'overReason'];
const WHICH_LABEL = {
  shortReason: 'receive.shortReason',
  damagedReason: 'receive.damagedReason',
  overReason: 'receive.overReason',
} as const;

/** A reason select: the receipt's default (blank = "choose"), or a line's (blank = "as the receipt"). */
function ReasonSelect(p: { value: string; onChange: (v: string) => void; blank: string; label: string; testId?: string }) {
  return (
    <select value={p.value} onChange={(e) => p.onChange(e.target.value)} aria-label={p.label} data-testid={p.testId}>
      <option value="">{p.blank}</option>
      {TRANSFER_RECEIPT_REASON_CODES.map((c) => (
        <option key={c} value={c}>
          {reasonLabel(c)}
        </option>
      ))}
    </select>
  );
}

/**
 * The receiving site confirms a transfer: per line what arrived good and damaged; what is missing
 * is recorded short, what is beyond what was sent over. Each difference takes a reason: the
 * receipt's, or the line's own. Until then the goods are in transit and cannot be issued at the
 * destination.
 */
export function ReceivePanel(p: { doc: StockDocumentView; lines: StockDocumentLineView[]; onReceived: (receiptId: string) => void }) {
  const t = useT();
  const [good, setGood] = useState<Record<string, string>>(() => Object.fromEntries(p.lines.map((l) => [l.id, String(l.quantity)])));
  const [damaged, setDamaged] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Reasons>({});
  const [lineReasons, setLineReasons] = useState<Record<string, Reasons>>({});
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
    const lines = p.lines.map((l) => ({ lineId: l.id, good: num(good[l.id]), damaged: num(damaged[l.id]), ...lineReasons[l.id] }));
    const r = await invoke('stock.transfer.receive', { transferId: p.doc.id, version: p.doc.version, occurredAt: date, ...reasons, lines });
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

  // A line's differences as typed so far: which reasons it needs, each with its words.
  const differences = (l: StockDocumentLineView, short: number): [Which, string][] => {
    const out: [Which, string][] = [];
    if (short > 0) out.push(['shortReason', t('receive.shortReason')]);
    if (num(damaged[l.id]) > 0) out.push(['damagedReason', t('receive.damagedReason')]);
    if (short < 0) out.push(['overReason', t('receive.overReason')]);
    return out;
  };
  const anyDifference = p.lines.some((l) => differences(l, l.quantity - num(good[l.id]) - num(damaged[l.id])).length > 0);

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
            <th>{t('receive.reasons')}</th>
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
                  {qty(l.quantity)} {l.baseUnit && unitWord(l.baseUnit)}
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
                <td>{short < 0 ? t('receive.over', { quantity: qty(-short) }) : qty(short)}</td>
                <td>
                  {differences(l, short).map(([which, what]) => (
                    <ReasonSelect
                      key={which}
                      value={lineReasons[l.id]?.[which] ?? ''}
                      onChange={(v) =>
                        setLineReasons({
                          ...lineReasons,
                          [l.id]: { ...lineReasons[l.id], [which]: (v || undefined) as TransferReceiptReasonCode },
                        })
                      }
                      blank={reasons[which] ? t('receive.asReceipt', { reason: reasonLabel(reasons[which]) }) : t('receive.asReceiptNone')}
                      label={t('receive.lineReason', { n: l.lineNo, what })}
                      testId={`line-${l.lineNo}-${which}`}
                    />
                  ))}
                </td>
                <td className="field-error">{lineErrors[l.id]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anyDifference && (
        <div className="receive-reasons" data-testid="receipt-reasons">
          <span>{t('receive.reasonsTitle')}</span>
          {WHICH.map((which) => (
            <label key={which} className="stock-field">
              <span>{t(WHICH_LABEL[which])}</span>
              <ReasonSelect
                value={reasons[which] ?? ''}
                onChange={(v) => setReasons({ ...reasons, [which]: (v || undefined) as TransferReceiptReasonCode })}
                blank={t('receive.chooseReason')}
                label={t(WHICH_LABEL[which])}
                testId={`receipt-${which}`}
              />
            </label>
          ))}
        </div>
      )}
      <div className="doc-actions">
        <TextField label={t('receive.arrivedOn')} type="date" value={date} onChange={setDate} />
        <button type="button" onClick={() => setAsking(true)} disabled={busy || asking} data-testid="confirm-receipt">
          {busy ? t('receive.recording') : t('receive.confirmAt', { site: p.doc.otherSiteCode ?? '' })}
        </button>
      </div>
      {asking && (
        <ConfirmFinal
          label={t('receive.confirmLabel')}
          question={t('receive.question', { site: p.doc.otherSiteCode ?? '' })}
          explain={t('receive.explain', { site: p.doc.otherSiteCode ?? '' })}
          onCancel={() => setAsking(false)}
        >
          <button type="button" onClick={() => void receive()} autoFocus data-testid="confirm-receipt-final">
            {t('receive.yes')}
          </button>
        </ConfirmFinal>
      )}
      {error != null && <ErrorPanel error={error} title={t('receive.notRecorded')} highlighted={Object.keys(lineErrors).length > 0} />}
    </section>
  );
}
