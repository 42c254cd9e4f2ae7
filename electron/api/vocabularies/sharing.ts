/** Traffic Light Protocol 2.0 labels, least to most restrictive. */
export const TLP_LABELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLabel = (typeof TLP_LABELS)[number];

/** How restrictive a label is: 0 (CLEAR) to 4 (RED). */
export const tlpRank = (label: TlpLabel): number => TLP_LABELS.indexOf(label);

const LABELS: ReadonlySet<unknown> = new Set(TLP_LABELS);
/** Whether a value is one of the five labels (a set's lookup: asked for every row an export writes). */
export const isTlpLabel = (v: unknown): v is TlpLabel => LABELS.has(v);

/** A record's label as it applies: its own, or `fallback` (its type's default) when it has none. */
export const labelAsApplied = (own: unknown, fallback: TlpLabel): TlpLabel => (isTlpLabel(own) ? own : fallback);

/** When records combine (a stock line is a site, an item and an owner), the strictest label wins. */
export function strictestLabel(labels: readonly TlpLabel[]): TlpLabel {
  let worst = 0;
  for (const l of labels) worst = Math.max(worst, tlpRank(l));
  return TLP_LABELS[worst];
}

/**
 * Record types that carry a sharing label. A record's own label overrides its type's default
 * (a setting, `sharing.default.<type>`); organisations always carry their own.
 */
export const SHARED_RECORD_TYPES = [
  'organisation',
  'contact',
  'agreement',
  'site',
  'item',
  'document',
  'request',
  'vehicle',
  'convoy',
  'audit',
] as const;
export type SharedRecordType = (typeof SHARED_RECORD_TYPES)[number];

export const SHARED_RECORD_LABELS: Record<SharedRecordType, string> = {
  organisation: 'Organisations',
  contact: 'Contacts',
  agreement: 'Agreements / MOUs',
  site: 'Sites',
  item: 'Catalogue items',
  document: 'Stock documents (and the ledger entries they write)',
  request: 'Shared-resource requests',
  vehicle: 'Vehicles',
  convoy: 'Convoys (with their stops, manifests and waybills)',
  audit: 'Audit trail entries',
};

/** Defaults until an administrator changes them: the catalogue is public, the audit trail stays home. */
export const BUILT_IN_SHARING_DEFAULTS: Record<SharedRecordType, TlpLabel> = {
  organisation: 'GREEN',
  contact: 'AMBER',
  agreement: 'AMBER',
  site: 'GREEN',
  item: 'CLEAR',
  document: 'AMBER',
  request: 'AMBER',
  vehicle: 'AMBER',
  convoy: 'AMBER',
  audit: 'RED',
};

/**
 * Fields that are sensitive in themselves, whatever the record's label: the one list an export
 * column points at (`sensitive: 'callSigns'`). Convoys add their routes, departure times, escort
 * composition and cargo columns against these same keys. `coarsen` says what a coarsened value
 * becomes (a time → its day; a place → its administrative area); null = include or omit only.
 */
export const SENSITIVE_FIELDS = ['callSigns', 'locations', 'routes', 'departureTimes', 'escortComposition', 'weaponsCargo'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

export const SENSITIVE_FIELD_INFO: Record<SensitiveField, { label: string; coarsen: 'time' | 'place' | null }> = {
  callSigns: { label: 'Radio call signs', coarsen: null },
  locations: { label: 'Exact locations (coordinates)', coarsen: 'place' },
  routes: { label: 'Routes', coarsen: 'place' },
  departureTimes: { label: 'Departure times', coarsen: 'time' },
  escortComposition: { label: 'Escort composition', coarsen: null },
  weaponsCargo: { label: 'Weapons and ammunition cargo', coarsen: null },
};

export const FIELD_RULES = ['include', 'coarsen', 'omit'] as const;
export type FieldRule = (typeof FIELD_RULES)[number];
export const FIELD_RULE_LABELS: Record<FieldRule, string> = {
  include: 'Include',
  coarsen: 'Coarsen (time → day, place → admin area)',
  omit: 'Omit',
};
