import { say } from '../../api/i18n/current';
import type { MessageKey } from '../../api/i18n/en';
import { FIELD_LABELS, fieldName, type FieldLabel } from '../../api/i18n/fields';
import type { RecordSpec } from './spec';

/*
 * The words the record writer's refusals use, in the reader's language: the record's noun (the
 * audit trail's own, by the spec's entity) and a field's name (the schemas' field labels).
 */
const RECORD_NOUNS: Record<string, MessageKey> = {
  organisation: 'audit.entity.organisation',
  contact: 'audit.entity.contact',
  agreement: 'audit.entity.agreement',
  site: 'audit.entity.site',
  item: 'audit.entity.item',
  vehicle: 'audit.entity.vehicle',
};

/** "Site", « Site », «الموقع»; a spec without a noun here keeps its English label. */
export const recordNoun = (spec: Pick<RecordSpec, 'entity' | 'label'>): string =>
  RECORD_NOUNS[spec.entity] ? say(RECORD_NOUNS[spec.entity]) : spec.label;

/** A field named by its English label, in the reader's language when the catalogue has it. */
export const fieldWord = (label: string): string => (label in FIELD_LABELS ? fieldName(label as FieldLabel) : label);
