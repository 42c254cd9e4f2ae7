import { useSyncExternalStore } from 'react';
import { setMessageLocale } from '../../../electron/api/i18n/current';
import { formatDate, formatDateTime, formatEditable, formatNumber, formatTime } from './format';
import { parseDate, parseNumber } from './parse';
import { DEFAULT_LOCALE, isRtl, type LocaleSettings } from './settings';

/**
 * The locale the window formats and parses with. One module-level value (set by LocaleProvider
 * from the language choice and the stored settings) so plain helpers such as `num()` and
 * `date()` need no hook; the page is rendered again when it changes.
 */
let current: LocaleSettings = DEFAULT_LOCALE;
const listeners = new Set<() => void>();

export function setLocale(next: LocaleSettings): void {
  if (localeKey(next) === localeKey(current)) return;
  current = next;
  listeners.forEach((l) => l());
}

/**
 * The same, for LocaleProvider while it renders: its subtree is remounted under the new locale,
 * so nobody needs telling (and telling subscribers during a render is what React forbids).
 */
export function adoptLocale(next: LocaleSettings): LocaleSettings {
  if (localeKey(next) !== localeKey(current)) current = next;
  // Messages worded in the window (the schemas' cell refusals) write dates the same way.
  const { language: _language, ...prefs } = current;
  setMessageLocale(prefs);
  return current;
}

export const localeKey = (s: LocaleSettings) => `${s.language}|${s.englishRegion}|${s.arabicDigits}|${s.dateStyle}`;

export const getLocale = (): LocaleSettings => current;

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The current locale, re-rendering the caller when it changes. */
export const useLocale = (): LocaleSettings => useSyncExternalStore(subscribe, getLocale);

/** Shorthands in the current locale. */
export const num = (n: number | null | undefined) => formatNumber(n, current);
export const editableNum = (n: number | null | undefined) => formatEditable(n, current);
export const date = (iso: string | null | undefined) => formatDate(iso, current);
export const dateTime = (iso: string | null | undefined, seconds = false) => formatDateTime(iso, current, seconds);
export const time = (iso: string | null | undefined) => formatTime(iso, current);
export const readNumber = (text: string) => parseNumber(text, current);
export const readDate = (text: string) => parseDate(text, current);

/** AG Grid's `enableRtl` for the current language (grids are drawn again when it changes). */
export const gridRtl = (): boolean => isRtl(current.language);

/**
 * Where a grid pins a column at the start (a row's code) or the end (its quantity) of the reading
 * direction: AG Grid's `pinned: 'left'` stays on the left in RTL, so an Arabic grid pins its codes
 * on the right. Read while the columns are built (they are built again when the language changes).
 */
export const pinnedStart = (): 'left' | 'right' => (gridRtl() ? 'right' : 'left');
/**
 * The quantity stays in view on the right in both directions: in RTL, AG Grid drew a block pinned
 * left offset past the grid's edge (the numbers were cut off at 1280 px), so an Arabic grid keeps
 * the quantity beside the code, where the reader starts.
 */
export const pinnedEnd = (): 'left' | 'right' => 'right';
