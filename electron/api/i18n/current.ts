import type { MessageKey } from './en';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import { DEFAULT_LOCALE, formatDate, formatDateTime, type LocaleSettings } from './locale-format';
import { translator, type MessageParams } from './translate';

/*
 * The language messages are written in right now. The core sets it at the start of each call
 * to the language of the operator at the keyboard (one operator per core at a time); the
 * renderer sets it when the screen's language changes, so the contract's schemas word their
 * refusals in the reader's language on both sides. Schemas read it when they refuse a value
 * (zod's `error` functions), not when they are built.
 */
let current: Language = DEFAULT_LANGUAGE;

export function setMessageLanguage(language: Language): void {
  current = language;
}

export const messageLanguage = (): Language => current;

/** How the installation writes dates and numbers (`locale.get`): region, digits, date style. */
export type LocalePrefs = Omit<LocaleSettings, 'language'>;
const { language: _language, ...DEFAULT_PREFS } = DEFAULT_LOCALE;
let prefs: LocalePrefs | (() => LocalePrefs) = DEFAULT_PREFS;

/**
 * The date style messages use, set beside the language at the start of each call. A function is
 * read only when a message first holds a date (most calls never word one), then kept.
 */
export function setMessageLocale(next: LocalePrefs | (() => LocalePrefs)): void {
  prefs = next;
}

/** The reader's locale: the message language with the installation's date and digit settings. */
export function messageLocale(): LocaleSettings {
  if (typeof prefs === 'function') {
    // The installation's settings, read once; a core already closed (a print made after it) has none: the defaults.
    try {
      prefs = prefs();
    } catch {
      prefs = DEFAULT_PREFS;
    }
  }
  return { language: current, ...prefs };
}

/**
 * A day inside a message, as the reader's screens write it (30/11/2026, 11/30/2026, ISO when
 * chosen): the same formatter the renderer uses. Messages never hold a bare ISO day.
 */
export const sayDay = (iso: string | null | undefined): string => formatDate(iso, messageLocale());

/** A moment (ISO timestamp) inside a message, in local time as the screens show it: 30/11/2026 15:03. */
export const sayMoment = (iso: string | null | undefined): string => formatDateTime(iso, messageLocale());

/**
 * Messages without placeholders, per language, once worded: a vocabulary label is read once per
 * cell of an export (100,000 rows), and i18next's lookup cost more than writing the cell.
 */
const plain = new Map<Language, Map<MessageKey, string>>();

/** A catalogue message in the current language. */
export const say = (key: MessageKey, params?: MessageParams): string => {
  if (params) return translator(current)(key, params);
  let words = plain.get(current);
  if (!words) plain.set(current, (words = new Map()));
  let text = words.get(key);
  if (text === undefined) words.set(key, (text = translator(current)(key)));
  return text;
};

/** A zod error option whose message is worded when the value is refused: `.min(1, sayLater('…'))`. */
export const sayLater = (key: MessageKey, params?: MessageParams | (() => MessageParams)) => ({
  error: () => say(key, typeof params === 'function' ? params() : params),
});

/**
 * A vocabulary's labels, each worded in the current message language when it is read (a grid,
 * a select, an export, a refusal): `CONDITION_LABELS.good` is "Good", « Bon » or «سليم» by who
 * reads it. Built once at module load from literal keys; nothing is translated until read.
 */
export function sayingLabels<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const labels = {} as Record<K, string>;
  for (const value of Object.keys(keys) as K[]) {
    Object.defineProperty(labels, value, { get: () => say(keys[value]), enumerable: true });
  }
  return labels;
}
