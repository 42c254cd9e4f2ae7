import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { ar } from './ar';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/** Values a message's ICU placeholders take: `{count, plural, …}`, `{site}`. */
export type MessageParams = Record<string, string | number | Date>;

/** A message to show later, in whatever language the reader has: a catalogue key and its values. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, fr, ar };

/**
 * One i18next instance with ICU message format (i18next-icu over intl-messageformat), all
 * catalogues loaded synchronously: keys are flat strings with dots, so no key or namespace
 * separators. Missing keys fall back to English (the catalogue test keeps that from happening).
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  // Arabic numbers in Western digits (the field's default; issue 9 point 4).
  void instance.use(new ICU({ parseLngForICU: (lng) => (lng === 'ar' ? 'ar-u-nu-latn' : lng) })).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React and exports escape; a message is plain text
  });
  return instance;
}

const byLanguage = new Map<Language, Translate>();

/** The translate function for one language (the core renders refusals with it; cached). */
export function translator(language: Language): Translate {
  let t = byLanguage.get(language);
  if (!t) {
    const fixed = createI18n(language).getFixedT(language);
    t = (key, params) => fixed(key, params ?? {});
    byLanguage.set(language, t);
  }
  return t;
}

export const renderMessage = (language: Language, m: Message): string => translator(language)(m.key, m.params);
