import { sql } from 'drizzle-orm';
import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';
import { ORG_KINDS, TLP_LABELS } from '../../electron/api/vocabularies';

export const organisations = sqliteTable(
  'organisations',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind', { enum: ORG_KINDS }).notNull(),
    country: text('country').notNull().default(''),
    sharing: text('sharing').notNull().default('GREEN'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('organisations_short_name_uq').on(sql`${t.shortName} COLLATE NOCASE`)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    ...recordColumns(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    // A radio call sign is sensitive: exports may omit it per partner profile.
    callSign: text('call_sign').notNull().default(''),
    /** TLP label; null = the type's default (setting sharing.default.contact). */
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [index('contacts_org_idx').on(t.organisationId)],
);

export const agreements = sqliteTable(
  'agreements',
  {
    ...recordColumns(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    parties: text('parties').notNull().default(''),
    validFrom: text('valid_from'),
    validUntil: text('valid_until'),
    scope: text('scope').notNull().default(''),
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [index('agreements_org_idx').on(t.organisationId)],
);

export type Organisation = typeof organisations.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
