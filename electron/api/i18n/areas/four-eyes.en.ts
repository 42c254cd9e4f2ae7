/*
 * Four-eyes (issue 10) in English: the settings, the second-operator dialog, the core's refusals,
 * "Checked by" on documents, the audit trail and the forms. Spread into en.ts; fr and ar have the
 * same keys (four-eyes.fr.ts, four-eyes.ar.ts).
 */
export const fourEyesEn = {
  'fourEyes.noun': 'The four-eyes settings',
  'fourEyes.guard.countApproval': 'Second operator for count approval',
  'fourEyes.guard.reversals': 'Second operator for reversals',
  'fourEyes.guard.adjustments': 'Second operator for large adjustments',
  'fourEyes.guard.exportsAboveGreen': 'Second operator for exports above TLP:GREEN',
  'fourEyes.secondShape': 'The second operator must be an approver chosen from the list, with their PIN',
  'fourEyes.noSuchApprover': 'This second operator does not exist or is disabled; choose an approver from the list',
  'fourEyes.samePerson':
    '{operator} is the operator at the keyboard and cannot also be the second operator; another approver must type their PIN',
  'fourEyes.samePersonIssue': 'Choose another approver',
  'fourEyes.counterChecks': '{operator} counted this sheet and cannot also check its approval; another approver must type their PIN',
  'fourEyes.notApprover': '{operator} is a {role}; the second operator must be an {needed} or an administrator',
  'fourEyes.notApproverIssue': 'Not an approver',
  'fourEyes.required': 'The setting "{setting}" is on: an approver must check this with their PIN (Database page, Four-eyes)',
  'fourEyes.requiredIssue': 'A second operator is needed',
  'field.fourEyes.countApproval': 'Count approval',
  'field.fourEyes.reversals': 'Reversals',
  'field.fourEyes.adjustments': 'Adjustments',
  'field.fourEyes.adjustmentQuantity': 'Adjustment threshold',
  'field.fourEyes.exportsAboveGreen': 'Exports above GREEN',
} as const;

export type FourEyesKey = keyof typeof fourEyesEn;
