import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';
import { organisations } from './partners';
import { FIELD_RULES, TLP_LABELS } from '../../electron/api/vocabularies';

const rule = (name: string) => text(name, { enum: FIELD_RULES }).notNull().default('omit');

/**
 * What one partner organisation may receive: the highest sharing label, and per sensitive field
 * (SENSITIVE_FIELDS, one column each) include, coarsen or omit. One profile per organisation.
 */
export const exportProfiles = sqliteTable(
  'export_profiles',
  {
    ...recordColumns(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    maxLabel: text('max_label', { enum: TLP_LABELS }).notNull().default('GREEN'),
    callSigns: rule('call_signs'),
    locations: rule('locations'),
    routes: rule('routes'),
    departureTimes: rule('departure_times'),
    escortComposition: rule('escort_composition'),
    weaponsCargo: rule('weapons_cargo'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('export_profiles_org_uq').on(t.organisationId)],
);

export type ExportProfile = typeof exportProfiles.$inferSelect;
