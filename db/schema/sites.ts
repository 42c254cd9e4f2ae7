import { sql } from 'drizzle-orm';
import { sqliteTable, text, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';
import { organisations } from './partners';
import { SITE_KINDS, TLP_LABELS } from '../../electron/api/vocabularies';

export const sites = sqliteTable(
  'sites',
  {
    ...recordColumns(),
    /** Short code, also the prefix of this site's document numbers (e.g. FOB-N). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: SITE_KINDS }).notNull(),
    operatorOrgId: text('operator_org_id').references(() => organisations.id),
    town: text('town').notNull().default(''),
    adm1Code: text('adm1_code').notNull().default(''),
    adm2Code: text('adm2_code').notNull().default(''),
    latitude: real('latitude'),
    longitude: real('longitude'),
    /** TLP label; null = the type's default (setting sharing.default.site). */
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [uniqueIndex('sites_code_uq').on(sql`${t.code} COLLATE NOCASE`), index('sites_operator_idx').on(t.operatorOrgId)],
);

export type Site = typeof sites.$inferSelect;
