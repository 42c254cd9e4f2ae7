import { agreements, contacts, organisations } from '../../../db/schema';
import type { RecordSpec } from '../records/spec';

export const organisationSpec: RecordSpec = {
  table: organisations,
  entity: 'organisation',
  label: 'Organisation',
  area: 'organisations',
  unique: [{ field: 'shortName', label: 'Short name' }],
  refs: [],
  describe: (r) => String(r.shortName ?? r.id),
};

export const contactSpec: RecordSpec = {
  table: contacts,
  entity: 'contact',
  label: 'Contact',
  area: 'organisations',
  unique: [],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Organisation' }],
  describe: (r) => String(r.name ?? r.id),
};

export const agreementSpec: RecordSpec = {
  table: agreements,
  entity: 'agreement',
  label: 'Agreement',
  area: 'organisations',
  unique: [],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Organisation' }],
  describe: (r) => String(r.title ?? r.id),
};
