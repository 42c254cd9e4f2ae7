import type { RowClassParams, RowClassRules } from 'ag-grid-community';

/** The legend for the colours every stock grid uses. */
export function ExpiryLegend({ low = true }: { low?: boolean }) {
  return (
    <div className="legend" aria-label="Colour legend">
      <span>
        <i className="swatch expired" /> Expired
      </span>
      <span>
        <i className="swatch within3" /> Expires within 3 months
      </span>
      <span>
        <i className="swatch within9" /> Expires within 9 months
      </span>
      {low && (
        <span>
          <i className="swatch low" /> Below the low-stock threshold for this item and site
        </span>
      )}
    </div>
  );
}

/** Row classes that colour the Expiry cell by the row's expiry status. */
export function expiryRowClass<T extends { expiryStatus?: string }>(): RowClassRules<T> {
  return {
    'exp-expired': (p: RowClassParams<T>) => p.data?.expiryStatus === 'expired',
    'exp-within3': (p: RowClassParams<T>) => p.data?.expiryStatus === 'within3',
    'exp-within9': (p: RowClassParams<T>) => p.data?.expiryStatus === 'within9',
  };
}
