import { useState } from 'react';
import type { LocalePreferences } from '../../../../electron/api/locale';
import { explain } from '../../app/errors';
import { queryClient, useCoreQuery } from '../../app/queries';
import { invoke } from '../../lib/api';
import { formatDate, formatNumber } from '../../locale/format';
import { useLocale } from '../../locale/current';

const SAMPLE_DAY = '2026-11-30';

/**
 * How numbers and dates are written on this installation: English as in Britain or the United
 * States, Arabic with Western or Eastern Arabic digits, and one date style everywhere (the
 * language's own order or ISO). Each choice shows what it looks like; saved at once.
 */
export function LocaleForm() {
  const prefs = useCoreQuery('locale.get', {});
  const locale = useLocale();
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
      <h2>Numbers and dates</h2>
      <p className="hint">Typed and pasted numbers and dates are read the same way. Times are always on the 24-hour clock.</p>
      <label>
        Dates{' '}
        <select
          name="dateStyle"
          value={p?.dateStyle ?? 'locale'}
          disabled={!p}
          onChange={(e) => void choose({ dateStyle: e.target.value as LocalePreferences['dateStyle'] })}
        >
          <option value="locale">In the language’s order ({sample({ dateStyle: 'locale' })})</option>
          <option value="iso">ISO, year first ({sample({ dateStyle: 'iso' })})</option>
        </select>
      </label>{' '}
      <label>
        English as written in{' '}
        <select
          name="englishRegion"
          value={p?.englishRegion ?? 'GB'}
          disabled={!p}
          onChange={(e) => void choose({ englishRegion: e.target.value as LocalePreferences['englishRegion'] })}
        >
          <option value="GB">Britain (30/11/2026)</option>
          <option value="US">the United States (11/30/2026)</option>
        </select>
      </label>{' '}
      <label>
        Arabic digits{' '}
        <select
          name="arabicDigits"
          value={p?.arabicDigits ?? 'latn'}
          disabled={!p}
          onChange={(e) => void choose({ arabicDigits: e.target.value as LocalePreferences['arabicDigits'] })}
        >
          <option value="latn">Western (0123456789)</option>
          <option value="arab">Eastern Arabic (٠١٢٣٤٥٦٧٨٩)</option>
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
