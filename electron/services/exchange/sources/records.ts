import { z } from 'zod';
import {
  CATEGORY_LABELS,
  FIELD_RULE_LABELS,
  ORG_KIND_LABELS,
  SENSITIVE_FIELD_INFO,
  SENSITIVE_FIELDS,
  SITE_KIND_LABELS,
  isTlpLabel,
  labelAsApplied,
  strictestLabel,
  type FieldRule,
  type SharedRecordType,
  type ItemCategory,
  type OrgKind,
  type SiteKind,
} from '../../../api/vocabularies';
import { messageLanguage, say } from '../../../api/i18n/current';
import type { SharingDefaults } from '../../../api/exchange';
import { sharingShown } from '../../../api/sharing-words';
import { field, fieldValue, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { sqlSource } from './source';
import { tlpText } from './tlp-text';

/* The record grids (organisations, contacts, agreements, sites, catalogue, export profiles): small
   tables the grids hold whole and filter themselves. */

type Row = Record<string, unknown>;
const archivedParam = z.object({ includeArchived: z.boolean().optional() }).default({});
const orgParam = z.object({ organisationId: z.string().max(60).optional() }).default({});
const archived = (p: { includeArchived?: boolean }) => (p.includeArchived ? '' : 'WHERE t.archived = 0');

/** A record grid's "Sharing label" column (items, sites, contacts, agreements, vehicles): the label the row leaves under, sorted and filtered by the grid's words. */
export const sharingColumn: SheetColumn<Row> = {
  id: 'sharing',
  header: 'Sharing',
  hxl: '#x_tlp',
  type: 'text',
  width: 12,
  value: (r) => tlpText(r.effectiveSharing),
  gridText: (r) => String(r.sharingShown ?? tlpText(r.effectiveSharing)),
  gridSortsByLabel: true, // a select in the grid
};
/**
 * A row's Sharing cell as the grid shows it: its own label, or a blank one's words (`underOrg`: a
 * contact's or an agreement's, under its organisation's label). The words are worked out once per
 * language and labels, not once per row (a 100,000-item catalogue sorted on that column).
 */
const blankWords = new Map<string, string>();
export const sharingShownAs =
  (type: SharedRecordType, underOrg = false) =>
  (r: Row, d: SharingDefaults): string => {
    if (isTlpLabel(r.sharing)) return tlpText(r.sharing);
    const under = underOrg ? labelAsApplied(r.orgSharing, d.organisation) : undefined;
    const key = `${messageLanguage()} ${d[type]} ${under ?? ''}`;
    let words = blankWords.get(key);
    if (words === undefined) blankWords.set(key, (words = sharingShown(null, d[type], under, say)));
    return words;
  };
const choice = <K extends string>(id: string, header: string, hxl: string, labels: Record<K, string>, width = 16): SheetColumn<Row> => ({
  id,
  header,
  hxl,
  type: 'text',
  width,
  value: fieldValue<Row>(id, (v) => (v == null ? null : (labels[v as K] ?? v))),
  gridSortsByLabel: true, // a select in the grid
});

export const organisationsSource = sqlSource<z.output<typeof archivedParam>>({
  title: 'Organisations',
  stem: 'organisations',
  params: archivedParam,
  gridFilters: true,
  columns: [
    field('name', 'Name', '#org +name', 'text', 34),
    field('shortName', 'Short name', '#org +acronym', 'text', 14),
    choice<OrgKind>('kind', 'Kind', '#org +type', ORG_KIND_LABELS, 18),
    field('country', 'Country', '#country +name', 'text', 14),
    sharingColumn,
    field('notes', 'Notes', '#description', 'text', 40),
  ],
  query: (_run, p) => ({
    sql: `SELECT t.*, t.short_name AS shortName FROM organisations t ${archived(p)}`,
    orderBy: 't.name', // the grid's order (organisations.list: by name)
    orderColumn: 'name',
  }),
  label: (r, d) => labelOf(r.sharing, 'organisation', d),
});

export const contactsSource = sqlSource<z.output<typeof orgParam>>({
  title: 'Contacts',
  stem: 'contacts',
  params: orgParam,
  gridFilters: true,
  columns: [
    field('organisation', 'Organisation', '#org +acronym', 'text', 14),
    field('name', 'Name', '#contact +name', 'text', 26),
    field('role', 'Role', '#contact +role', 'text', 20),
    field('phone', 'Phone', '#contact +phone', 'text', 18),
    field('email', 'Email', '#contact +email', 'text', 26),
    { ...field<Row>('callSign', 'Call sign', '#contact +callsign', 'text', 12), sensitive: 'callSigns' },
    sharingColumn,
  ],
  query: (_run, p) => ({
    sql: `SELECT t.name, t.role, t.phone, t.email, t.call_sign AS callSign, t.sharing, o.short_name AS organisation, o.sharing AS orgSharing
         FROM contacts t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.archived = 0 AND (@org IS NULL OR t.organisation_id = @org)`,
    orderBy: 't.name',
    orderColumn: 'name',
    args: { org: p.organisationId ?? null },
  }),
  label: (r, d) => strictestLabel([labelOf(r.sharing, 'contact', d), labelOf(r.orgSharing, 'organisation', d)]),
  sharingShown: sharingShownAs('contact', true),
});

export const agreementsSource = sqlSource<z.output<typeof orgParam>>({
  title: 'Agreements and MOUs',
  stem: 'agreements',
  params: orgParam,
  gridFilters: true,
  columns: [
    field('organisation', 'Organisation', '#org +acronym', 'text', 14),
    field('title', 'Title', '#x_agreement +name', 'text', 34),
    field('parties', 'Parties', '#org +partners', 'text', 30),
    field('validFrom', 'Valid from', '#date +start', 'date'),
    field('validUntil', 'Valid until', '#date +end', 'date'),
    field('scope', 'Scope', '#description', 'text', 40),
    sharingColumn,
  ],
  query: (_run, p) => ({
    sql: `SELECT t.title, t.parties, t.valid_from AS validFrom, t.valid_until AS validUntil, t.scope, t.sharing,
           o.short_name AS organisation, o.sharing AS orgSharing
         FROM agreements t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.archived = 0 AND (@org IS NULL OR t.organisation_id = @org)`,
    orderBy: 't.title',
    orderColumn: 'title',
    args: { org: p.organisationId ?? null },
  }),
  label: (r, d) => strictestLabel([labelOf(r.sharing, 'agreement', d), labelOf(r.orgSharing, 'organisation', d)]),
  sharingShown: sharingShownAs('agreement', true),
});

/** A site's coordinates are a sensitive place: coarsened to its admin area (admin 2, else admin 1). */
export const adminArea = (r: Row) => (r.adm2Code || r.adm1Code || null) as string | null;
export const coordinateColumns = (lat = 'latitude', lon = 'longitude'): SheetColumn<Row>[] => [
  {
    ...field<Row>(lat, 'Latitude', '#geo +lat', 'decimal', 11),
    sensitive: 'locations',
    coarse: adminArea,
    coarseHeader: 'Admin area (coordinates withheld)',
    coarseHxl: '#adm2 +code',
  },
  { ...field<Row>(lon, 'Longitude', '#geo +lon', 'decimal', 11), sensitive: 'locations' },
];

export const sitesSource = sqlSource<z.output<typeof archivedParam>>({
  title: 'Sites',
  stem: 'sites',
  params: archivedParam,
  gridFilters: true,
  columns: [
    field('code', 'Code', '#loc +code', 'text', 10),
    field('name', 'Name', '#loc +name', 'text', 30),
    choice<SiteKind>('kind', 'Kind', '#loc +type', SITE_KIND_LABELS, 18),
    field('operatorOrgId', 'Operated by', '#org +impl', 'text', 14, { gridSortsByLabel: true }),
    field('town', 'Town', '#loc +town', 'text', 16),
    field('adm1Code', 'Admin 1 code', '#adm1 +code', 'text', 12),
    field('adm2Code', 'Admin 2 code', '#adm2 +code', 'text', 12),
    ...coordinateColumns(),
    sharingColumn,
  ],
  query: (_run, p) => ({
    sql: `SELECT t.code, t.name, t.kind, o.short_name AS operatorOrgId, t.town, t.adm1_code AS adm1Code, t.adm2_code AS adm2Code,
           t.latitude, t.longitude, t.sharing
         FROM sites t LEFT JOIN organisations o ON o.id = t.operator_org_id ${archived(p)}`,
    orderBy: 't.code',
    orderColumn: 'code',
  }),
  label: (r, d) => labelOf(r.sharing, 'site', d),
  sharingShown: sharingShownAs('site'),
});

export const itemsSource = sqlSource<z.output<typeof archivedParam>>({
  title: 'Catalogue',
  stem: 'catalogue',
  params: archivedParam,
  gridFilters: true,
  columns: [
    field('code', 'Code', '#item +code', 'text', 14),
    field('name', 'Name', '#item +name', 'text', 34),
    choice<ItemCategory>('category', 'Category', '#sector', CATEGORY_LABELS, 14),
    field('supplyClass', 'Supply class', '#item +class', 'text', 8, { gridSortsByLabel: true }),
    field('baseUnit', 'Base unit', '#item +unit', 'text', 10, { gridSortsByLabel: true }),
    { id: 'packSizes', header: 'Pack sizes', hxl: '#item +packs', type: 'text', width: 20, value: fieldValue<Row>('packSizes', packText) },
    field('unitWeightKg', 'Unit weight (kg)', '#x_weight +kg', 'decimal'),
    field('unitVolumeM3', 'Unit volume (m³)', '#x_volume +m3', 'decimal'),
    field('needsLotExpiry', 'Lot & expiry', '#x_lot +required', 'boolean'),
    field('coldMinC', 'Cold min °C', '#x_cold +min', 'decimal'),
    field('coldMaxC', 'Cold max °C', '#x_cold +max', 'decimal'),
    field('freezeSensitive', 'Freeze-sensitive', '#x_cold +freeze', 'boolean'),
    field('unNumber', 'UN number', '#item +un', 'text', 10),
    field('dgClass', 'DG class', '#item +dg_class', 'text', 8),
    field('packingGroup', 'Packing group', '#item +dg_pg', 'text', 8, { gridSortsByLabel: true }),
    field('nsn', 'NSN', '#item +code +nsn', 'text', 18),
    field('unicefCode', 'UNICEF code', '#item +code +unicef', 'text', 12),
    field('gtin', 'GTIN', '#item +code +gtin', 'text', 16),
    sharingColumn,
  ],
  query: (_run, p) => ({
    sql: `SELECT t.code, t.name, t.category, t.supply_class AS supplyClass, t.base_unit AS baseUnit, t.pack_sizes AS packSizes,
           t.unit_weight_kg AS unitWeightKg, t.unit_volume_m3 AS unitVolumeM3, t.needs_lot_expiry AS needsLotExpiry,
           t.cold_min_c AS coldMinC, t.cold_max_c AS coldMaxC, t.freeze_sensitive AS freezeSensitive, t.un_number AS unNumber,
           t.dg_class AS dgClass, t.packing_group AS packingGroup, t.nsn, t.unicef_code AS unicefCode, t.gtin, t.sharing
         FROM items t ${archived(p)}`,
    orderBy: 't.code',
    orderColumn: 'code',
  }),
  label: (r, d) => labelOf(r.sharing, 'item', d),
  sharingShown: sharingShownAs('item'),
});

/** Pack sizes as the grid writes them: "carton=20; pallet=800". */
function packText(v: unknown): string {
  if (v === '[]' || v == null) return ''; // most items have none: no JSON.parse per row for that
  try {
    const list = (typeof v === 'string' ? JSON.parse(v) : v) as { name: string; quantity: number }[];
    return Array.isArray(list) ? list.map((p) => `${p.name}=${p.quantity}`).join('; ') : '';
  } catch {
    return String(v ?? '');
  }
}

export const exportProfilesSource = sqlSource<z.output<typeof archivedParam>>({
  title: 'Export profiles',
  stem: 'export-profiles',
  params: archivedParam,
  gridFilters: true,
  columns: [
    field('organisationId', 'Partner', '#org +name', 'text', 16, { gridSortsByLabel: true }),
    {
      ...field('maxLabel', 'Highest label', '#x_tlp +max', 'text', 14, { gridSortsByLabel: true }),
      value: fieldValue('maxLabel', tlpText),
    },
    ...SENSITIVE_FIELDS.map((f): SheetColumn<Row> => ({
      id: f,
      header: SENSITIVE_FIELD_INFO[f].label,
      hxl: `#x_rule +${f.toLowerCase()}`,
      type: 'text',
      width: 16,
      value: (r) => FIELD_RULE_LABELS[r[f] as FieldRule] ?? r[f],
      gridSortsByLabel: true,
    })),
    field('notes', 'Notes', '#description', 'text', 30),
  ],
  query: (_run, p) => ({
    sql: `SELECT o.short_name AS organisationId, t.max_label AS maxLabel, t.call_signs AS callSigns, t.locations, t.routes,
           t.departure_times AS departureTimes, t.escort_composition AS escortComposition, t.weapons_cargo AS weaponsCargo, t.notes
         FROM export_profiles t JOIN organisations o ON o.id = t.organisation_id ${archived(p)}`,
    orderBy: 'o.short_name',
  }),
  // Who may receive what is itself internal.
  label: () => 'AMBER',
});
