import {
  CATEGORY_LABELS,
  CONDITION_LABELS,
  DOCUMENT_STATUS_LABELS,
  ORG_KIND_LABELS,
  reasonLabel,
  STOCK_DOCUMENT_KIND_LABELS,
} from '../../../../electron/api/vocabularies';
import {
  CONVOY_STATUS_KEYS,
  CATALOGUES,
  FIELD_LABELS,
  NOTIFICATION_STATUS_KEYS,
  REQUEST_STATUS_KEYS,
  SITE_KIND_KEYS,
  type MessageKey,
} from '../../../../electron/api/i18n';
import type { ConvoyStatus, NotificationStatus, RequestStatus } from '../../../../electron/api/vocabularies';
import { AUDIT_ENTITY_KEYS, AUDIT_EVENT_KEYS, AUDIT_FIELD_KEYS, AUDIT_VERB_KEYS, STORED_EVENTS } from './field-words';
import { t } from '../../i18n';
import { date, dateTime, num } from '../../locale/current';

/*
 * The audit trail in the reader's words (issue 9): what was done (the operation's verb), to
 * what (the record type), which field and which value — "Saved · Item · Unit weight (kg)",
 * « Enregistré · Article · Poids unitaire (kg) », not `items.save`, `unit weight kg` or `nfi`.
 * Stored entries keep codes; only their display is translated, so an old entry reads in any language.
 */

/** The last word of an operation (`stock.thresholds.save` → save), in the reader's words. */
const VERB_KEYS: Record<string, MessageKey> = {
  save: 'audit.verb.save',
  remove: 'audit.verb.remove',
  restore: 'audit.verb.restore',
  update: 'audit.verb.update',
  create: 'audit.verb.create',
  delete: 'audit.verb.delete',
  post: 'audit.verb.post',
  reverse: 'audit.verb.reverse',
  approve: 'audit.verb.approve',
  receive: 'audit.verb.receive',
  receiveStop: 'audit.verb.receive',
  act: 'audit.verb.act',
  void: 'audit.verb.void',
  start: 'audit.verb.start',
  cancel: 'audit.verb.cancel',
  setup: 'audit.verb.setup',
  setOperator: 'audit.verb.setOperator',
  setLanguage: 'audit.verb.setLanguage',
  setSharing: 'audit.verb.setSharing',
  setDefaults: 'audit.verb.save',
  setLine: 'audit.verb.count',
  setLines: 'audit.verb.count',
  addLine: 'audit.verb.add',
  paste: 'audit.verb.paste',
  pasteFound: 'audit.verb.paste',
  add: 'audit.verb.add',
  notification: 'audit.verb.notify',
  loadDemo: 'audit.verb.loadDemo',
  deliver: 'audit.verb.deliver',
  commit: 'audit.verb.commit',
};

const ENTITY_KEYS: Record<string, MessageKey> = {
  organisation: 'audit.entity.organisation',
  contact: 'audit.entity.contact',
  agreement: 'audit.entity.agreement',
  site: 'audit.entity.site',
  item: 'audit.entity.item',
  vehicle: 'audit.entity.vehicle',
  convoy: 'audit.entity.convoy',
  convoy_stop: 'audit.entity.convoy_stop',
  manifest_line: 'audit.entity.manifest_line',
  waybill: 'audit.entity.waybill',
  request: 'audit.entity.request',
  setting: 'audit.entity.setting',
  export: 'audit.entity.export',
  export_profile: 'audit.entity.export_profile',
  database: 'audit.entity.database',
  stock_document: 'audit.entity.stock_document',
  stock_document_line: 'audit.entity.stock_document_line',
  stock_count_line: 'audit.entity.stock_count_line',
  stock_threshold: 'audit.entity.stock_threshold',
  lot: 'audit.entity.lot',
};

/** Stored field names people read differently from the contract's field labels. */
const FIELD_KEYS: Record<string, MessageKey> = {
  code: 'col.code',
  kind: 'col.kind',
  category: 'col.category',
  status: 'col.status',
  condition: 'col.condition',
  toCondition: 'addLine.toCondition',
  baseUnit: 'col.baseUnit',
  packSizes: 'col.packSizes',
  packName: 'line.pack',
  sharingLabel: 'col.sharing',
  email: 'col.email',
  operatorOrgId: 'col.operatedBy',
  supplyClass: 'col.supplyClass',
  unNumber: 'col.unNumber',
  dgClass: 'col.dgClass',
  packingGroup: 'col.packingGroup',
  unicefCode: 'col.unicefCode',
  number: 'col.number',
  occurredAt: 'col.date',
  minQuantity: 'alerts.minimum',
  expected: 'count.expected',
  itemId: 'field.item',
  siteId: 'field.site',
  lotId: 'field.lot',
  ownerOrgId: 'field.owner',
  toOwnerOrgId: 'field.newOwner',
  counterpartyOrgId: 'field.counterparty',
  otherSiteId: 'field.otherSite',
  organisationId: 'field.organisation',
  reasonCode: 'field.reason',
  backdateReason: 'field.reasonForTheBackDate',
  writeOff: 'line.writeOff',
  direction: 'addLine.direction',
  archived: 'audit.field.archived',
  lineNo: 'audit.field.lineNo',
  postedAt: 'doc.posted',
  postedBy: 'col.postedBy',
  countedBy: 'count.countedBy',
  adm1Code: 'field.admin1Code',
  adm2Code: 'field.admin2Code',
};

