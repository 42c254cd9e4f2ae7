import type { Refusal } from './locale-parse';
import type { Translate } from './translate';

/**
 * What a person reads when their number or date was not accepted, in their language: the
 * renderer words it with its `t`, the core (a pasted block of lines) with `say`.
 */
export function wordRefusal(r: Refusal, tr: Translate): string {
  switch (r.code) {
    case 'notNumber':
      return tr('locale.notNumber', { text: r.text });
    case 'ambiguousNumber':
      return tr('locale.ambiguousNumber', { text: r.text, asGrouped: r.asGrouped, asDecimal: r.asDecimal });
    case 'notDate':
      return tr('locale.notDate', { text: r.text, pattern: datePatternWords(r.order, tr) });
    case 'ambiguousDate':
      return tr('locale.ambiguousDate', { text: r.text, first: r.first, second: r.second });
    case 'impossibleDate':
      return tr('locale.impossibleDate', { text: r.text });
    case 'shortYear':
      return tr('locale.shortYear', { text: r.text });
  }
}

/** The written pattern of a date in the reader's words: jj/mm/aaaa in French. */
export const datePatternWords = (order: 'dmy' | 'mdy' | null, tr: Translate): string =>
  order === 'mdy' ? tr('locale.pattern.mdy') : order === 'dmy' ? tr('locale.pattern.dmy') : tr('locale.pattern.iso');
