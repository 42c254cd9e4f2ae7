import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { itemRow } from '../../../api/catalogue';
import type { ImportTarget } from '../../../api/imports';
import { contactRow, organisationRow } from '../../../api/partners';
import { siteRow } from '../../../api/sites';
import type { ServiceContext } from '../../core/context';
import { itemSpec } from '../../catalogue/handlers';
import { recordsWriter } from '../../records/save-many';
import type { RecordSpec } from '../../records/spec';
import { siteSpec } from '../../sites/handlers';

/*
 * Per target: the records already there (found by code, case-insensitive, archived ones too, so
 * importing twice updates instead of duplicating), how a file row becomes a record to validate,
 * and how the accepted rows are written (through the same operations as a grid's save).
 */

export type Values = Record<string, unknown>;

export interface Existing {
  id: string;
  version: number;
  code: string;
  values: Values;
}

/** A row ready to write: a new record, or an existing one with its changed fields. */
export interface Accepted {
  row: number;
  existing: Existing | null;
  record: Values;
  /** The record as the contract's row schema parsed it (what a grid's save would write). */
  parsed: Values;
  /** Organisations: the contact on the same row, if any. */
  contact?: Values | null;
  /** False for an existing record the file leaves as it is (its row only adds a contact). */
  changed: boolean;
}

export interface Lookups {
  orgs: Map<string, string>;
  sites: Map<string, { id: string }>;
  items: Map<string, { id: string; needsLotExpiry: boolean; baseUnit: string }>;
}

export interface TargetSpec {
  /** The field whose value finds the existing record. */
  codeField: string;
  schema: z.ZodType;
  /** Fields of the record compared for before → after (the others are not part of the record). */
  recordFields: string[];
  existing(sqlite: Database.Database): Map<string, Existing>;
  /** Turns references written as codes (an organisation's short name) into ids; returns a reason per bad field. */
  resolve?(values: Values, lookups: Lookups): Record<string, string>;
  /** How a commit writes its accepted rows, given in file order as they are judged (see TargetWriter). */
  writer(ctx: ServiceContext): TargetWriter;
}

/**
 * A commit's writes, inside the transaction its job opened before reading the first row: `add`
 * may write at once (in chunks) or keep the row for `end`; either way nothing is kept once
 * written. A refusal is thrown from `add` or `end`.
 */
export interface TargetWriter {
  add(row: Accepted): void;
  end(): Promise<void>;
}

const key = (code: unknown) =>
  String(code ?? '')
    .trim()
    .toLowerCase();

function existingBy(sqlite: Database.Database, sql: string, codeCol: string, json: string[] = []): Map<string, Existing> {
  const map = new Map<string, Existing>();
  for (const r of sqlite.prepare(sql).iterate() as Iterable<Values>) {
    for (const j of json) if (typeof r[j] === 'string') r[j] = JSON.parse(r[j]);
    const { id, version, ...values } = r;
    map.set(key(r[codeCol]), { id: id as string, version: version as number, code: String(r[codeCol]), values });
  }
  return map;
}

const BATCH = 20_000;
async function saveInBatches(ctx: ServiceContext, op: 'organisations.save' | 'contacts.save', rows: Values[]) {
  for (let i = 0; i < rows.length; i += BATCH) await ctx.call(op, { rows: rows.slice(i, i + BATCH) } as never);
}

/** What a grid would send: a new record's fields, or an existing one's whole record with its id and version. */
const rowOf = (a: Accepted) => (a.existing ? { id: a.existing.id, version: a.existing.version, ...a.record } : a.record);
/** The same, as the row schema parsed it: the rows of the records service's bulk save. */
const parsedRowOf = (a: Accepted) => (a.existing ? { id: a.existing.id, version: a.existing.version, ...a.parsed } : a.parsed);

/**
 * Items and sites, the imports of tens of thousands of rows, go through the records service's
 * bulk save (the grid's save in chunks, in the import's transaction) rather than through the
 * dispatcher 20,000 rows at a time: each row was parsed with the contract's row schema in the
 * plan, and the job's permission ('records.edit') is the one items.save and sites.save need.
 * Each chunk is written as soon as it is full, so a commit holds at most one chunk of rows; a
 * record's row needs nothing from the rows after it (a code twice in the file is a bad row).
 */
const saveMany =
  (spec: RecordSpec, operation: 'items.save' | 'sites.save') =>
  (ctx: ServiceContext): TargetWriter => {
    const records = recordsWriter(ctx, spec, { operation });
    return {
      add: (a) => {
        if (a.changed) records.add(parsedRowOf(a), a.row);
      },
      end: () => {
        records.end();
        return Promise.resolve();
      },
    };
  };

const ITEM_COLUMNS = `id, version, code, name, category, supply_class AS supplyClass, base_unit AS baseUnit, pack_sizes AS packSizes,
  unit_weight_kg AS unitWeightKg, unit_volume_m3 AS unitVolumeM3, needs_lot_expiry AS needsLotExpiry, cold_min_c AS coldMinC,
  cold_max_c AS coldMaxC, freeze_sensitive AS freezeSensitive, un_number AS unNumber, dg_class AS dgClass,
  packing_group AS packingGroup, nsn, unicef_code AS unicefCode, gtin, sharing`;

