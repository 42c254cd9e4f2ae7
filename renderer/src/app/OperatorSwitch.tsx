import type { SessionOperator } from '../../../electron/api/operators';
import { useT } from '../i18n';
import { invoke } from '../lib/api';
import { ROLE_KEYS } from './roles';
import { sessionChanged } from './session';

/** "Operator: name · role" and a way to hand the keyboard over: signing out leads to the sign-in screen. */
export function OperatorSwitch({ operator }: { operator: SessionOperator | null }) {
  const t = useT();
  async function switchOperator() {
    await invoke('auth.signOut', {});
    await sessionChanged();
  }
  return (
    <span className="operator">
      {t('operator.label')} <strong data-testid="operator-name">{operator?.displayName}</strong>
      {operator && <span className="muted"> · {t(ROLE_KEYS[operator.role])}</span>}
      <button type="button" className="topbar-button" onClick={() => void switchOperator()}>
        {t('operator.switch')}
      </button>
    </span>
  );
}
