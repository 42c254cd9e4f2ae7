import type { Language } from '../../../electron/api/i18n/languages';
import type { LocaleSettings } from '../../../electron/api/i18n/locale-format';

/**
 * How numbers and dates are written for the person at the keyboard. The language comes from the
 * language choice; region, digits and date style are the locale settings stored in the core
 * (`locale.get` / `locale.save`). Everything here is plain data so parse and format stay pure.
 * The settings type and its formatters are shared with the core (electron/api/i18n/locale-format.ts).
 */
export type { Language, LocaleSettings };
export { DEFAULT_LOCALE, isRtl, localeTag } from '../../../electron/api/i18n/locale-format';
export { dateOrder } from '../../../electron/api/i18n/locale-parse';
