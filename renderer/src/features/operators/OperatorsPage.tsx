import { useState, type FormEvent } from 'react';
import type { OperatorView } from '../../../../electron/api/operators';
import { ROLES, type Role } from '../../../../electron/api/permissions';
import { explain } from '../../app/errors';
import { PinField } from '../../app/PinField';
import { useCoreQuery } from '../../app/queries';
import { ROLE_KEYS } from '../../app/roles';
import { usePermission } from '../../app/session';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { OutcomeText, type Outcome } from '../../app/Outcome';

/**
 * Operators (administrators): who may sign in, in which role; add one, change a role, reset a
 * forgotten PIN (which also lifts a lock), disable and enable. Every change is in the audit trail.
 */
export default function OperatorsPage() {
  const t = useT();
  const allowed = usePermission('operators');
  const list = useCoreQuery('operators.list', {});
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!allowed) return <p className="hint">{t('operators.adminsOnly')}</p>;

  async function update(op: OperatorView, change: Partial<Pick<OperatorView, 'role' | 'active'>>) {
    const r = await invoke('operators.update', {
      id: op.id,
      version: op.version,
      name: op.name,
      title: op.title,
      organisationId: op.organisationId,
      language: op.language,
      role: change.role ?? op.role,
      active: change.active ?? op.active,
    });
    setOutcome(
      r.ok ? { kind: 'success', text: t('operators.saved', { name: op.name }) } : { kind: 'error', text: explain(r.error).message },
    );
  }

  return (
    <div className="operators-page">
      <AddOperator onDone={setOutcome} />
      <OutcomeText outcome={outcome} />
      {list.isError && <p className="error-text">{explain(list.error).message}</p>}
      <table className="operators-table" data-testid="operators">
        <thead>
          <tr>
            <th>{t('field.name')}</th>
            <th>{t('field.role')}</th>
            <th>{t('operators.state')}</th>
            <th>{t('operators.pinColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((op) => (
            <tr key={op.id} data-operator={op.name} data-version={op.version} className={op.active ? undefined : 'muted'}>
              <td>{op.title ? `${op.title} ${op.name}` : op.name}</td>
              <td>
                <select
                  aria-label={t('operators.roleOf', { name: op.name })}
                  value={op.role}
                  onChange={(e) => void update(op, { role: e.target.value as Role })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(ROLE_KEYS[r])}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {op.active ? t('operators.active') : t('operators.disabled')}{' '}
                <button type="button" onClick={() => void update(op, { active: !op.active })}>
                  {op.active ? t('operators.disable') : t('operators.enable')}
                </button>
              </td>
              <td>
                {op.lockedUntil && <span className="error-text">{t('signIn.locked', { time: op.lockedUntil.slice(11, 16) })} </span>}
                <ResetPin op={op} onDone={setOutcome} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResetPin({ op, onDone }: { op: OperatorView; onDone: (o: Outcome) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('operators.resetPin')}
      </button>
    );
  }
  async function save(e: FormEvent) {
    e.preventDefault();
    const r = await invoke('operators.resetPin', { id: op.id, version: op.version, pin });
    onDone(
      r.ok ? { kind: 'success', text: t('operators.pinReset', { name: op.name }) } : { kind: 'error', text: explain(r.error).message },
    );
    if (r.ok) setOpen(false);
    setPin('');
  }
  return (
    <form className="inline-form" onSubmit={(e) => void save(e)}>
      <PinField label={t('field.newPin')} name="new-pin" value={pin} onChange={setPin} autoFocus />
      <button type="submit" className="primary" disabled={pin === ''}>
        {t('operators.setPin')}
      </button>
    </form>
  );
}

function AddOperator({ onDone }: { onDone: (o: Outcome) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [role, setRole] = useState<Role>('storekeeper');
  const [pin, setPin] = useState('');
  async function add(e: FormEvent) {
    e.preventDefault();
    const r = await invoke('operators.create', { name, title: title || null, role, pin });
    if (r.ok) {
      onDone({ kind: 'success', text: t('operators.added', { name: r.value.name }) });
      setName('');
      setTitle('');
      setPin('');
    } else onDone({ kind: 'error', text: explain(r.error).message });
  }
  return (
    <form className="operator-add" onSubmit={(e) => void add(e)} aria-label={t('operators.add')}>
      <h2>{t('operators.add')}</h2>
      <label className="field">
        <span>{t('field.name')}</span>
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('field.rankOrTitle')}</span>
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('field.role')}</span>
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_KEYS[r])}
            </option>
          ))}
        </select>
      </label>
      <PinField label={t('field.pin')} name="pin" value={pin} onChange={setPin} hint={t('setup.pinHint')} />
      <button type="submit" className="primary" disabled={name.trim() === '' || pin === ''}>
        {t('operators.addSubmit')}
      </button>
    </form>
  );
}
