import type { PastePlan } from './paste';
import type { RecordNoun } from './records';
import { useT } from '../i18n';

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
  const t = useT();
  const records = new Set(plan.changes.map((c) => c.key)).size;
  const values = plan.changes.length;
  return (
    <div
      className="msg info paste-preview"
      role="alertdialog"
      aria-label={t('paste.preview.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div>
        <strong>{t('paste.preview.changes', { values, records, noun: records === 1 ? noun.one : noun.many })}</strong>
        {plan.created > 0 && t('paste.preview.adds', { count: plan.created, noun: plan.created === 1 ? noun.one : noun.many })}.{' '}
        {t('paste.preview.nothingYet')}
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('audit.record')}</th>
            <th>{t('paste.preview.column')}</th>
            <th>{t('paste.preview.now')}</th>
            <th>{t('paste.preview.after')}</th>
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
          {t('paste.preview.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('paste.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
