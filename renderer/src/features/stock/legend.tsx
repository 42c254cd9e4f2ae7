import type { RowClassParams, RowClassRules } from 'ag-grid-community';
import { useT } from '../../i18n';

/** The legend for the colours every stock grid uses. */
export function ExpiryLegend({ low = true }: { low?: boolean }) {
  const t = useT();
  return (
    <div className="legend" aria-label={t('legend.label')}>
      <span>
        <i className="swatch expired" /> {t('legend.expired')}
      </span>
      <span>
        <i className="swatch within3" /> {t('legend.within3')}
      </span>
      <span>
        <i className="swatch within9" /> {t('legend.within9')}
      </span>
      {low && (
        <span>
          <i className="swatch low" /> {t('legend.low')}
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