/** Every field label of the contract, by its key (`field.unitWeightKg`), for names that match. */
const CONTRACT_FIELD_KEYS = new Set<string>(Object.values(FIELD_LABELS));

const verbKey = (operation: string): MessageKey | undefined => {
  const verb = operation.slice(operation.lastIndexOf('.') + 1);
  return VERB_KEYS[verb] ?? AUDIT_VERB_KEYS[verb];
};

export const operationLabel = (operation: string): string => {
  const key = verbKey(operation);
  return key ? t(key) : operation;
};

/** "stock_count_line" → Count sheet line / Ligne de fiche d’inventaire (unknown types: spaced out). */
export const entityLabel = (entity: string): string => {
  const key = ENTITY_KEYS[entity] ?? AUDIT_ENTITY_KEYS[entity];
  return key ? t(key) : entity.replace(/_/g, ' ');
};

/** A stored field name in the reader's words: unitWeightKg → Unit weight (kg) / Poids unitaire (kg). */
export function fieldLabel(field: string): string {
  if (FIELD_KEYS[field]) return t(FIELD_KEYS[field]);
  const key = `field.${field.replace(/Id$/, '')}`;
  if (CONTRACT_FIELD_KEYS.has(key)) return t(key as MessageKey);
  if (Object.hasOwn(AUDIT_FIELD_KEYS, field)) return t(AUDIT_FIELD_KEYS[field]);
  return field
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .toLowerCase();
}

/** Whether the catalogue words these (the audit-words test walks everything the core writes). */
export const hasOperationWord = (operation: string): boolean => verbKey(operation) !== undefined;
export const hasEntityWord = (entity: string): boolean => Object.hasOwn(ENTITY_KEYS, entity) || Object.hasOwn(AUDIT_ENTITY_KEYS, entity);
export const hasFieldWord = (field: string): boolean =>
  Object.hasOwn(FIELD_KEYS, field) ||
  CONTRACT_FIELD_KEYS.has(`field.${field.replace(/Id$/, '')}`) ||
  Object.hasOwn(AUDIT_FIELD_KEYS, field);

function storedMessage(raw: string): string | null {
  try {
    const v = JSON.parse(raw) as { key?: unknown; params?: Record<string, string | number> };
    return typeof v.key === 'string' && Object.hasOwn(CATALOGUES.en, v.key) ? t(v.key as MessageKey, v.params ?? {}) : null;
  } catch {
    return null;
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value in the reader's words: codes of vocabularies as labels, dates in the locale, yes/no. */
export function valueLabel(field: string, value: unknown, entity: string): string | null {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return num(value);
  if (typeof value !== 'string' || value === '') return null;
  if (field === 'category' && value in CATEGORY_LABELS) return CATEGORY_LABELS[value as keyof typeof CATEGORY_LABELS];
  if ((field === 'condition' || field === 'toCondition') && value in CONDITION_LABELS)
    return CONDITION_LABELS[value as keyof typeof CONDITION_LABELS];
  if (field === 'reasonCode') return reasonLabel(value);
  if (field === 'kind' && entity === 'organisation' && value in ORG_KIND_LABELS)
    return ORG_KIND_LABELS[value as keyof typeof ORG_KIND_LABELS];
  if (field === 'kind' && entity === 'site' && value in SITE_KIND_KEYS) return t(SITE_KIND_KEYS[value as keyof typeof SITE_KIND_KEYS]);
  if (field === 'kind' && entity === 'stock_document' && value in STOCK_DOCUMENT_KIND_LABELS)
    return STOCK_DOCUMENT_KIND_LABELS[value as keyof typeof STOCK_DOCUMENT_KIND_LABELS];
  if (field === 'status' && entity === 'stock_document' && value in DOCUMENT_STATUS_LABELS)
    return DOCUMENT_STATUS_LABELS[value as keyof typeof DOCUMENT_STATUS_LABELS];
  if (field === 'event' && Object.hasOwn(STORED_EVENTS, value)) return t(AUDIT_EVENT_KEYS[STORED_EVENTS[value]]);
  const wrongPins = field === 'reason' && entity === 'operator' ? /^(\d+) wrong PINs$/.exec(value) : null;
  if (wrongPins) return t('auditWords.wrongPins', { count: Number(wrongPins[1]) });
  if (field === 'state' && entity === 'convoy' && Object.hasOwn(CONVOY_STATUS_KEYS, value))
    return t(CONVOY_STATUS_KEYS[value as ConvoyStatus]);
  if (field === 'notificationStatus' && Object.hasOwn(NOTIFICATION_STATUS_KEYS, value))
    return t(NOTIFICATION_STATUS_KEYS[value as NotificationStatus]);
  if (field === 'status' && entity === 'request' && Object.hasOwn(REQUEST_STATUS_KEYS, value))
    return t(REQUEST_STATUS_KEYS[value as RequestStatus]);
  // An export's title is stored as its catalogue key and values (core/stored-text.ts storeMessage).
  if (field === 'title' && value.startsWith('{"key":')) return storedMessage(value);
  if (ISO_DAY.test(value)) return date(value);
  if (ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return dateTime(value);
  return null;
}
