import type { FefoSuggestion } from '../../../../electron/api/stock';
import { expiryText, qty } from './labels';

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
  return (
    <div className="fefo-box" data-testid="fefo-suggestion">
      <strong>FEFO suggestion</strong> for {qty(fefo.requested)} {unit}: earliest expiry first
      {fefo.skippedExpired.length ? `; ${fefo.skippedExpired.length} expired lot(s) skipped` : ''}.
      {fefo.picks.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>Lot</th>
              <th>Expiry</th>
              <th>Available</th>
              <th>Take</th>
            </tr>
          </thead>
          <tbody>
            {fefo.picks.map((pk, i) => (
              <tr key={pk.lotId} className={i === 0 ? 'first' : ''}>
                <td>{pk.lotNumber || '(no lot)'}</td>
                <td>{expiryText(pk.expiryDate, pk.daysToExpiry)}</td>
                <td>{qty(pk.available)}</td>
                <td>{qty(pk.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No good, unexpired stock of this item and owner at this site.</p>
      )}
      {fefo.shortBy > 0 && (
        <p className="field-error">
          Short by {qty(fefo.shortBy)} {unit}: the site does not hold enough good, unexpired stock of this owner.
        </p>
      )}
      <div className="doc-actions">
        {fefo.picks.length > 0 && (
          <button type="button" data-testid="fefo-use" disabled={busy} onClick={() => onUse(fefo.picks)}>
            Use {fefo.picks.length === 1 ? 'this lot' : `these ${fefo.picks.length} lots`}
          </button>
        )}
        <button type="button" className="secondary" onClick={onDismiss}>
          Choose another lot myself
        </button>
      </div>
    </div>
  );
}
