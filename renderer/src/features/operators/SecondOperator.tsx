import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../../electron/api/result';
import { PinField } from '../../app/PinField';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';

/**
 * Four-eyes (issue 10): the "Second operator" dialog. An approver other than the operator at the
 * keyboard picks their name and types their PIN; the caller's operation runs with it. A refusal
 * about the second operator (wrong PIN, locked, not an approver) stays in the dialog; any other
 * refusal closes it and is the page's to show. Esc cancels. Whether it is needed is the core's
 * answer (`needsSecondOperator` beside the allowed actions): the window holds no copy of the rule.
 */
export interface SecondOperator {
  operatorId: string;
  pin: string;
}

/** A refusal the second operator can fix in the dialog (its issues point at `secondOperator`). */
export const aboutSecondOperator = (e: ApiError): boolean => Boolean(e.issues?.some((i) => i.path[0] === 'secondOperator'));

interface Pending {
  /** What is being checked ("Approve count FOB-N-CNT-2026-00002"). */
  action: string;
  /** Runs the operation with the second operator; null when it succeeded (or failed for a reason the page shows). */
  run: (second: SecondOperator) => Promise<ApiError | null>;
}

/** `ask(action, run)` opens the dialog; render `dialog` once in the page. */
export function useSecondOperator(): { ask: (action: string, run: Pending['run']) => void; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const dialog = pending ? <SecondOperatorDialog {...pending} onClose={() => setPending(null)} /> : null;
  return { ask: (action, run) => setPending({ action, run }), dialog };
}

function SecondOperatorDialog({ action, run, onClose }: Pending & { onClose: () => void }) {
  const t = useT();
  const status = useCoreQuery('system.status', {});
  const accounts = useCoreQuery('auth.operators', {});
  const me = status.data?.operator?.id;
  const now = new Date().toISOString();
  const approvers = (accounts.data ?? []).filter(
    (o) => o.id !== me && (o.role === 'approver' || o.role === 'administrator') && !(o.lockedUntil && o.lockedUntil > now),
  );
  const [operatorId, setOperatorId] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => {
    if (!operatorId && approvers.length === 1) setOperatorId(approvers[0].id);
  }, [operatorId, approvers]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const refused = await run({ operatorId, pin });
    setBusy(false);
    setPin('');
    if (refused && aboutSecondOperator(refused)) setError(refused.message);
    else onClose();
  }

  return (
    <div className="lock-overlay" data-testid="second-operator">
      <form className="lock-box" role="dialog" aria-modal="true" aria-label={t('fourEyes.dialogTitle')} onSubmit={(e) => void submit(e)}>
        <h2>{t('fourEyes.dialogTitle')}</h2>
        <p>
          <strong>{action}</strong>
        </p>
        <p className="hint">{t('fourEyes.dialogHint')}</p>
        {accounts.data && approvers.length === 0 ? (
          <p className="error-text" role="alert">
            {t('fourEyes.noApprover')}
          </p>
        ) : (
          <>
            <label className="field">
              <span>{t('fourEyes.approver')}</span>
              <select name="second-operator" value={operatorId} onChange={(e) => setOperatorId(e.target.value)} autoFocus>
                <option value="">{t('fourEyes.chooseApprover')}</option>
                {approvers.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.displayName}
                  </option>
                ))}
              </select>
            </label>
            <PinField label={t('fourEyes.pin')} name="second-operator-pin" value={pin} onChange={setPin} error={error ?? undefined} />
          </>
        )}
        <div className="lock-actions">
          <button type="submit" className="primary" disabled={busy || !operatorId || pin === ''} data-testid="second-operator-confirm">
            {busy ? t('signIn.checking') : t('fourEyes.confirm')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
