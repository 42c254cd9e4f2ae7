import { useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { invoke } from '../lib/api';
import { queryClient } from './queries';

/** "Operator: name" with a way to hand the keyboard over; every later change is recorded under the new name. */
export function OperatorSwitch({ operator }: { operator: string | null }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(operator ?? '');
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await invoke('system.setOperator', { operator: name });
    if (!r.ok) {
      setError(r.error.issues?.[0]?.message ?? r.error.message);
      return;
    }
    setError('');
    setEditing(false);
    await queryClient.invalidateQueries({ queryKey: ['system.status'] });
  }

  if (!editing) {
    return (
      <span className="operator">
        {t('operator.label')} <strong data-testid="operator-name">{operator}</strong>
        <button
          type="button"
          className="topbar-button"
          onClick={() => {
            setName(operator ?? '');
            setEditing(true);
          }}
        >
          {t('operator.switch')}
        </button>
      </span>
    );
  }
  return (
    <form className="operator operator-form" onSubmit={submit}>
      <label>
        {t('operator.who')}{' '}
        <input
          autoFocus
          value={name}
          name="operator"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        />
      </label>
      <button type="submit" className="topbar-button">
        {t('operator.submit')}
      </button>
      <button type="button" className="topbar-button" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </button>
      {error && <em className="topbar-error">{error}</em>}
    </form>
  );
}
