/* eslint-disable max-lines -- a table: every importable field of items, organisations, sites and opening stock with its hashtags and headers; the logic is the few helpers at the top */
import { FIELD_LABELS, say, sayingLabels, SITE_KIND_KEYS, type FieldLabel } from '../../../api/i18n';
import {
  BASE_UNIT_LABELS,
  BASE_UNITS,
  CATEGORY_LABELS,
  CONDITION_LABELS,
  ITEM_CATEGORIES,
  ORG_KIND_LABELS,
  ORG_KINDS,
  PACKING_GROUPS,
  SITE_KIND_LABELS,
  SITE_KINDS,
  STOCK_CONDITIONS,
  SUPPLY_CLASSES,
  TLP_LABELS,
} from '../../../api/vocabularies';
import type { ImportTarget } from '../../../api/imports';
import { REQUEST_IMPORT_FIELDS } from './request-fields';

/*
 * What each import target takes: its fields, the HXL hashtags and the header names (English and
 * French) that map a partner's column to each, and for list fields the words partners use for
 * our values. Matching ignores case, accents, spaces and punctuation.
 */

export type FieldKind = 'text' | 'number' | 'date' | 'choice' | 'bool';

export interface ImportField {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** HXL hashtags with attributes, e.g. "#item +code". */
  hxl: string[];
  /** Header names, English and French. */
  names: string[];
  choices?: readonly string[];
  /**
   * How the wizard's value mapping names each choice ("Food" for `food`), read when a preview is
   * made so it follows the language of the call; a choice without one is shown as it is (I, II…).
   */
  labels?: Readonly<Record<string, string>>;
  /** Our value's label (as exports write it) and partners' words for it. */
  words?: Record<string, string[]>;
}

export const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const YES_NO: Record<string, string[]> = {
  // English, French and Arabic: what Corridor's own exports write in each language, and more.
  yes: ['yes', 'y', 'true', '1', 'x', 'oui', 'o', 'vrai', 'si', 'نعم'],
  no: ['no', 'n', 'false', '0', 'non', 'faux', 'لا'],
};
/** What the wizard calls each of a list field's choices, in the current language. */
export const choiceLabels = (f: ImportField): Record<string, string> =>
  Object.fromEntries((f.choices ?? []).map((c) => [c, f.labels?.[c] ?? c]));

const YES_NO_LABELS = sayingLabels({ yes: 'exportCell.yes', no: 'exportCell.no' });
const bool = (key: string, label: string, hxl: string[], names: string[]): ImportField => ({
  key,
  label,
  kind: 'bool',
  hxl,
  names,
  choices: ['yes', 'no'],
  labels: YES_NO_LABELS,
  words: YES_NO,
});
const labelled = (labels: Record<string, string>, extra: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(labels).map(([k, l]) => [k, [l, ...(extra[k] ?? [])]]));

const sharing: ImportField = {
  key: 'sharing',
  label: 'Sharing label',
  kind: 'choice',
  hxl: ['#x_tlp'],
  names: ['sharing', 'tlp', 'sharing label', 'label', 'partage', 'diffusion'],
  choices: TLP_LABELS,
  labels: Object.fromEntries(TLP_LABELS.map((l) => [l, `TLP:${l}`])),
  words: Object.fromEntries(TLP_LABELS.map((l) => [l, [`TLP:${l}`, `TLP ${l}`]])),
};

