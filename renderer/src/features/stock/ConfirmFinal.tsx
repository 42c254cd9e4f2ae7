import type { ReactNode } from 'react';
import { useT } from '../../i18n';

/**
 * The question before a step that cannot be taken back (posting, reversing or deleting a
 * document, recording a receipt, submitting or approving a count): what it will do, the action
 * buttons (the first takes the focus), and Cancel. An alert dialog, so a screen reader says it at once.
 */
export function ConfirmFinal(p: {
  label: string;
  question: ReactNode;
  explain: ReactNode;
  onCancel: () => void;
  cancelText?: string;
  testId?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="confirm-final" role="alertdialog" aria-label={p.label} data-testid={p.testId}>
      <strong>{p.question}</strong>
      <span>{p.explain}</span>
      <div className="row">
        {p.children}
        <button type="button" className="secondary" onClick={() => p.onCancel()}>
          {p.cancelText ?? t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
