import type { MessageKey } from './en';
import { DEFAULT_LANGUAGE, type Language } from './languages';
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

/** A catalogue message in the current language. */
export const say = (key: MessageKey, params?: MessageParams): string => translator(current)(key, params);

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
