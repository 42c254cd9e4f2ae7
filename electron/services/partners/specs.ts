import { agreements, contacts, organisations } from '../../../db/schema';
import type { RecordSpec } from '../records/spec';

export const organisationSpec: RecordSpec = {
  table: organisations,
  entity: 'organisation',
  label: 'Organisation',
  unique: [{ field: 'shortName', label: 'Short name' }],
  refs: [],
  describe: (r) => String(r.shortName ?? r.id),
};

export const contactSpec: RecordSpec = {
  table: contacts,
  entity: 'contact',
  label: 'Contact',
  unique: [],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Organisation' }],
  describe: (r) => String(r.name ?? r.id),
};

export const agreementSpec: RecordSpec = {
  table: agreements,
  entity: 'agreement',
  label: 'Agreement',
  unique: [],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Organisation' }],
  describe: (r) => String(r.title ?? r.id),
};
