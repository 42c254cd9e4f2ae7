import { useEffect, useState } from 'react';
import { readNumber } from '../../locale/current';
import { useCoreQuery } from '../../app/queries';
import { invoke } from '../../lib/api';
import { useT } from '../../i18n';
import { OutcomeText, refusedOutcome, type Outcome } from '../../app/Outcome';

/**
 * The installation's date rules: how many days back a document may be dated without a recorded
 * reason. Saved with the version read, so two people changing it at once cannot overwrite each other.
 */
export function DateRulesForm() {
  const t = useT();
  const rules = useCoreQuery('system.rules.get', {});
  const [days, setDays] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
  useEffect(() => {
    if (rules.data) setDays(String(rules.data.backdateLimitDays));
  }, [rules.data]);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!rules.data) return;
    const read = readNumber(days);
    const n = read.ok && read.value != null ? read.value : Number.NaN;
    const r = await invoke('system.rules.save', { backdateLimitDays: days.trim() === '' ? Number.NaN : n, version: rules.data.version });
    if (r.ok) setMessage({ kind: 'success', text: t('rules.saved', { days: r.value.backdateLimitDays }) });
    else setMessage(refusedOutcome(r.error));
  }

  return (
    <form className="date-rules" onSubmit={(e) => void save(e)} data-testid="date-rules">
      <h2>{t('rules.title')}</h2>
      <p className="hint">{t('rules.explain')}</p>
      <label>
        {t('rules.limit')}{' '}
        <input
          type="text"
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          disabled={!rules.data}
          data-testid="backdate-limit"
        />
      </label>{' '}
      <button type="submit" disabled={!rules.data || days === String(rules.data.backdateLimitDays)}>
        {t('common.save')}
      </button>
      <OutcomeText outcome={message} />
    </form>
  );
}
