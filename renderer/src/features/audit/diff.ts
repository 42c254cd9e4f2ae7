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
  if (Array.isArray(v)) {
    const shown = v.slice(0, LISTED).map((x) => show(x, names, '', entity));
    return [...shown, ...(v.length > LISTED ? [t('auditWords.more', { count: v.length - LISTED })] : [])].join('; ');
  }
  if (typeof v === 'object') return objectText(v as Record<string, unknown>, names, entity);
  return String(v);
}

/** Items of a list shown in one cell before "+N more". */
const LISTED = 5;
const NAME_FIELDS = ['label', 'code', 'number', 'plate', 'itemCode', 'lotNumber', 'siteCode', 'shortName', 'name', 'title', 'placeName'];

/**
 * A stored object (a stop, a manifest or request line, a pack size) as readable text, never JSON:
 * its name and quantity when it has them ("RICE-25 × 40", pack sizes "carton=20"), else its
 * fields in the reader's words ("Good: 12, Damaged: 0"), bookkeeping and ids left out.
 */
function objectText(o: Record<string, unknown>, names: Names, entity: string): string {
  if ('name' in o && 'quantity' in o && Object.keys(o).length === 2) return `${String(o.name)}=${String(o.quantity)}`;
  const name = NAME_FIELDS.map((k) => o[k]).find((x) => typeof x === 'string' && x !== '');
  if (name !== undefined && typeof o.quantity === 'number') return `${String(name)} × ${show(o.quantity)}`;
  if (name !== undefined) return String(name);
  return Object.entries(o)
    .filter(([k, x]) => !BOOKKEEPING.has(k) && x !== null && x !== '' && !(typeof x === 'string' && UUID.test(x) && !names.has(x)))
    .map(([k, x]) => `${humanField(k)}: ${show(x, names, k, entity)}`)
    .join(', ');
}

/** Field names in the reader's words: unitWeightKg → Unit weight (kg) (see words.ts). */
export const humanField = fieldLabel;

/**
 * Every field of a before/after pair, changed ones flagged. A creation lists the fields it filled:
 * its entry holds only the values the record was created with (electron/services/records/
 * created-audit.ts), where entries written before held every field, empty ones as null; both read alike.
 */
export function fieldChanges(beforeJson: string | null, afterJson: string | null, names: Names = NO_NAMES, entity = ''): FieldChange[] {
  const before = parse(beforeJson) ?? {};
  const after = parse(afterJson) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !BOOKKEEPING.has(f));
  const changes = fields.map((field) => {
    const b = show(before[field], names, field, entity);
    const a = show(after[field], names, field, entity);
    return { field, before: b, after: a, changed: b !== a };
  });
  return beforeJson ? changes : changes.filter((c) => c.after !== '');
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
