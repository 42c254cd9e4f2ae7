import { useState } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../electron/api/i18n';
import { queryClient } from '../app/queries';
import { invoke } from '../lib/api';
import { applyLanguage, useLanguage, useT } from '.';

/** The language chooser (setup screen and top bar): the core remembers it for the operator. */
export function LanguagePicker({ className, withHint }: { className?: string; withHint?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const [error, setError] = useState('');

  async function choose(next: Language) {
    applyLanguage(next); // at once; the core's answer confirms it
    const r = await invoke('system.setLanguage', { language: next });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError('');
    // Everything, not only the status: records carry texts the core worded (workflow labels and
    // refusals, load and notice warnings), read again in the new language.
    await queryClient.invalidateQueries();
  }

  return (
    <label className={className ?? 'language-picker'}>
      <span>{t('language.label')}</span>{' '}
      <select name="language" value={language} onChange={(e) => void choose(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      {withHint && <small>{t('language.hint')}</small>}
      {error && <em className="topbar-error">{error}</em>}
    </label>
  );
}
