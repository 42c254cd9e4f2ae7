import type { RequestDetail } from '../../../../electron/api/requests';
import { useT } from '../../i18n';
import { num } from '../../locale/current';

/** A request line to deliver against or to carry on a convoy, each with how much of it was delivered. */
export function DeliveryLineSelect(p: { label: string; lines: RequestDetail['lines']; value: string; onChange: (lineId: string) => void }) {
  const t = useT();
  return (
    <label className="req-field">
      <span>{p.label}</span>
      <select value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.lines.map((l) => (
          <option key={l.id} value={l.id}>
            {t('requests.deliveryLine', {
              line: l.lineNo,
              what: l.itemName ?? l.description,
              delivered: num(l.deliveredQuantity),
              approved: num(l.approvedQuantity ?? 0),
              unit: l.unit,
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
