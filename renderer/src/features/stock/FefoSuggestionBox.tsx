import type { FefoSuggestion } from '../../../../electron/api/stock';
import { expiryText, qty } from './labels';
import { useT } from '../../i18n';

interface Props {
  fefo: FefoSuggestion;
  /** The item's base unit, for the quantities. */
  unit: string;
  busy: boolean;
  onUse: (picks: FefoSuggestion['picks']) => void;
  onDismiss: () => void;
}

/** The lots FEFO proposes for a quantity (earliest expiry first), with what is short, to take as they are or set aside. */
export function FefoSuggestionBox({ fefo, unit, busy, onUse, onDismiss }: Props) {
  const t = useT();
  return (
    <div className="fefo-box" data-testid="fefo-suggestion">
      <strong>{t('fefo.title')}</strong> {t('fefo.forQuantity', { quantity: qty(fefo.requested), unit })}
      {fefo.skippedExpired.length ? t('fefo.skipped', { count: fefo.skippedExpired.length }) : ''}.
      {fefo.picks.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>{t('col.lot')}</th>
              <th>{t('col.expiry')}</th>
              <th>{t('col.available')}</th>
              <th>{t('col.take')}</th>
            </tr>
          </thead>
          <tbody>
            {fefo.picks.map((pk, i) => (
              <tr key={pk.lotId} className={i === 0 ? 'first' : ''}>
                <td>{pk.lotNumber || t('addLine.noLot')}</td>
                <td>{expiryText(pk.expiryDate, pk.daysToExpiry)}</td>
                <td>{qty(pk.available)}</td>
                <td>{qty(pk.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('fefo.none')}</p>
      )}
      {fefo.shortBy > 0 && <p className="field-error">{t('fefo.shortBy', { quantity: qty(fefo.shortBy), unit })}</p>}
      <div className="doc-actions">
        {fefo.picks.length > 0 && (
          <button type="button" data-testid="fefo-use" disabled={busy} onClick={() => onUse(fefo.picks)}>
            {t('fefo.use', { count: fefo.picks.length })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onDismiss}>
          {t('fefo.chooseMyself')}
        </button>
      </div>
    </div>
  );
}
