import { t } from '../../i18n';
import { entityLabel, fieldLabel, valueLabel } from './words';

/** Fields every record carries for bookkeeping; a change to them alone is not news to a reader. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'createdByInstallation', 'updatedAt', 'updatedByInstallation']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const parse = (json: string | null): Record<string, unknown> | null => {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { value: json };
  }
};

/** Names of referenced records by id (organisation short names, site and item codes). */
export type Names = ReadonlyMap<string, string>;
const NO_NAMES: Names = new Map();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function show(v: unknown, names: Names = NO_NAMES, field = '', entity = ''): string {
  if (v == null || v === '') return '';
  const worded = valueLabel(field, v, entity);
  if (worded !== null) return worded;
  if (typeof v === 'string' && UUID.test(v)) return names.get(v) ?? v;
  if (Array.isArray(v))
    return v
      .map((x) =>
        x && typeof x === 'object' && 'name' in x && 'quantity' in x ? `${String(x.name)}=${String(x.quantity)}` : JSON.stringify(x),
      )
      .join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Field names in the reader's words: unitWeightKg → Unit weight (kg) (see words.ts). */
export const humanField = fieldLabel;

/** Every field of a before/after pair, changed ones flagged. */
export function fieldChanges(beforeJson: string | null, afterJson: string | null, names: Names = NO_NAMES, entity = ''): FieldChange[] {
  const before = parse(beforeJson) ?? {};
  const after = parse(afterJson) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !BOOKKEEPING.has(f));
  return fields.map((field) => {
    const b = show(before[field], names, field, entity);
    const a = show(after[field], names, field, entity);
    return { field, before: b, after: a, changed: b !== a };
  });
}

/** One line: what happened to the record. */
export function summarise(beforeJson: string | null, afterJson: string | null, names: Names = NO_NAMES, entity = ''): string {
  if (!beforeJson && afterJson) {
    const filled = fieldChanges(null, afterJson, names, entity).filter((c) => c.after !== '' && c.field !== 'archived');
    const shown = filled
      .slice(0, 4)
      .map((c) => t('audit.fieldValue', { field: humanField(c.field), value: c.after }))
      .join(', ');
    return t('audit.created', { fields: `${shown}${filled.length > 4 ? ', …' : ''}` });
  }
  if (beforeJson && !afterJson) return t('audit.deleted');
  const changed = fieldChanges(beforeJson, afterJson, names, entity).filter((c) => c.changed);
  if (changed.length === 1 && changed[0].field === 'archived')
    return changed[0].after === t('common.yes') ? t('audit.archived') : t('audit.restored');
  if (changed.length === 0) return t('audit.noVisibleChange');
  return changed.map((c) => t('audit.fieldChange', { field: humanField(c.field), before: c.before, after: c.after })).join('; ');
}

/** A short name of the record from its stored values. */
export function recordName(beforeJson: string | null, afterJson: string | null, names: Names = NO_NAMES): string {
  const r = parse(afterJson) ?? parse(beforeJson) ?? {};
  for (const k of ['code', 'shortName', 'number', 'title', 'name', 'lotNumber'])
    if (typeof r[k] === 'string' && r[k]) return r[k] as string;
  // Records without a name of their own (lines, thresholds) are named after what they point at.
  const refs = ['itemId', 'siteId', 'organisationId'].map((k) => show(r[k], names)).filter((x) => x && !UUID.test(x));
  return refs.join(' @ ');
}

/** "stock_count_line" → "Count sheet line" in the reader's language (see words.ts). */
export const humanEntity = entityLabel;
