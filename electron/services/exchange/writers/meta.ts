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

/** TLP 2.0's own wording of each label, printed under it. */
export const TLP_MEANING: Record<TlpLabel, string> = {
  CLEAR: 'Recipients can spread this to the world; there is no limit on disclosure.',
  GREEN: 'Limited disclosure: recipients can spread this within their community, not publicly.',
  AMBER: 'Limited disclosure: recipients can only spread this on a need-to-know basis within their organisation and its clients.',
  'AMBER+STRICT': 'Limited disclosure: recipients can only spread this on a need-to-know basis within their organisation only.',
  RED: 'For the eyes and ears of individual recipients only, no further disclosure.',
};

/** The lines of the title block, in order. */
export function titleLines(m: SheetMeta): string[] {
  return [
    m.title,
    `TLP:${m.label} — ${TLP_MEANING[m.label]}`,
    `Exported ${m.exportedAt.slice(0, 16).replace('T', ' ')} UTC from ${m.source} (${m.organisation}) by ${m.operator}`,
    m.partner ? `For ${m.partner}.${m.withheldNote ? ` ${m.withheldNote}` : ''}` : 'Internal export (no partner profile applied).',
  ];
}
