import { useEffect, useState } from 'react';
import { readNumber } from '../../locale/current';
import { useCoreQuery } from '../../app/queries';
import { usePermission } from '../../app/session';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { OutcomeText, refusedOutcome, type Outcome } from '../../app/Outcome';

/** The idle lock's time (administrators): minutes without a key or click before the window asks for the PIN again. */
export function IdleLockForm() {
  const t = useT();
  const status = useCoreQuery('system.status', {});
  const mayChange = usePermission('settings');
  const [minutes, setMinutes] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
  const stored = status.data?.idleLockMinutes;
  useEffect(() => {
    if (stored !== undefined) setMinutes(String(stored));
  }, [stored]);
  if (!mayChange) return null;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const read = readNumber(minutes);
    const r = await invoke('system.idleLock.save', { minutes: read.ok && read.value != null ? read.value : Number.NaN });
    if (r.ok) setMessage({ kind: 'success', text: t('lock.settingsSaved', { minutes: r.value.idleLockMinutes }) });
    else setMessage(refusedOutcome(r.error));
  }

  return (
    <form className="date-rules" onSubmit={(e) => void save(e)} data-testid="idle-lock-settings">
      <h2>{t('lock.settingsTitle')}</h2>
      <p className="hint">{t('lock.settingsHint')}</p>
      <label>
        {t('field.idleLockMinutes')}{' '}
        <input type="text" inputMode="decimal" value={minutes} onChange={(e) => setMinutes(e.target.value)} name="idle-lock-minutes" />
      </label>{' '}
      <button type="submit" disabled={minutes === String(stored)}>
        {t('lock.settingsSave')}
      </button>
      <OutcomeText outcome={message} />
    </form>
  );
}
