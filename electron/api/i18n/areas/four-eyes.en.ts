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
  'fourEyes.settingsTitle': 'Four-eyes',
  'fourEyes.settingsHint':
    'Ask for a second operator, an approver typing their PIN at this laptop, before the operations ticked here. Both names go on the document, the audit trail and the printed forms.',
  'fourEyes.thresholdLabel': 'Large adjustment: a line of more than (base units)',
  'fourEyes.thresholdHint':
    'Items carry no value in the catalogue, so a large adjustment is judged by quantity: any line moving more than this many base units (bags, litres, pieces) of its item.',
  'fourEyes.save': 'Save four-eyes settings',
  'fourEyes.saved': 'Four-eyes settings saved.',
  'fourEyes.dialogTitle': 'Second operator',
  'fourEyes.dialogHint': 'An approver other than you checks this with their PIN, here at this laptop. Esc cancels.',
  'fourEyes.approver': 'Approver',
  'fourEyes.chooseApprover': 'Choose an approver',
  'fourEyes.pin': 'Their PIN',
  'fourEyes.confirm': 'Check and confirm',
  'fourEyes.noApprover':
    'No other approver can check this now (none is active and unlocked). An administrator can add one on the Operators page.',
  'fourEyes.approveCount': 'Approve count {number}',
  'fourEyes.checkedBy': 'Checked by {who}.',
  'fourEyes.colCheckedBy': 'Checked by',
  'fourEyes.approvedBy': 'Approved by {who}.',
  'fourEyes.approvedByChecked': 'Approved by {who}, checked by {second}.',
  'fourEyes.operatorChecked': '{who}, checked by {second}',
  'field.fourEyes.countApproval': 'Count approval',
  'field.fourEyes.reversals': 'Reversals',
  'field.fourEyes.adjustments': 'Adjustments',
  'field.fourEyes.adjustmentQuantity': 'Adjustment threshold',
  'field.fourEyes.exportsAboveGreen': 'Exports above GREEN',
} as const;

export type FourEyesKey = keyof typeof fourEyesEn;
