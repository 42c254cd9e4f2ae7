import { useEffect, useState } from 'react';
import type { SharingDefaults } from '../../../../electron/api/exchange';
import { SHARED_RECORD_LABELS, SHARED_RECORD_TYPES, TLP_LABELS, type TlpLabel } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { call } from '../../lib/api';

/** The label a record of each type carries when its own is blank. */
export function SharingDefaultsForm() {
  const defaults = useCoreQuery('sharing.defaults', {});
  const [draft, setDraft] = useState<SharingDefaults | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(defaults.data ?? null), [defaults.data]);
  if (!draft || !defaults.data) return null;
  const changed = SHARED_RECORD_TYPES.filter((t) => draft[t] !== defaults.data[t]);
  const save = async () => {
    setError(null);
    try {
      await call('sharing.setDefaults', Object.fromEntries(changed.map((t) => [t, draft[t]])));
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="sharing-defaults">
      <h2>Default labels</h2>
      <p>The TLP label of a record whose own label is blank. A row that combines records takes the strictest.</p>
      <div className="sharing-defaults-fields">
        {SHARED_RECORD_TYPES.map((t) => (
          <label key={t}>
            {SHARED_RECORD_LABELS[t]}{' '}
            <select
              aria-label={`Default label: ${SHARED_RECORD_LABELS[t]}`}
              value={draft[t]}
              onChange={(e) => {
                setSaved(false);
                setDraft({ ...draft, [t]: e.target.value as TlpLabel });
              }}
            >
              {TLP_LABELS.map((l) => (
                <option key={l} value={l}>
                  TLP:{l}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="button" disabled={changed.length === 0} onClick={() => void save()}>
        Save default labels
      </button>
      {saved && changed.length === 0 && <span role="status"> Saved.</span>}
      {error != null && <ErrorPanel error={error} title="The defaults were not saved" />}
    </section>
  );
}
