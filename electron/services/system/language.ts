import type { Db } from '../../../db/open';
import { DEFAULT_LANGUAGE, isLanguage, setMessageLanguage, setMessageLocale, type Language } from '../../api/i18n';
import type { ServiceContext } from '../core/context';
import { localePreferences } from './locale';
import { getSetting, setSetting } from './settings';

/*
 * The language is kept per operator (`language:<name>`), plus the installation's own
 * (`language`, chosen on the first-start screen) for whoever has not chosen yet. Operator accounts
 * can take the per-operator setting over as a field of their own.
 */

export function operatorLanguage(db: Db, operator: string | null): Language {
  const own = operator ? getSetting(db, `language:${operator}`) : null;
  if (isLanguage(own)) return own;
  const installation = getSetting(db, 'language');
  return isLanguage(installation) ? installation : DEFAULT_LANGUAGE;
}

/** Remembers the language for the operator at the keyboard (or the installation's before setup). */
export function saveLanguage(db: Db, operator: string | null, language: Language): void {
  if (operator) setSetting(db, `language:${operator}`, language);
  // Before setup, and until the installation has one, the choice is also the installation's default.
  if (!operator || !isLanguage(getSetting(db, 'language'))) setSetting(db, 'language', language);
}

/**
 * Messages from here on for this operator: in their language, with dates in the installation's
 * date style (read only if a message holds a date), as their screens write them.
 */
export function speakTo(ctx: ServiceContext, operator: string | null): void {
  setMessageLanguage(operatorLanguage(ctx.db, operator));
  setMessageLocale(() => localePreferences(ctx));
}