const items: TargetSpec = {
  codeField: 'code',
  schema: itemRow,
  recordFields: [
    'code',
    'name',
    'category',
    'supplyClass',
    'baseUnit',
    'packSizes',
    'unitWeightKg',
    'unitVolumeM3',
    'needsLotExpiry',
    'coldMinC',
    'coldMaxC',
    'freezeSensitive',
    'unNumber',
    'dgClass',
    'packingGroup',
    'nsn',
    'unicefCode',
    'gtin',
    'sharing',
  ],
  existing: (sqlite) => {
    const map = existingBy(sqlite, `SELECT ${ITEM_COLUMNS} FROM items`, 'code', ['packSizes']);
    for (const e of map.values()) {
      e.values.needsLotExpiry = Boolean(e.values.needsLotExpiry);
      e.values.freezeSensitive = Boolean(e.values.freezeSensitive);
    }
    return map;
  },
  writer: saveMany(itemSpec, 'items.save'),
};

const sites: TargetSpec = {
  codeField: 'code',
  schema: siteRow,
  recordFields: ['code', 'name', 'kind', 'operatorOrgId', 'town', 'adm1Code', 'adm2Code', 'latitude', 'longitude', 'sharing'],
  existing: (sqlite) =>
    existingBy(
      sqlite,
      `SELECT id, version, code, name, kind, operator_org_id AS operatorOrgId, town, adm1_code AS adm1Code, adm2_code AS adm2Code,
         latitude, longitude, sharing FROM sites`,
      'code',
    ),
  resolve(values, lookups): Record<string, string> {
    const v = values.operatorOrgId;
    if (v == null || v === '') return {};
    const id = lookups.orgs.get(key(v));
    if (!id) return { operatorOrgId: `no organisation has the short name "${String(v)}"; add it first or import organisations` };
    values.operatorOrgId = id;
    return {};
  },
  writer: saveMany(siteSpec, 'sites.save'),
};

const CONTACT_FIELDS = {
  contactName: 'name',
  contactRole: 'role',
  contactPhone: 'phone',
  contactEmail: 'email',
  contactCallSign: 'callSign',
} as const;
export const contactSchema = contactRow.omit({ organisationId: true });

/** A row's contact, when it names one. */
export function contactOf(values: Values): Values | null {
  if (values.contactName == null || values.contactName === '') return null;
  const c: Values = {};
  for (const [from, to] of Object.entries(CONTACT_FIELDS)) if (values[from] !== undefined) c[to] = values[from];
  return c;
}

const organisations: TargetSpec = {
  codeField: 'shortName',
  schema: organisationRow,
  recordFields: ['shortName', 'name', 'kind', 'country', 'sharing', 'notes'],
  existing: (sqlite) =>
    existingBy(sqlite, 'SELECT id, version, short_name AS shortName, name, kind, country, sharing, notes FROM organisations', 'shortName'),
  // Several rows may name one organisation (one per contact), anywhere in the file: its rows are
  // kept to the end of the file (organisations number hundreds, not tens of thousands).
  writer(ctx) {
    const rows: Accepted[] = [];
    return { add: (a) => void rows.push(a), end: () => writeOrganisations(ctx, rows) };
  },
};

async function writeOrganisations(ctx: ServiceContext, rows: Accepted[]): Promise<void> {
  // It is written once, from its first row; then every row's contact, under its organisation's id.
  const orgRows = new Map<string, Accepted>();
  for (const a of rows) if (!orgRows.has(key(a.record.shortName))) orgRows.set(key(a.record.shortName), a);
  const changed = [...orgRows.values()].filter((a) => a.changed);
  const saved = changed.length ? await ctx.call('organisations.save', { rows: changed.map(rowOf) as never }) : [];
  const idOf = new Map(saved.map((o) => [key(o.shortName), o.id]));
  for (const a of orgRows.values()) if (a.existing && !idOf.has(key(a.record.shortName))) idOf.set(key(a.record.shortName), a.existing.id);
  const existingContacts = new Map(
    (
      ctx.sqlite.prepare('SELECT id, version, organisation_id AS org, name FROM contacts').all() as {
        id: string;
        version: number;
        org: string;
        name: string;
      }[]
    ).map((c) => [`${c.org}|${key(c.name)}`, c]),
  );
  const contacts: Values[] = [];
  for (const a of rows) {
    if (!a.contact) continue;
    const orgId = idOf.get(key(a.record.shortName))!;
    const found = existingContacts.get(`${orgId}|${key(a.contact.name)}`);
    contacts.push(
      found ? { id: found.id, version: found.version, organisationId: orgId, ...a.contact } : { organisationId: orgId, ...a.contact },
    );
  }
  if (contacts.length) await saveInBatches(ctx, 'contacts.save', contacts);
}

export const TARGET_SPECS: Record<Exclude<ImportTarget, 'openingStock' | 'requests'>, TargetSpec> = { items, sites, organisations };

/** A target whose rows are records judged one by one (not opening stock or requests, which group rows across the file). */
export const isRecordTarget = (target: ImportTarget): target is keyof typeof TARGET_SPECS => target in TARGET_SPECS;

export function readLookups(sqlite: Database.Database): Lookups {
  const orgs = new Map(
    (sqlite.prepare('SELECT id, short_name AS s FROM organisations').all() as { id: string; s: string }[]).map((o) => [key(o.s), o.id]),
  );
  const siteMap = new Map(
    (sqlite.prepare('SELECT id, code FROM sites').all() as { id: string; code: string }[]).map((s) => [key(s.code), { id: s.id }]),
  );
  const itemMap = new Map(
    (
      sqlite.prepare('SELECT id, code, needs_lot_expiry AS n, base_unit AS u FROM items').all() as {
        id: string;
        code: string;
        n: number;
        u: string;
      }[]
    ).map((i) => [key(i.code), { id: i.id, needsLotExpiry: Boolean(i.n), baseUnit: i.u }]),
  );
  return { orgs, sites: siteMap, items: itemMap };
}

export { key as codeKey };
