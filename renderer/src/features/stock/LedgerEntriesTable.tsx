import type { LedgerEntryView } from '../../../../electron/api/stock';
import { CONDITION_LABELS, signed } from './labels';

/** The ledger entries a posted document wrote, folded away under a summary. */
export function LedgerEntriesTable({ entries }: { entries: LedgerEntryView[] }) {
  return (
    <details>
      <summary>Ledger entries written by this document ({entries.length})</summary>
      <table className="plain">
        <thead>
          <tr>
            <th>Site</th>
            <th>Condition</th>
            <th>Quantity</th>
            <th>Recorded</th>
            <th>By</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.siteCode}</td>
              <td>{CONDITION_LABELS[e.condition]}</td>
              <td>{signed(e.quantity)}</td>
              <td>{e.recordedAt.slice(0, 16).replace('T', ' ')}</td>
              <td>{e.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
