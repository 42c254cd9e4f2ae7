import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** What an empty grid says: why it is empty and what to do next. Focusable so Ctrl+V works on it. */
export function GridEmptyState(p: { noun: { one: string; many: string }; filtered: boolean; canEdit: boolean; hint?: ReactNode }) {
  const t = useT();
  return (
    <div className="grid-empty" tabIndex={0} aria-label={t('grid.empty.label', { many: p.noun.many })}>
      {p.filtered ? (
        <p>{t('grid.empty.filtered', { many: p.noun.many })}</p>
      ) : p.canEdit ? (
        <>
          <p>
            <strong>{t('grid.empty.none', { many: p.noun.many })}</strong> {t('grid.empty.addWith')}{' '}
            <strong>{t('grid.empty.addButton', { one: p.noun.one })}</strong> {t('grid.empty.orPaste')}
          </p>
          {p.hint && <p className="hint">{p.hint}</p>}
        </>
      ) : (
        <p>
          <strong>{t('grid.empty.noneDot', { many: p.noun.many })}</strong>
        </p>
      )}
    </div>
  );
}
