import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SystemStatus } from '../../../electron/api/system';
import { useT } from '../i18n';
import { invoke, LOCKED_EVENT } from '../lib/api';
import { PinField } from './PinField';
import { queryClient } from './queries';
import { sessionChanged } from './session';

/** Keys and clicks are activity; moving the mouse over the screen is not (a bumped desk is not someone working). */
const ACTIVITY = ['keydown', 'mousedown', 'touchstart', 'wheel'] as const;
/** How often the window tells the core it is in use while the operator types without saving. */
const TOUCH_EVERY_MS = 30_000;

/**
 * The idle lock (issue 10): after the settings' idle time without a key or click, or when the
 * core refuses a call as locked, an overlay asks for the signed-in operator's PIN. It covers the
 * page instead of replacing it, so a half-filled form or an unsaved cell is still there after the
 * PIN. Someone else may sign in instead (that leaves the page).
 */
export function IdleLock({ status }: { status: SystemStatus }) {
  const t = useT();
  const [lockedHere, setLockedHere] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lastActivity = useRef(Date.now());
  const lastTouch = useRef(Date.now());
  const locked = status.locked || lockedHere;
  const idleMs = status.idleLockMinutes * 60_000;

  useEffect(() => {
    const onLocked = () => setLockedHere(true);
    window.addEventListener(LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(LOCKED_EVENT, onLocked);
  }, []);

  useEffect(() => {
    if (locked) return;
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastTouch.current > TOUCH_EVERY_MS) {
        lastTouch.current = now;
        void invoke('auth.touch', {});
      }
    };
    for (const e of ACTIVITY) window.addEventListener(e, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current < idleMs) return;
      setLockedHere(true);
      void invoke('auth.lock', {});
    }, 1000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [locked, idleMs]);

  if (!locked || !status.operator) return null;

  async function unlock(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await invoke('auth.unlock', { pin });
    setBusy(false);
    setPin('');
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    lastActivity.current = Date.now();
    setLockedHere(false);
    // Reads refused while locked are read again; the page's own state (unsaved work) stays.
    await queryClient.invalidateQueries();
  }

  async function someoneElse() {
    await invoke('auth.signOut', {});
    await sessionChanged();
  }

  return (
    <div className="lock-overlay" data-testid="idle-lock">
      <form className="lock-box" role="dialog" aria-modal="true" aria-label={t('lock.title')} onSubmit={(e) => void unlock(e)}>
        <h2>{t('lock.title')}</h2>
        <p>{t('lock.lead', { name: status.operator.displayName, minutes: status.idleLockMinutes })}</p>
        <PinField label={t('signIn.pin')} name="unlock-pin" value={pin} onChange={setPin} error={error ?? undefined} autoFocus />
        <div className="lock-actions">
          <button type="submit" className="primary" disabled={busy || pin === ''}>
            {busy ? t('signIn.checking') : t('lock.unlock')}
          </button>
          <button type="button" onClick={() => void someoneElse()}>
            {t('lock.someoneElse')}
          </button>
        </div>
      </form>
    </div>
  );
}
