import { messageLanguage, say } from '../../../api/i18n/current';
import { TLP_LABELS, isTlpLabel, type TlpLabel } from '../../../api/vocabularies';

/** Each label's words per language, worked out once (a file cell per row must not look up the catalogue). */
const worded = new Map<string, Record<TlpLabel, string>>();

/**
 * A sharing label as TLP 2.0 writes it and as the grids and pages show it, "TLP:RED", in the
 * export's language; anything that is not a label (a blank) as it is. The import takes it back
 * (fields.ts: `TLP:RED`, `TLP RED` or the bare `RED`).
 */
export function tlpText(label: unknown): string {
  if (!isTlpLabel(label)) return label == null ? '' : String(label);
  const language = messageLanguage();
  let words = worded.get(language);
  if (!words) {
    words = Object.fromEntries(TLP_LABELS.map((l) => [l, say('tlp.label', { label: l })])) as Record<TlpLabel, string>;
    worded.set(language, words);
  }
  return words[label];
}
