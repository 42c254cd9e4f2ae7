/** The request's long-text fields in groups, with the words the form and the request page use for them. */
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

export const LAST_RESORT_FIELDS: { key: TextKey; label: string }[] = [
  { key: 'civilianOptionsTried', label: 'Civilian options tried' },
  { key: 'capabilityGap', label: 'Capability gap' },
  { key: 'whyMilitaryUnique', label: 'Why only the military can do it' },
  { key: 'exitPlan', label: 'Exit plan' },
];
export const ESCORT_FIELDS: { key: TextKey; label: string }[] = [
  { key: 'escortNeed', label: 'Humanitarian need and programme criticality' },
  { key: 'escortAuthorities', label: 'Responsible authorities' },
  { key: 'escortSafety', label: 'Safety and security' },
  { key: 'escortSustainability', label: 'Sustainability' },
];
export const ASKED_FIELDS: { key: TextKey; label: string }[] = [
  { key: 'askedKnowledge', label: 'Local knowledge or supplies asked' },
  { key: 'askedWhy', label: 'Why it is asked' },
];
