import type Database from 'better-sqlite3';
import type { ExportProfile } from '../../../db/schema';
import type { SharingDefaults } from '../../api/exchange';
import {
  BUILT_IN_SHARING_DEFAULTS,
  SENSITIVE_FIELD_INFO,
  SHARED_RECORD_TYPES,
  labelAsApplied,
  tlpRank,
  type FieldRule,
  type SensitiveField,
  type SharedRecordType,
  type TlpLabel,
} from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { notFound, ruleViolation } from '../core/errors';
import { recordAudit } from '../audit/record';
import { setSetting } from '../system/settings';
import { say } from '../../api/i18n/current';
import type { SheetColumn } from './columns';
import { headerIn } from './headers';

const KEY = (t: SharedRecordType) => `sharing.default.${t}` as const;

/** The default label of each record type: the setting, else the built-in default. */
export function readSharingDefaults(sqlite: Database.Database): SharingDefaults {
  const rows = sqlite.prepare("SELECT key, value FROM settings WHERE key LIKE 'sharing.default.%'").all() as {
    key: string;
    value: string;
  }[];
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(
    SHARED_RECORD_TYPES.map((t) => {
      const v = stored.get(KEY(t));
      return [t, labelAsApplied(v, BUILT_IN_SHARING_DEFAULTS[t])];
    }),
  ) as SharingDefaults;
}

export function setSharingDefaults(ctx: ServiceContext, input: Partial<SharingDefaults>): SharingDefaults {
  const before = readSharingDefaults(ctx.sqlite);
  const changed = SHARED_RECORD_TYPES.filter((t) => input[t] && input[t] !== before[t]);
  // Nothing different: nothing written, not even an audit entry.
  if (changed.length === 0) return before;
  ctx.sqlite.transaction(() => {
    for (const t of changed) setSetting(ctx.db, KEY(t), input[t]!);
    recordAudit(ctx, [{ entity: 'setting', entityId: 'sharing.defaults', before, after: readSharingDefaults(ctx.sqlite) }]);
  })();
  ctx.changes.mark('settings');
  return readSharingDefaults(ctx.sqlite);
}

/** A record's label: its own, else its type's default. */
export const labelOf = (own: unknown, type: SharedRecordType, defaults: SharingDefaults): TlpLabel => labelAsApplied(own, defaults[type]);

export interface PartnerProfile {
  organisationId: string;
  shortName: string;
  maxLabel: TlpLabel;
  rules: Record<SensitiveField, FieldRule>;
}

/** The export profile of a partner organisation; refused when it has none (nothing leaves without one). */
export function partnerProfile(sqlite: Database.Database, organisationId: string): PartnerProfile {
  const org = sqlite.prepare('SELECT short_name AS shortName FROM organisations WHERE id = ?').get(organisationId) as
    { shortName: string } | undefined;
  if (!org) throw notFound(say('sharingCore.partnerNoun'), organisationId);
  const p = sqlite
    .prepare(
      `SELECT max_label AS maxLabel, call_signs AS callSigns, locations, routes, departure_times AS departureTimes,
         escort_composition AS escortComposition, weapons_cargo AS weaponsCargo
       FROM export_profiles WHERE organisation_id = ? AND archived = 0`,
    )
    .get(organisationId) as (Pick<ExportProfile, 'maxLabel'> & Record<SensitiveField, FieldRule>) | undefined;
  if (!p) {
    throw ruleViolation(say('sharingCore.noProfile', { organisation: org.shortName }));
  }
  const { maxLabel, ...rules } = p;
  return { organisationId, shortName: org.shortName, maxLabel, rules };
}

/** Whether a row under `label` may go to a partner allowed up to `max`. */
export const releasable = (label: TlpLabel, max: TlpLabel) => tlpRank(label) <= tlpRank(max);

export interface ColumnPlan<R> {
  columns: SheetColumn<R>[];
  /** Columns coarsened or left out, and why (for the preview and the title block). */
  changes: { column: string; rule: 'coarsen' | 'omit'; why: string }[];
}

const dayOf = (v: unknown) => (v == null || v === '' ? v : String(v).slice(0, 10));

/**
 * Applies a partner's field rules to the columns: an omitted field's column is dropped (absent
 * from the file, not blanked); a coarsened time shows its day, a coarsened place its admin area
 * (a place with no coarse form, such as a longitude beside its latitude, is dropped).
 */
export function applyFieldRules<R>(columns: SheetColumn<R>[], profile: PartnerProfile | null): ColumnPlan<R> {
  if (!profile) return { columns, changes: [] };
  const out: SheetColumn<R>[] = [];
  const changes: ColumnPlan<R>['changes'] = [];
  for (const c of columns) {
    if (!c.sensitive) {
      out.push(c);
      continue;
    }
    const info = SENSITIVE_FIELD_INFO[c.sensitive];
    const rule = profile.rules[c.sensitive];
    const why = say('exportRule.why', { field: headerIn(info.label), partner: profile.shortName, rule });
    if (rule === 'include') out.push(c);
    else if (rule === 'coarsen' && info.coarsen === 'time') {
      out.push({ ...c, type: 'date', header: say('exportCol.day', { header: c.header }), value: (r) => dayOf(c.value(r)) });
      changes.push({ column: c.header, rule: 'coarsen', why: say('exportRule.timeToDay', { why }) });
    } else if (rule === 'coarsen' && info.coarsen === 'place' && c.coarse) {
      const coarse = c.coarse;
      out.push({
        ...c,
        id: `${c.id}`,
        type: 'text',
        header: c.coarseHeader ?? say('exportCol.adminArea', { header: c.header }),
        hxl: c.coarseHxl ?? '#adm1 +code',
        value: coarse,
      });
      changes.push({ column: c.header, rule: 'coarsen', why: say('exportRule.placeToArea', { why }) });
    } else {
      changes.push({ column: c.header, rule: 'omit', why: rule === 'coarsen' ? say('exportRule.shownCoarsened', { why }) : why });
    }
  }
  return { columns: out, changes };
}
