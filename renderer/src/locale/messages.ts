import { datePatternWords, wordRefusal } from '../../../electron/api/i18n/locale-refusal';
import { t } from '../i18n';
import type { Refusal } from './parse';
import { dateOrder, type LocaleSettings } from './settings';

/** What a person reads when their number or date was not accepted, in their language. */
export const refusalText = (r: Refusal): string => wordRefusal(r, t);

/** The written pattern of a date in the locale's words, for placeholders and messages: jj/mm/aaaa in French. */
export const datePattern = (s: LocaleSettings): string => datePatternWords(dateOrder(s), t);
