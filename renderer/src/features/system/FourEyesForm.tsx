import { useEffect, useState } from 'react';
import type { FourEyesRules } from '../../../../electron/api/four-eyes';
import { useCoreQuery } from '../../app/queries';
import { usePermission } from '../../app/session';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { readNumber } from '../../locale/current';
import { OutcomeText, refusedOutcome, type Outcome } from '../../app/Outcome';

type Flag = 'countApproval' | 'reversals' | 'adjustments' | 'exportsAboveGreen';

/** Four-eyes (administrators): which operations need a second operator, an approver typing their PIN at this laptop. */
export function FourEyesForm() {
  const t = useT();
  const stored = useCoreQuery('system.fourEyes.get', {});
  const mayChange = usePermission('settings');
  const [draft, setDraft] = useState<FourEyesRules | null>(null);
  const [threshold, setThreshold] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
  useEffect(() => {
    if (stored.data) {
      setDraft(stored.data);
      setThreshold(String(stored.data.adjustmentQuantity));
    }
  }, [stored.data]);
  if (!mayChange || !draft) return null;

  const flags: { key: Flag; label: string }[] = [
    { key: 'countApproval', label: t('field.fourEyes.countApproval') },
    { key: 'reversals', label: t('field.fourEyes.reversals') },
    { key: 'adjustments', label: t('field.fourEyes.adjustments') },
    { key: 'exportsAboveGreen', label: t('field.fourEyes.exportsAboveGreen') },
  ];

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const read = readNumber(threshold);
    const r = await invoke('system.fourEyes.save', {
      ...draft,
      adjustmentQuantity: read.ok && read.value != null ? read.value : Number.NaN,
    });
    if (r.ok) setMessage({ kind: 'success', text: t('fourEyes.saved') });
    else setMessage(refusedOutcome(r.error));
  }

  return (
    <form className="date-rules" onSubmit={(e) => void save(e)} data-testid="four-eyes-settings">
      <h2>{t('fourEyes.settingsTitle')}</h2>
      <p className="hint">{t('fourEyes.settingsHint')}</p>
      {flags.map((f) => (
        <label key={f.key} className="checkbox">
          <input
            type="checkbox"
            name={`four-eyes-${f.key}`}
            checked={draft[f.key]}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.checked })}
          />{' '}
          {f.label}
        </label>
      ))}
      <label>
        {t('fourEyes.thresholdLabel')}{' '}
        <input
          type="text"
          inputMode="numeric"
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
          name="four-eyes-threshold"
        />
      </label>
      <p className="hint">{t('fourEyes.thresholdHint')}</p>
      <button type="submit">{t('fourEyes.save')}</button>
      <OutcomeText outcome={message} />
    </form>
  );
}
