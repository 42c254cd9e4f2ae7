import { agreements, contacts, organisations } from '../../../db/schema';
import type { RecordSpec } from '../records/spec';

export const organisationSpec: RecordSpec = {
  table: organisations,
  sqlName: 'organisations',
  entity: 'organisation',
  label: 'Organisation',
  area: 'organisations',
  unique: [{ field: 'shortName', column: 'short_name', label: 'Short name' }],
  refs: [],
  referrers: [
    { table: 'contacts', column: 'organisation_id', label: 'contacts' },
    { table: 'agreements', column: 'organisation_id', label: 'agreements' },
    { table: 'sites', column: 'operator_org_id', label: 'sites' },
  ],
  describe: (r) => String(r.shortName ?? r.id),
};

export const contactSpec: RecordSpec = {
  table: contacts,
  sqlName: 'contacts',
  entity: 'contact',
  label: 'Contact',
  area: 'organisations',
  unique: [],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Organisation' }],
  referrers: [],
  describe: (r) => String(r.name ?? r.id),
};

export const agreementSpec: RecordSpec = {
  table: agreements,
  sqlName: 'agreements',
  entity: 'agreement',
  label: 'Agreement',
  area: 'organisations',
  unique: [],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Organisation' }],
  referrers: [],
  describe: (r) => String(r.title ?? r.id),
};
