import { useState } from 'react';
import type { StockDocumentView } from '../../../../electron/api/stock';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import type { CountStatus } from './CountSheetBar';
import { ConfirmFinal } from './ConfirmFinal';

/** Submitting a count sheet: the confirmation's state, the call, and reloading the sheet whole (with what was expected). */
export function useCountSubmit(
  id: string,
  doc: StockDocumentView | null,
  reload: () => Promise<void>,
  setStatus: (s: CountStatus) => void,
) {
  const t = useT();
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit() {
    if (!doc) return;
    setBusy(true);
    setError(null);
    const r = await invoke('stock.count.submit', { id, version: doc.version });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setConfirm(false);
    setStatus({ kind: 'saved', text: t('count.submittedNote') });
    await reload();
  }
  return { confirm, setConfirm, busy, error, submit };
}

/** Why a pasted column of counts was refused (nothing of it was saved). */
export function CountPasteProblems(p: { problems: string[]; onDismiss: () => void }) {
  const t = useT();
  if (p.problems.length === 0) return null;
  return (
    <div className="problems" role="alert" data-testid="count-paste-problems">
      {p.problems[0]}
      {p.problems.length > 1 && (
        <ul>
          {p.problems.slice(1).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link" onClick={p.onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

/**
 * Submitting a count for approval, confirmed first: counting closes for good, and a blind count's
 * expected quantities are shown from then on. With lines still uncounted it offers the way to them.
 */
export function CountSubmit(p: {
  uncounted: number;
  busy: boolean;
  onSubmit: () => void;
  onShowUncounted: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <ConfirmFinal
      label={t('count.submitTitle')}
      question={t('count.submitTitle')}
      explain={p.uncounted > 0 ? t('count.submitNotReady', { count: p.uncounted }) : t('count.submitText')}
      onCancel={p.onCancel}
      cancelText={t('count.cancel')}
      testId="confirm-submit-panel"
    >
      {p.uncounted > 0 ? (
        <button type="button" onClick={p.onShowUncounted} data-testid="submit-show-uncounted" autoFocus>
          {t('count.showNotCounted')}
        </button>
      ) : (
        <button type="button" onClick={p.onSubmit} disabled={p.busy} data-testid="confirm-submit" autoFocus>
          {p.busy ? t('count.submitting') : t('count.submitYes')}
        </button>
      )}
    </ConfirmFinal>
  );
}
