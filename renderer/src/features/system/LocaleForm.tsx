import { useState } from 'react';
import type { LocalePreferences } from '../../../../electron/api/locale';
import { explain } from '../../app/errors';
import { queryClient, useCoreQuery } from '../../app/queries';
import { invoke } from '../../lib/api';
import { formatDate, formatNumber } from '../../locale/format';
import { useLocale } from '../../locale/current';
import { useT } from '../../i18n';

const SAMPLE_DAY = '2026-11-30';

/**
 * How numbers and dates are written on this installation: English as in Britain or the United
 * States, Arabic with Western or Eastern Arabic digits, and one date style everywhere (the
 * language's own order or ISO). Each choice shows what it looks like; saved at once.
 */
export function LocaleForm() {
  const prefs = useCoreQuery('locale.get', {});
  const locale = useLocale();
  const t = useT();
  const [error, setError] = useState<string | null>(null);

  async function choose(change: Partial<LocalePreferences>) {
    const r = await invoke('locale.save', change);
    if (!r.ok) {
      setError(explain(r.error).message);
      return;
    }
    setError(null);
    queryClient.setQueryData(['locale.get', {}], r.value);
    await queryClient.invalidateQueries({ queryKey: ['locale.get'] });
  }

  const p = prefs.data;
  const sample = (over: Partial<LocalePreferences>) => {
    const s = { ...locale, ...p, ...over };
    return `${formatDate(SAMPLE_DAY, s)} · ${formatNumber(1234.5, s)}`;
  };
  return (
    <form className="locale-form" data-testid="locale-form" onSubmit={(e) => e.preventDefault()}>
      <h2>{t('locale.settings.title')}</h2>
      <p className="hint">{t('locale.settings.hint')}</p>
      <label>
        {t('locale.settings.dates')}{' '}
        <select
          name="dateStyle"
          value={p?.dateStyle ?? 'locale'}
          disabled={!p}
          onChange={(e) => void choose({ dateStyle: e.target.value as LocalePreferences['dateStyle'] })}
        >
          <option value="locale">{t('locale.settings.datesLocale', { sample: sample({ dateStyle: 'locale' }) })}</option>
          <option value="iso">{t('locale.settings.datesIso', { sample: sample({ dateStyle: 'iso' }) })}</option>
        </select>
      </label>{' '}
      <label>
        {t('locale.settings.english')}{' '}
        <select
          name="englishRegion"
          value={p?.englishRegion ?? 'GB'}
          disabled={!p}
          onChange={(e) => void choose({ englishRegion: e.target.value as LocalePreferences['englishRegion'] })}
        >
          <option value="GB">{t('locale.settings.englishGB')}</option>
          <option value="US">{t('locale.settings.englishUS')}</option>
        </select>
      </label>{' '}
      <label>
        {t('locale.settings.arabicDigits')}{' '}
        <select
          name="arabicDigits"
          value={p?.arabicDigits ?? 'latn'}
          disabled={!p}
          onChange={(e) => void choose({ arabicDigits: e.target.value as LocalePreferences['arabicDigits'] })}
        >
          <option value="latn">{t('locale.settings.digitsLatn')}</option>
          <option value="arab">{t('locale.settings.digitsArab')}</option>
        </select>
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
