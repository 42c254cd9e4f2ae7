import { say, sayingLabels } from '../../../api/i18n/current';
import type { TlpLabel } from '../../../api/vocabularies';

/** The title block of an export: what it is, its sharing label, when, from where, by whom, for whom. */
export interface SheetMeta {
  title: string;
  label: TlpLabel;
  /** ISO timestamp. */
  exportedAt: string;
  /** The installation's own organisation (short name). */
  organisation: string;
  /** The source site(s) or "all sites". */
  source: string;
  operator: string;
  /** Partner short name, for an export made for one. */
  partner: string | null;
  /** Why some rows or fields are missing (partner exports), one sentence. */
  withheldNote: string | null;
}

/** TLP 2.0's own wording of each label, printed under it, in the exporting operator's language. */
export const TLP_MEANING = sayingLabels<TlpLabel>({
  CLEAR: 'tlpMeaning.clear',
  GREEN: 'tlpMeaning.green',
  AMBER: 'tlpMeaning.amber',
  'AMBER+STRICT': 'tlpMeaning.amberStrict',
  RED: 'tlpMeaning.red',
});

/** The lines of the title block, in order. */
export function titleLines(m: SheetMeta): string[] {
  return [
    m.title,
    say('exportBlock.tlp', { label: m.label, meaning: TLP_MEANING[m.label] }),
    say('exportBlock.exported', {
      when: m.exportedAt.slice(0, 16).replace('T', ' '),
      source: m.source,
      organisation: m.organisation,
      operator: m.operator,
    }),
    m.partner
      ? `${say('exportBlock.forPartner', { partner: m.partner })}${m.withheldNote ? ` ${m.withheldNote}` : ''}`
      : say('exportBlock.internal'),
  ];
}
