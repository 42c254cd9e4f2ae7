import { useT } from '../i18n';
/** Asks before removing: the core decides between delete and archive, so say both. */
export function RemoveConfirm(p: { noun: string; name: string; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="confirm-bar" role="alertdialog" aria-label={t('remove.label')}>
      {t('remove.before', { noun: p.noun })} <strong>{p.name}</strong>
      {t('remove.after')}
      <button type="button" className="danger" onClick={p.onConfirm} autoFocus>
        {t('remove.yes')}
      </button>
      <button type="button" className="secondary" onClick={p.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