const ITEM_FIELDS: ImportField[] = [
  {
    key: 'code',
    label: 'Code',
    kind: 'text',
    required: true,
    hxl: ['#item +code'],
    names: ['code', 'item code', 'code article', 'reference', 'ref', 'sku', 'item no', 'code produit'],
  },
  {
    key: 'name',
    label: 'Name',
    kind: 'text',
    required: true,
    hxl: ['#item +name', '#item'],
    names: ['name', 'item', 'description', 'item name', 'designation', 'libelle', 'nom', 'article', 'produit'],
  },
  {
    key: 'category',
    label: 'Category',
    kind: 'choice',
    required: true,
    hxl: ['#sector', '#item +type', '#item +category'],
    names: ['category', 'sector', 'categorie', 'secteur', 'type', 'famille'],
    choices: ITEM_CATEGORIES,
    labels: CATEGORY_LABELS,
    words: labelled(CATEGORY_LABELS, {
      food: ['vivres', 'nourriture', 'alimentaire', 'alimentation', 'food items', 'securite alimentaire'],
      nfi: ['non food items', 'articles non alimentaires', 'ana', 'nfi', 'non alimentaire'],
      shelter: ['abri', 'abris', 'hebergement'],
      wash: ['eau', 'eha', 'wash', 'eau hygiene assainissement', 'hygiene', 'watsan'],
      health: ['sante', 'medical', 'medicaments', 'medicines', 'medical supplies'],
      education: ['education', 'scolaire'],
      fuel: ['carburant', 'combustible', 'fuel', 'pol'],
      construction: ['construction', 'materiaux'],
      spare_parts: ['pieces detachees', 'pieces de rechange', 'spares', 'spare parts'],
      other: ['autre', 'autres', 'divers', 'misc'],
    }),
  },
  {
    key: 'supplyClass',
    label: 'Supply class',
    kind: 'choice',
    hxl: ['#item +class'],
    names: ['supply class', 'class', 'classe'],
    choices: SUPPLY_CLASSES,
  },
  {
    key: 'baseUnit',
    label: 'Base unit',
    kind: 'choice',
    required: true,
    hxl: ['#item +unit', '#x_quantity +unit'],
    names: ['base unit', 'unit', 'uom', 'unite', 'unite de base', 'unite de mesure'],
    choices: BASE_UNITS,
    labels: BASE_UNIT_LABELS,
    words: {
      each: ['ea', 'unit', 'pcs', 'nos', 'no', 'unite', 'u'],
      kg: ['kilogram', 'kilogramme', 'kilo', 'kgs'],
      litre: ['l', 'liter', 'litres', 'liters', 'lt', 'ltr'],
      pair: ['pr', 'paire', 'pairs', 'paires'],
      piece: ['pc', 'pce', 'piece', 'pieces'],
      box: ['bx', 'boite', 'boites', 'carton', 'boxes'],
      set: ['kit', 'jeu', 'lot', 'sets', 'ensemble'],
      roll: ['rouleau', 'rouleaux', 'rolls'],
      metre: ['m', 'meter', 'metres', 'meters', 'metre', 'ml'],
      dose: ['doses'],
    },
  },
  {
    key: 'packSizes',
    label: 'Pack sizes',
    kind: 'text',
    hxl: ['#item +packs'],
    names: ['pack sizes', 'packs', 'conditionnement', 'emballages'],
  },
  {
    key: 'unitWeightKg',
    label: 'Unit weight (kg)',
    kind: 'number',
    hxl: ['#x_weight +kg', '#x_weight'],
    names: ['unit weight kg', 'unit weight', 'weight kg', 'weight', 'poids unitaire kg', 'poids unitaire', 'poids kg', 'poids'],
  },
  {
    key: 'unitVolumeM3',
    label: 'Unit volume (m³)',
    kind: 'number',
    hxl: ['#x_volume +m3', '#x_volume'],
    names: ['unit volume m3', 'unit volume', 'volume m3', 'volume', 'volume unitaire m3', 'volume unitaire'],
  },
  bool(
    'needsLotExpiry',
    'Lot & expiry',
    ['#x_lot +required'],
    ['lot expiry', 'needs lot expiry', 'lot and expiry', 'lot et peremption', 'suivi par lot'],
  ),
  {
    key: 'coldMinC',
    label: 'Cold min °C',
    kind: 'number',
    hxl: ['#x_cold +min'],
    names: ['cold min c', 'cold min', 'temperature min', 'froid min c', 'froid min'],
  },
  {
    key: 'coldMaxC',
    label: 'Cold max °C',
    kind: 'number',
    hxl: ['#x_cold +max'],
    names: ['cold max c', 'cold max', 'temperature max', 'froid max c', 'froid max'],
  },
  bool('freezeSensitive', 'Freeze-sensitive', ['#x_cold +freeze'], ['freeze sensitive', 'craint le gel', 'sensible au gel']),
  { key: 'unNumber', label: 'UN number', kind: 'text', hxl: ['#item +un'], names: ['un number', 'un no', 'numero onu', 'no onu'] },
  {
    key: 'dgClass',
    label: 'DG class',
    kind: 'text',
    hxl: ['#item +dg_class'],
    names: ['dg class', 'hazard class', 'classe de danger', 'classe adr'],
  },
  {
    key: 'packingGroup',
    label: 'Packing group',
    kind: 'choice',
    hxl: ['#item +dg_pg'],
    names: ['packing group', 'groupe demballage'],
    choices: PACKING_GROUPS,
  },
  { key: 'nsn', label: 'NSN', kind: 'text', hxl: ['#item +code +nsn'], names: ['nsn', 'nato stock number', 'nno'] },
  { key: 'unicefCode', label: 'UNICEF code', kind: 'text', hxl: ['#item +code +unicef'], names: ['unicef code', 'unicef', 'code unicef'] },
  {
    key: 'gtin',
    label: 'GTIN',
    kind: 'text',
    hxl: ['#item +code +gtin'],
    names: ['gtin', 'ean', 'barcode', 'code barre', 'code a barres'],
  },
  sharing,
];

