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
