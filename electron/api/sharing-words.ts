import type { Translate } from './i18n/translate';
import { isTlpLabel, tlpRank, type TlpLabel } from './vocabularies/sharing';

/**
 * What a record grid's Sharing cell shows: the record's own label as TLP 2.0 writes it ("TLP:RED"), or for a blank
 * one the label it falls back to, in words: "Type default (TLP:AMBER)", or "Organisation's TLP:RED"
 * when the organisation it belongs to (`under`, a contact's or an agreement's) is stricter than the
 * type's default (`fallback`; unknown while the defaults load: "…").
 *
 * One function for both sides: the grid words its cells with it (the renderer's `t`) and an export
 * sorted or filtered on that column compares the same words (the core's `say`, in the caller's
 * language), so the file lists the rows the grid shows, in its order.
 */
export function sharingShown(own: unknown, fallback: TlpLabel | undefined, under: TlpLabel | undefined, tr: Translate): string {
  if (isTlpLabel(own)) return tr('tlp.label', { label: own });
  if (fallback && under && tlpRank(under) > tlpRank(fallback))
    return tr('sharing.orgDefault', { label: tr('tlp.label', { label: under }) });
  return tr('sharing.recordDefault', { label: fallback ? tr('tlp.label', { label: fallback }) : '…' });
}
