import type { MessageKey } from '../../../../electron/api/i18n';

/** The request's long-text fields in groups, with the catalogue keys of the words the form and the request page use for them. */
export type TextKey =
  | 'justification'
  | 'civilianOptionsTried'
  | 'capabilityGap'
  | 'whyMilitaryUnique'
  | 'exitPlan'
  | 'escortNeed'
  | 'escortAuthorities'
  | 'escortSafety'
  | 'escortSustainability'
  | 'askedKnowledge'
  | 'askedWhy';

export const LAST_RESORT_FIELDS: { key: TextKey; label: MessageKey }[] = [
  { key: 'civilianOptionsTried', label: 'requests.field.civilianOptionsTried' },
  { key: 'capabilityGap', label: 'requests.field.capabilityGap' },
  { key: 'whyMilitaryUnique', label: 'requests.field.whyMilitaryUnique' },
  { key: 'exitPlan', label: 'requests.field.exitPlan' },
];
export const ESCORT_FIELDS: { key: TextKey; label: MessageKey }[] = [
  { key: 'escortNeed', label: 'requests.field.escortNeed' },
  { key: 'escortAuthorities', label: 'requests.field.escortAuthorities' },
  { key: 'escortSafety', label: 'requests.field.escortSafety' },
  { key: 'escortSustainability', label: 'requests.field.escortSustainability' },
];
export const ASKED_FIELDS: { key: TextKey; label: MessageKey }[] = [
  { key: 'askedKnowledge', label: 'requests.field.askedKnowledge' },
  { key: 'askedWhy', label: 'requests.field.askedWhy' },
];
