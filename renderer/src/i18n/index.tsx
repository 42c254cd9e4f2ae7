import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import {
  createI18n,
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_DIRECTIONS,
  type Language,
  type MessageKey,
  type MessageParams,
  type Translate,
  setMessageLanguage,
} from '../../../electron/api/i18n';

/*
 * The renderer's side of the catalogues (electron/api/i18n): `useT()` in components, `t()` in
 * code that runs while rendering (column definitions, labels). Both take a catalogue key, so a
 * missing or misspelt key fails the typecheck.
 */

const i18n = createI18n(DEFAULT_LANGUAGE);

/** Outside components: the current language's text (call it while rendering, never at module load). */
export const t: Translate = (key: MessageKey, params?: MessageParams) => i18n.t(key, params ?? {});

/** The translate function; the component re-renders when the language changes. */
export function useT(): Translate {
  useTranslation();
  return t;
}

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);

/** Shows the app in `language`: texts, `<html lang>` and the writing direction. */
export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  setMessageLanguage(language); // the contract's schemas word cell refusals in it too
  if (typeof document === 'undefined') return; // the renderer's logic tested outside a page
  document.documentElement.lang = language;
  document.documentElement.dir = LANGUAGE_DIRECTIONS[language];
}

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** Follows the language the core remembers for the operator at the keyboard. */
export function useFollowLanguage(language: Language | undefined): void {
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
}
