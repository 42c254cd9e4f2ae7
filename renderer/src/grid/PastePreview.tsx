import type { PastePlan } from './paste';
import type { RecordNoun } from './records';

interface Props {
  plan: PastePlan;
  noun: RecordNoun;
  onApply: () => void;
  onCancel: () => void;
}

/**
 * What a paste would change in records that already exist, shown before anything is written:
 * each record, column, stored value and pasted value. Apply writes the whole block in one save.
 */
export function PastePreview({ plan, noun, onApply, onCancel }: Props) {
  const records = new Set(plan.changes.map((c) => c.key)).size;
  const values = plan.changes.length;
  return (
    <div
      className="msg info paste-preview"
      role="alertdialog"
      aria-label="Paste over existing records"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div>
        <strong>
          This paste changes {values === 1 ? 'one value' : `${values} values`} in{' '}
          {records === 1 ? `one existing ${noun.one}` : `${records} existing ${noun.many}`}
        </strong>
        {plan.created > 0 && ` and adds ${plan.created} new ${plan.created === 1 ? noun.one : noun.many}`}. Nothing is written until you
        apply it; Ctrl+Z afterwards undoes the whole paste.
      </div>
      <table>
        <thead>
          <tr>
            <th>Record</th>
            <th>Column</th>
            <th>Now</th>
            <th>After the paste</th>
          </tr>
        </thead>
        <tbody>
          {plan.changes.map((c) => (
            <tr key={`${c.key}:${c.field}`}>
              <td>{c.target}</td>
              <td>{c.column}</td>
              <td>
                <del>{c.before}</del>
              </td>
              <td>
                <ins>{c.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={onApply}>
          Apply paste
        </button>
        <button type="button" onClick={onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </div>
  );
}
