import { t } from '../i18n';
import type { Refusal } from './parse';
import { dateOrder, type LocaleSettings } from './settings';

/** What a person reads when their number or date was not accepted, in their language. */
export function refusalText(r: Refusal): string {
  switch (r.code) {
    case 'notNumber':
      return t('locale.notNumber', { text: r.text });
    case 'ambiguousNumber':
      return t('locale.ambiguousNumber', { text: r.text, asGrouped: r.asGrouped, asDecimal: r.asDecimal });
    case 'notDate':
      return t('locale.notDate', { text: r.text, pattern: datePatternText(r.order) });
    case 'ambiguousDate':
      return t('locale.ambiguousDate', { text: r.text, first: r.first, second: r.second });
    case 'impossibleDate':
      return t('locale.impossibleDate', { text: r.text });
    case 'shortYear':
      return t('locale.shortYear', { text: r.text });
  }
}

/** The written pattern of a date in the locale's words, for placeholders and messages: jj/mm/aaaa in French. */
export const datePattern = (s: LocaleSettings): string => datePatternText(dateOrder(s));

const datePatternText = (order: 'dmy' | 'mdy' | null): string =>
  order === 'mdy' ? t('locale.pattern.mdy') : order === 'dmy' ? t('locale.pattern.dmy') : t('locale.pattern.iso');
