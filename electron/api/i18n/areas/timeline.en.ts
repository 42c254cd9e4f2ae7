/*
 * Texts the core writes into a record's timeline (a stop's arrival, a request's delivery) and
 * into the documents it makes, in English. A timeline stores the key and its values, not these
 * sentences, so each reader sees them in their own language. Spread into en.ts.
 */
export const timelineEn = {
  'timeline.stopReceived': '{stop}: {lines, plural, one {# line received} other {# lines received}}',
  'timeline.short': ', {count, number} short',
  'timeline.damaged': ', {count, number} damaged',
  'timeline.delivered': 'Delivered line {line}: {quantity, number} {unit} ({link})',
  'timeline.committed': 'Committed line {line}: {quantity, number} {unit}{from, select, none {} other { from {from}}}',
  'timeline.committedMore': '; line {line}: {quantity, number} {unit}{from, select, none {} other { from {from}}}',
  'timeline.countNote': 'Count line {line}: expected {expected, number}, counted {counted, number} ({reason})',
  'timeline.convoyIssueNotes': 'Convoy {number} to {stop}',
  'setup.homeOrgNote': 'This installation’s own organisation',
  'setup.demoFailed': 'Set-up is saved, but the demo scenario could not be loaded: {reason}',
} as const;

export type TimelineKey = keyof typeof timelineEn;
