import { Fragment, type ReactNode } from 'react';
import { LOCALE_DEFAULTS } from '../../../electron/api/locale';
import { useCoreQuery } from '../app/queries';
import { adoptLocale, localeKey } from './current';
import type { Language } from './settings';

/**
 * Makes the language and the stored number and date preferences (`locale.get`) the locale every
 * formatter and parser uses, and draws the page again when they change: grid cells and plain
 * helpers (`num`, `date`) read the locale when they run, so a remount is what brings them along.
 */
export function LocaleProvider({ language, children }: { language: Language; children: ReactNode }) {
  const prefs = useCoreQuery('locale.get', {});
  // Drawn once the preferences are known, so a page never shows one date style and then another.
  if (prefs.isPending) return null;
  const locale = adoptLocale({ language, ...LOCALE_DEFAULTS, ...(prefs.data ?? {}) });
  return <Fragment key={localeKey(locale)}>{children}</Fragment>;
}