const ORG_FIELDS: ImportField[] = [
  {
    key: 'shortName',
    label: 'Short name',
    kind: 'text',
    required: true,
    hxl: ['#org +acronym', '#org +code'],
    names: ['short name', 'acronym', 'sigle', 'acronyme', 'nom court', 'code'],
  },
  {
    key: 'name',
    label: 'Name',
    kind: 'text',
    required: true,
    hxl: ['#org +name', '#org'],
    names: ['name', 'organisation', 'organization', 'nom', 'nom de lorganisation', 'organisme'],
  },
  {
    key: 'kind',
    label: 'Kind',
    kind: 'choice',
    required: true,
    hxl: ['#org +type'],
    names: ['kind', 'type', 'organisation type', 'type dorganisation'],
    choices: ORG_KINDS,
    labels: ORG_KIND_LABELS,
    words: labelled(ORG_KIND_LABELS, {
      military: ['army', 'armee', 'militaire', 'forces', 'battalion', 'bataillon'],
      ngo: ['ong', 'ingo', 'nngo', 'ongi', 'non governmental organisation', 'organisation non gouvernementale'],
      un_agency: ['un', 'onu', 'agence onu', 'united nations', 'nations unies', 'un agency'],
      local_authority: ['government', 'gouvernement', 'authority', 'autorite locale', 'mairie', 'council', 'conseil'],
      other: ['autre', 'private', 'prive', 'company', 'entreprise'],
    }),
  },
  { key: 'country', label: 'Country', kind: 'text', hxl: ['#country +name', '#country'], names: ['country', 'pays'] },
  sharing,
  {
    key: 'notes',
    label: 'Notes',
    kind: 'text',
    hxl: ['#description', '#meta +notes'],
    names: ['notes', 'note', 'remarks', 'remarques', 'commentaire', 'commentaires'],
  },
  {
    key: 'contactName',
    label: 'Contact name',
    kind: 'text',
    hxl: ['#contact +name', '#contact'],
    names: ['contact name', 'contact', 'nom du contact', 'personne de contact', 'point focal'],
  },
  {
    key: 'contactRole',
    label: 'Contact role',
    kind: 'text',
    hxl: ['#contact +role'],
    names: ['role', 'contact role', 'fonction', 'poste', 'title'],
  },
  {
    key: 'contactPhone',
    label: 'Contact phone',
    kind: 'text',
    hxl: ['#contact +phone'],
    names: ['phone', 'telephone', 'tel', 'mobile', 'contact phone'],
  },
  {
    key: 'contactEmail',
    label: 'Contact email',
    kind: 'text',
    hxl: ['#contact +email'],
    names: ['email', 'e mail', 'courriel', 'mail', 'contact email'],
  },
  {
    key: 'contactCallSign',
    label: 'Contact call sign',
    kind: 'text',
    hxl: ['#contact +callsign'],
    names: ['call sign', 'callsign', 'indicatif', 'indicatif radio'],
  },
];

