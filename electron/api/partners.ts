import { sayLater } from './i18n/current';
import { recordSharing } from './sharing-field';
import { z } from 'zod';
import { ORG_KINDS, TLP_LABELS } from './vocabularies';
import type { Agreement, Contact, Organisation } from './record-types';
import { command, query } from './define';
import { idRef, optionalDate, optionalText, requiredText } from './formats';
import { listInput, removeInput, restoreInput, rowIdentity, rowsInput, type RemoveOutcome } from './records';

export const organisationRow = z.object({
  ...rowIdentity,
  name: requiredText('Name'),
  shortName: requiredText('Short name', 30),
  kind: z.enum(
    ORG_KINDS,
    sayLater('schema.kindOneOf', () => ({ values: ORG_KINDS.join(', ') })),
  ),
  country: optionalText('Country', 80),
  // Absent keeps the stored label; a new organisation gets the column default (GREEN).
  sharing: z
    .enum(
      TLP_LABELS,
      sayLater('schema.sharingLabelOneOf', () => ({ values: TLP_LABELS.join(', ') })),
    )
    .optional(),
  notes: optionalText('Notes', 2000, { multiline: true }),
});

const emailOrBlank = z.preprocess(
  (v) => (v == null ? '' : typeof v === 'string' ? v.trim() : v),
  z.union([z.literal(''), z.string().email(sayLater('schema.email'))]),
);

export const contactRow = z.object({
  ...rowIdentity,
  organisationId: idRef('Organisation'),
  name: requiredText('Name'),
  role: optionalText('Role', 120),
  phone: optionalText('Phone', 60),
  email: emailOrBlank.optional(),
  callSign: optionalText('Call sign', 40),
  sharing: recordSharing,
});

export const agreementRow = z
  .object({
    ...rowIdentity,
    organisationId: idRef('Organisation'),
    title: requiredText('Title'),
    parties: optionalText('Parties', 500, { multiline: true }),
    validFrom: optionalDate('Valid from'),
    validUntil: optionalDate('Valid until'),
    scope: optionalText('Scope', 2000, { multiline: true }),
    sharing: recordSharing,
  })
  .refine((a) => !a.validFrom || !a.validUntil || a.validFrom <= a.validUntil, {
    message: 'Valid until must not be before valid from',
    path: ['validUntil'],
  });

export const partnerOps = {
  'organisations.list': query<Organisation[]>('read')(listInput),
  'organisations.save': command<Organisation[]>('records.edit')(rowsInput(organisationRow)),
  'organisations.remove': command<RemoveOutcome>('records.edit')(removeInput),
  'organisations.restore': command<Organisation>('records.edit')(restoreInput),
  'contacts.list': query<Contact[]>('read')(
    z
      .object({ organisationId: idRef('Organisation').optional() })
      .optional()
      .default({}),
  ),
  'contacts.save': command<Contact[]>('records.edit')(rowsInput(contactRow)),
  'contacts.remove': command<RemoveOutcome>('records.edit')(removeInput),
  'agreements.list': query<Agreement[]>('read')(
    z
      .object({ organisationId: idRef('Organisation').optional() })
      .optional()
      .default({}),
  ),
  'agreements.save': command<Agreement[]>('records.edit')(rowsInput(agreementRow)),
  'agreements.remove': command<RemoveOutcome>('records.edit')(removeInput),
};
