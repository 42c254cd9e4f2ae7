import type { LedgerEntryView } from '../../../../electron/api/stock';
import { CONDITION_LABELS, reasonLabel, signed } from './labels';
import { useT } from '../../i18n';
import { dateTime } from '../../locale/current';

/** The ledger entries a posted document wrote (site, item, lot, condition, change, reason), folded away under a summary. */
export function LedgerEntriesTable({ entries }: { entries: LedgerEntryView[] }) {
  const t = useT();
  return (
    <details>
      <summary>{t('ledger.summary', { count: entries.length })}</summary>
      <table className="plain">
        <thead>
          <tr>
            <th>{t('col.site')}</th>
            <th>{t('ledger.colItem')}</th>
            <th>{t('ledger.colLot')}</th>
            <th>{t('col.condition')}</th>
            <th>{t('col.quantity')}</th>
            <th>{t('ledger.colReason')}</th>
            <th>{t('col.recorded')}</th>
            <th>{t('col.by')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.siteCode}</td>
              <td>{e.itemCode}</td>
              <td>{e.lotNumber || '—'}</td>
              <td>{CONDITION_LABELS[e.condition]}</td>
              <td>{signed(e.quantity)}</td>
              <td>{reasonLabel(e.reasonCode) || '—'}</td>
              <td>{dateTime(e.recordedAt)}</td>
              <td>{e.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