const SITE_FIELDS: ImportField[] = [
  { key: 'code', label: 'Code', kind: 'text', required: true, hxl: ['#loc +code'], names: ['code', 'site code', 'code site', 'pcode'] },
  {
    key: 'name',
    label: 'Name',
    kind: 'text',
    required: true,
    hxl: ['#loc +name', '#loc'],
    names: ['name', 'site', 'site name', 'nom', 'nom du site', 'lieu'],
  },
  {
    key: 'kind',
    label: 'Kind',
    kind: 'choice',
    required: true,
    hxl: ['#loc +type'],
    names: ['kind', 'type', 'site type', 'type de site'],
    choices: SITE_KINDS,
    labels: sayingLabels(SITE_KIND_KEYS),
    words: labelled(SITE_KIND_LABELS, {
      warehouse: ['entrepot', 'magasin', 'depot', 'store', 'wh'],
      forward_base: ['fob', 'base avancee', 'base operationnelle avancee'],
      transit_hub: ['hub', 'plateforme', 'transit', 'centre de transit'],
      distribution_point: ['point de distribution', 'site de distribution', 'distribution', 'fdp'],
    }),
  },
  {
    key: 'operatorOrgId',
    label: 'Operated by (short name)',
    kind: 'text',
    hxl: ['#org +impl', '#org'],
    names: ['operated by', 'operator', 'organisation', 'gere par', 'gestionnaire', 'operateur'],
  },
  {
    key: 'town',
    label: 'Town',
    kind: 'text',
    hxl: ['#loc +town', '#adm3 +name'],
    names: ['town', 'city', 'village', 'ville', 'localite', 'commune'],
  },
  {
    key: 'adm1Code',
    label: 'Admin 1 code',
    kind: 'text',
    hxl: ['#adm1 +code'],
    names: ['admin 1 code', 'adm1 code', 'adm1', 'region code', 'code region'],
  },
  {
    key: 'adm2Code',
    label: 'Admin 2 code',
    kind: 'text',
    hxl: ['#adm2 +code'],
    names: ['admin 2 code', 'adm2 code', 'adm2', 'district code', 'code district'],
  },
  { key: 'latitude', label: 'Latitude', kind: 'number', hxl: ['#geo +lat'], names: ['latitude', 'lat', 'y'] },
  { key: 'longitude', label: 'Longitude', kind: 'number', hxl: ['#geo +lon'], names: ['longitude', 'lon', 'long', 'lng', 'x'] },
  sharing,
];

const STOCK_FIELDS: ImportField[] = [
  {
    key: 'site',
    label: 'Site code',
    kind: 'text',
    required: true,
    hxl: ['#loc +code'],
    names: ['site', 'site code', 'code site', 'warehouse', 'entrepot', 'magasin'],
  },
  {
    key: 'item',
    label: 'Item code',
    kind: 'text',
    required: true,
    hxl: ['#item +code'],
    names: ['item code', 'code', 'item', 'code article', 'article', 'reference'],
  },
  {
    key: 'owner',
    label: 'Owner (short name)',
    kind: 'text',
    required: true,
    hxl: ['#org +owner', '#org +acronym', '#org'],
    names: ['owner', 'proprietaire', 'organisation', 'owner organisation'],
  },
  {
    key: 'lotNumber',
    label: 'Lot',
    kind: 'text',
    hxl: ['#x_lot +number', '#x_lot'],
    names: ['lot', 'lot number', 'batch', 'numero de lot', 'lot no'],
  },
  {
    key: 'expiryDate',
    label: 'Expiry',
    kind: 'date',
    hxl: ['#date +expiry', '#x_expiry'],
    names: ['expiry', 'expiry date', 'expiration', 'date dexpiration', 'peremption', 'date de peremption', 'best before'],
  },
  {
    key: 'quantity',
    label: 'Quantity (base units)',
    kind: 'number',
    required: true,
    hxl: ['#x_quantity +on_hand', '#x_quantity'],
    names: ['quantity', 'qty', 'quantite', 'qte', 'on hand', 'stock'],
  },
  {
    key: 'condition',
    label: 'Condition',
    kind: 'choice',
    hxl: ['#x_condition', '#status'],
    names: ['condition', 'etat', 'state'],
    choices: STOCK_CONDITIONS,
    labels: CONDITION_LABELS,
    words: labelled(CONDITION_LABELS as Record<string, string>, {
      good: ['bon', 'bon etat', 'ok', 'usable', 'utilisable'],
      damaged: ['endommage', 'abime', 'damaged', 'casse'],
      quarantined: ['quarantaine', 'en quarantaine', 'hold', 'bloque'],
    }),
  },
];

export const IMPORT_FIELDS: Record<ImportTarget, ImportField[]> = {
  items: ITEM_FIELDS,
  organisations: ORG_FIELDS,
  sites: SITE_FIELDS,
  openingStock: STOCK_FIELDS,
  requests: REQUEST_IMPORT_FIELDS,
};

/** A field's name in the reader's language where the catalogue has it (FIELD_LABELS), else as defined here. */
export const fieldWord = (label: string): string => (label in FIELD_LABELS ? say(FIELD_LABELS[label as FieldLabel]) : label);
