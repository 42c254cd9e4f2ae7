import { useEffect, useState } from 'react';
import type { SharingDefaults } from '../../../../electron/api/exchange';
import type { MessageKey } from '../../../../electron/api/i18n';
import { SHARED_RECORD_TYPES, TLP_LABELS, type SharedRecordType, type TlpLabel } from '../../../../electron/api/vocabularies';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { call } from '../../lib/api';

const RECORD_KEYS: Record<SharedRecordType, MessageKey> = {
  organisation: 'vocab.sharedRecord.organisation',
  contact: 'vocab.sharedRecord.contact',
  agreement: 'vocab.sharedRecord.agreement',
  site: 'vocab.sharedRecord.site',
  item: 'vocab.sharedRecord.item',
  document: 'vocab.sharedRecord.document',
  request: 'vocab.sharedRecord.request',
  vehicle: 'vocab.sharedRecord.vehicle',
  convoy: 'vocab.sharedRecord.convoy',
  audit: 'vocab.sharedRecord.audit',
};

/** The label a record of each type carries when its own is blank. */
export function SharingDefaultsForm() {
  const t = useT();
  const defaults = useCoreQuery('sharing.defaults', {});
  const [draft, setDraft] = useState<SharingDefaults | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(defaults.data ?? null), [defaults.data]);
  if (!draft || !defaults.data) return null;
  const changed = SHARED_RECORD_TYPES.filter((k) => draft[k] !== defaults.data[k]);
  const save = async () => {
    setError(null);
    try {
      await call('sharing.setDefaults', Object.fromEntries(changed.map((k) => [k, draft[k]])));
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="sharing-defaults">
      <h2>{t('sharing.defaultsTitle')}</h2>
      <p>{t('sharing.defaultsLead')}</p>
      <div className="sharing-defaults-fields">
        {SHARED_RECORD_TYPES.map((k) => (
          <label key={k}>
            {t(RECORD_KEYS[k])}{' '}
            <select
              aria-label={t('sharing.defaultLabelOf', { type: t(RECORD_KEYS[k]) })}
              value={draft[k]}
              onChange={(e) => {
                setSaved(false);
                setDraft({ ...draft, [k]: e.target.value as TlpLabel });
              }}
            >
              {TLP_LABELS.map((l) => (
                <option key={l} value={l}>
                  {t('tlp.label', { label: l })}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="button" disabled={changed.length === 0} onClick={() => void save()}>
        {t('sharing.saveDefaults')}
      </button>
      {saved && changed.length === 0 && <span role="status"> {t('sharing.saved')}</span>}
      {error != null && <ErrorPanel error={error} title={t('sharing.notSaved')} />}
    </section>
  );
}
