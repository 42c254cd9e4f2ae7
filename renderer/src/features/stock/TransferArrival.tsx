import type { StockDocumentLineView, StockDocumentView } from '../../../../electron/api/stock';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { useT } from '../../i18n';
import { qty, reasonLabel } from './labels';

/**
 * The sending side's view of a posted transfer: per line what the receiving site recorded
 * (arrived good, damaged, short, over, and why), or that it is still in transit.
 */
export function TransferArrival({ doc, lines }: { doc: StockDocumentView; lines: StockDocumentLineView[] }) {
  const t = useT();
  const site = doc.otherSiteCode ?? '';
  if (!doc.receivedByDocumentId)
    return (
      <p className="muted" data-testid="transfer-arrival">
        {t('arrival.inTransit', { site })}
      </p>
    );
  const diff = (n: number | undefined) => (n ? qty(n) : '—');
  return (
    <section className="transfer-arrival" data-testid="transfer-arrival">
      <strong>{t('arrival.sentTitle', { site, number: doc.receivedByNumber ?? '' })}</strong>
      <table className="plain">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('ledger.colItem')}</th>
            <th>{t('ledger.colLot')}</th>
            <th>{t('arrival.colSent')}</th>
            <th>{t('arrival.colGood')}</th>
            <th>{t('arrival.colDamaged')}</th>
            <th>{t('arrival.colShort')}</th>
            <th>{t('arrival.colOver')}</th>
            <th>{t('arrival.colWhy')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const a = l.arrival;
            const why = a
              ? [
                  a.short ? `${t('arrival.colShort')}: ${reasonLabel(a.shortReason)}` : '',
                  a.damaged ? `${t('arrival.colDamaged')}: ${reasonLabel(a.damagedReason)}` : '',
                  a.over ? `${t('arrival.colOver')}: ${reasonLabel(a.overReason)}` : '',
                ].filter(Boolean)
              : [];
            return (
              <tr key={l.id} data-testid={`arrival-line-${l.lineNo}`} className={why.length ? 'differs' : undefined}>
                <td>{l.lineNo}</td>
                <td>
                  {l.itemCode} — {l.itemName}
                </td>
                <td>{l.lotNumber || '—'}</td>
                <td>
                  {qty(l.quantity)} {unitWord(l.baseUnit ?? '')}
                </td>
                <td>{qty(a?.good)}</td>
                <td>{diff(a?.damaged)}</td>
                <td>{diff(a?.short)}</td>
                <td>{diff(a?.over)}</td>
                <td>{why.length ? why.join(' · ') : t('arrival.asSent')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
