import type Database from 'better-sqlite3';
import { CATALOGUES, LANGUAGES, messageLocale, say, type MessageKey } from '../../api/i18n';
import { parseDate, parseNumber } from '../../api/i18n/locale-parse';
import { wordRefusal } from '../../api/i18n/locale-refusal';
import { STOCK_CONDITIONS, type AdjustmentDirection, type StockCondition } from '../../api/vocabularies';
import { CONDITION_LABELS } from '../../api/vocabularies';
import { all } from './sql';

/**
 * Reading the cells of a block pasted from a spreadsheet (document lines, found stock): numbers
 * and dates in the caller's locale, item codes, organisations by short or full name, conditions,
 * directions and yes/no in any of the app's languages. Each read gives the value or the reason
 * (in the caller's language) it was refused. Items and organisations are read once per paste.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');

/** The words for each value in every language (its code too), folded. */
function wordsFor<V extends string>(values: Record<V, MessageKey[]>): Map<string, V> {
  const words = new Map<string, V>();
  for (const [value, keys] of Object.entries(values) as [V, MessageKey[]][]) {
    words.set(fold(value), value);
    for (const lang of LANGUAGES) for (const key of keys) words.set(fold(CATALOGUES[lang][key]), value);
  }
  return words;
}

const CONDITION_WORDS = wordsFor<StockCondition>({
  good: ['vocab.condition.good', 'condition.good'],
  damaged: ['vocab.condition.damaged', 'condition.damaged'],
  quarantined: ['vocab.condition.quarantined', 'condition.quarantined'],
});
const DIRECTION_WORDS = wordsFor<AdjustmentDirection>({
  increase: ['vocab.direction.increase'],
  decrease: ['vocab.direction.decrease'],
});
DIRECTION_WORDS.set('+', 'increase');
DIRECTION_WORDS.set('-', 'decrease');
DIRECTION_WORDS.set('\u2212', 'decrease');
const YES_NO = wordsFor<'yes' | 'no'>({ yes: ['common.yes'], no: ['common.no'] });
for (const w of ['y', 'true', '1', 'x']) YES_NO.set(w, 'yes');
for (const w of ['n', 'false', '0']) YES_NO.set(w, 'no');

export class CellReader {
  private itemsByCode: Map<string, string> | null = null;
  private orgsByName: Map<string, string> | null = null;

  constructor(private readonly sqlite: Database.Database) {}

  /** An item by its code, any case. */
  item(text: string): Read<string> {
    if (!this.itemsByCode) {
      const rows = all<{ id: string; code: string }>(this.sqlite, 'SELECT id, code FROM items');
      this.itemsByCode = new Map(rows.map((r) => [fold(r.code), r.id]));
    }
    const id = this.itemsByCode.get(fold(text));
    return id ? { ok: true, value: id } : { ok: false, message: say('pasteCore.noItem', { code: text.trim() }) };
  }

  /** An organisation by its short name or full name, any case or accent. */
  org(text: string): Read<string> {
    if (!this.orgsByName) {
      const rows = all<{ id: string; shortName: string; name: string }>(
        this.sqlite,
        'SELECT id, short_name AS shortName, name FROM organisations ORDER BY archived',
      );
      this.orgsByName = new Map();
      for (const r of rows) if (!this.orgsByName.has(fold(r.name))) this.orgsByName.set(fold(r.name), r.id);
      // A short name wins over another organisation's full name.
      for (const r of rows) this.orgsByName.set(fold(r.shortName), r.id);
    }
    const id = this.orgsByName.get(fold(text));
    return id ? { ok: true, value: id } : { ok: false, message: say('pasteCore.noOrg', { name: text.trim() }) };
  }

  condition(text: string): Read<StockCondition> {
    const v = CONDITION_WORDS.get(fold(text));
    return v && STOCK_CONDITIONS.includes(v)
      ? { ok: true, value: v }
      : {
          ok: false,
          message: say('pasteCore.noCondition', {
            text: text.trim(),
            choices: STOCK_CONDITIONS.map((c) => CONDITION_LABELS[c]).join(', '),
          }),
        };
  }

  direction(text: string): Read<AdjustmentDirection> {
    const v = DIRECTION_WORDS.get(fold(text));
    return v
      ? { ok: true, value: v }
      : {
          ok: false,
          message: say('pasteCore.noDirection', {
            text: text.trim(),
            choices: [say('vocab.direction.increase'), say('vocab.direction.decrease'), '+', '-'].join(', '),
          }),
        };
  }

  yesNo(text: string): Read<boolean> {
    const v = YES_NO.get(fold(text));
    return v ? { ok: true, value: v === 'yes' } : { ok: false, message: say('pasteCore.notYesNo', { text: text.trim() }) };
  }

  /** A number as the caller writes it (1 200 / 1,200 / 12,5 in French); the line's schema checks it is whole. */
  number(text: string): Read<number> {
    const n = parseNumber(text, messageLocale());
    if (!n.ok) return { ok: false, message: wordRefusal(n.refusal, say) };
    return n.value === null ? { ok: false, message: say('pasteCore.empty') } : { ok: true, value: n.value };
  }

  /** A date as the caller writes it (30/11/2026, 11/30/2026 in the US, ISO always). */
  date(text: string): Read<string> {
    const d = parseDate(text, messageLocale());
    if (!d.ok) return { ok: false, message: wordRefusal(d.refusal, say) };
    return d.value === null ? { ok: false, message: say('pasteCore.empty') } : { ok: true, value: d.value };
  }
}
