import { useState, type FormEvent } from 'react';
import type { SystemStatus } from '../../../electron/api/system';
import { invoke } from '../lib/api';
import { useT } from '../i18n';
import { ErrorPanel } from './ErrorPanel';
import { ROLE_KEYS } from './roles';
import { explain } from './errors';
import { PinField } from './PinField';
import { useCoreQuery } from './queries';
import { sessionChanged } from './session';

/**
 * Who is at the keyboard: choose your name, type your PIN. The core checks the PIN and keeps the
 * verified operator for this window; every change is recorded under that name.
 */
export function SignInScreen({ status }: { status: SystemStatus }) {
  const t = useT();
  const choices = useCoreQuery('auth.operators', {});
  const [operatorId, setOperatorId] = useState('');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!operatorId) return setMessage(t('signIn.chooseFirst'));
    setBusy(true);
    const r = await invoke('auth.signIn', { operatorId, pin });
    setBusy(false);
    setPin('');
    if (!r.ok) {
      setMessage(r.error.message);
      void choices.refetch();
      return;
    }
    await sessionChanged();
  }

  if (choices.isError) return <ErrorPanel error={choices.error} title={t('signIn.listFailed')} onRetry={() => void choices.refetch()} />;
  const list = choices.data ?? [];
  return (
    <div className="setup">
      <form onSubmit={submit} className="setup-card sign-in" aria-label={t('signIn.formLabel')}>
        <h1>{t('signIn.title')}</h1>
        <p className="lead">
          {status.homeOrganisation ? `${status.homeOrganisation.shortName} · ${status.homeOrganisation.name}. ` : ''}
          {t('signIn.lead')}
        </p>
        <fieldset className="choice-group">
          <legend>{t('signIn.who')}</legend>
          {list.map((o) => (
            <label className="choice" key={o.id}>
              <input type="radio" name="operator" value={o.id} checked={operatorId === o.id} onChange={() => setOperatorId(o.id)} />
              <span>
                <strong>{o.displayName}</strong>
                <small>
                  {t(ROLE_KEYS[o.role])}
                  {o.lockedUntil ? ` · ${t('signIn.locked', { time: o.lockedUntil.slice(11, 16) })}` : ''}
                </small>
              </span>
            </label>
          ))}
        </fieldset>
        <PinField
          label={t('signIn.pin')}
          name="pin"
          value={pin}
          onChange={setPin}
          autoFocus={list.length === 1}
          hint={t('signIn.pinHint')}
        />
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy || !pin}>
          {busy ? t('signIn.checking') : t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}

/** A database set up before operator accounts existed: its first start after the upgrade creates the administrator. */
export function FirstAdministratorScreen() {
  const t = useT();
  const [form, setForm] = useState({ name: '', title: '', pin: '', again: '' });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.pin !== form.again) return setMessage(t('setup.pinsDiffer'));
    setBusy(true);
    const r = await invoke('auth.createAdministrator', { name: form.name, title: form.title, pin: form.pin });
    setBusy(false);
    if (!r.ok) {
      const { message: m, fix } = explain(r.error);
      return setMessage(`${m} ${fix}`);
    }
    await sessionChanged();
  }

  return (
    <div className="setup">
      <form onSubmit={submit} className="setup-card" aria-label={t('firstAdmin.formLabel')}>
        <h1>{t('firstAdmin.title')}</h1>
        <p className="lead">{t('firstAdmin.lead')}</p>
        <label className="field">
          <span>{t('setup.yourName')}</span>
          <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('setup.title')}</span>
          <input name="title" value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          <small>{t('setup.titleHint')}</small>
        </label>
        <PinField
          label={t('signIn.pin')}
          name="pin"
          value={form.pin}
          onChange={(pin) => setForm({ ...form, pin })}
          hint={t('setup.pinHint')}
        />
        <PinField label={t('setup.pinAgain')} name="pin-again" value={form.again} onChange={(again) => setForm({ ...form, again })} />
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('firstAdmin.creating') : t('firstAdmin.submit')}
        </button>
      </form>
    </div>
  );
}
