import { sayLater } from './i18n/current';
import { z } from 'zod';
import {
  FIELD_RULES,
  SENSITIVE_FIELDS,
  SHARED_RECORD_TYPES,
  TLP_LABELS,
  type SensitiveField,
  type SharedRecordType,
  type TlpLabel,
} from './vocabularies';
import type { ExportProfile } from './record-types';
import { optionalFilterText } from './text';
import { command, query } from './define';
import { idRef, optionalIdRef, optionalText, uuid } from './formats';
import { listInput, removeInput, rowIdentity, rowsInput, type RemoveOutcome } from './records';

/* Sharing with partners: export profiles, sharing defaults, exports (run as jobs) and their history. */

const labelField = (what: string) => z.enum(TLP_LABELS, { error: `${what} must be one of: ${TLP_LABELS.join(', ')}` });

const fieldRule = (field: SensitiveField) =>
  z.enum(FIELD_RULES, { error: `${field}: the rule must be one of: ${FIELD_RULES.join(', ')}` }).optional();

export const exportProfileRow = z.object({
  ...rowIdentity,
  organisationId: idRef('Partner organisation'),
  maxLabel: labelField('Highest label').optional(),
  ...(Object.fromEntries(SENSITIVE_FIELDS.map((f) => [f, fieldRule(f)])) as Record<SensitiveField, ReturnType<typeof fieldRule>>),
  notes: optionalText('Notes'),
});

/** Where an export's rows come from: a grid's own query, or a standard report. */
export const EXPORT_SOURCES = [
  'organisations',
  'contacts',
  'agreements',
  'sites',
  'items',
  'onHand',
  'stockCard',
  'documents',
  'audit',
  'threeW',
  'exportProfiles',
  'exportHistory',
  'convoyMovement',
  'requests',
  'requestMeasures',
  'expiryAlerts',
  'lowStock',
  'counts',
  'countSheet',
  'incoming',
  'thresholds',
  'vehicles',
  'documentLines',
  'manifest',
] as const;
export type ExportSourceId = (typeof EXPORT_SOURCES)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const colId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/, sayLater('schema.columnId'));

/**
 * What to export. The renderer sends the grid's state (visible columns in order with their widths,
 * its filter model, sort and quick search) and the filters of its query; the core runs the
 * query again in a job, so the rows never travel through the renderer.
 */
export const exportRequest = z.object({
  source: z.enum(
    EXPORT_SOURCES,
    sayLater('schema.sourceOneOf', () => ({ values: EXPORT_SOURCES.join(', ') })),
  ),
  /** The grid's query input (its filters), checked by the source. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Visible columns in the order shown; absent = every column of the source. */
  columns: z
    .array(z.object({ colId, width: z.number().min(10).max(2000).optional() }))
    .min(1, sayLater('schema.oneColumn'))
    .max(120)
    .optional(),
  /** AG Grid's filter model (text and number filters), applied to the values as displayed. */
  filterModel: z.record(z.string(), z.unknown()).optional(),
  sort: z
    .array(z.object({ colId, sort: z.enum(['asc', 'desc']) }))
    .max(10)
    .default([]),
  quickFilter: optionalFilterText('Quick search', 200),
  format: z.enum(EXPORT_FORMATS, sayLater('schema.exportFormat')),
  /** A row of HXL hashtags under the header. */
  hxl: z.boolean().default(false),
  /** Export for this partner: its profile applies (labels above its highest are withheld, sensitive fields per rule). */
  partnerOrgId: optionalIdRef('Partner'),
});
export type ExportRequest = z.output<typeof exportRequest>;

/** A preview's request: the export's, and the panel asking (a new preview from the same panel stops the one it replaces). */
export const exportPreviewInput = exportRequest.extend({
  /** The id the panel made as it opened (a UUID); previews without one are never stopped. */
  panel: uuid.optional(),
});

/** What an export wrote (a job's result, and the history row). */
export interface ExportOutcome {
  fileName: string;
  format: ExportFormat;
  source: ExportSourceId;
  title: string;
  rows: number;
  /** Rows left out because their label is above the partner's highest. */
  withheldRows: number;
  /** The label stamped on the file: the strictest of the rows written. */
  label: TlpLabel;
  partnerOrgId: string | null;
  partnerShortName: string | null;
  sha256: string;
  bytes: number;
}

/** What "Export for <partner>" will leave out, and why (shown before exporting). */
export interface ExportPreview {
  partnerShortName: string | null;
  maxLabel: TlpLabel | null;
  rows: number;
  withheld: { label: TlpLabel; rows: number; why: string }[];
  fields: { column: string; rule: 'coarsen' | 'omit'; why: string }[];
  /** Filters, sort terms and quick search of the grid left out because they look at a withheld field, one sentence each. */
  notApplied: string[];
  /** The label the file will carry. */
  label: TlpLabel;
  /** Four-eyes: the settings ask for an approver's PIN before this export (its label is above TLP:GREEN). */
  needsSecondOperator: boolean;
}

export interface ExportHistoryRow {
  id: string;
  at: string;
  operator: string;
  /** Four-eyes: the approver who checked the export with their PIN; null when none was asked. */
  secondOperator: string | null;
  source: string;
  title: string;
  format: string;
  fileName: string;
  partner: string;
  label: TlpLabel;
  rows: number;
  withheldRows: number;
  sha256: string;
}

export type SharingDefaults = Record<SharedRecordType, TlpLabel>;
export const sharingDefaultsInput = z
  .object(
    Object.fromEntries(SHARED_RECORD_TYPES.map((t) => [t, labelField(`Default label of ${t}`).optional()])) as Record<
      SharedRecordType,
      z.ZodOptional<ReturnType<typeof labelField>>
    >,
  )
  .refine((v) => SHARED_RECORD_TYPES.some((t) => v[t] !== undefined), {
    message: `Name at least one record type to change: ${SHARED_RECORD_TYPES.join(', ')}`,
  });

export const exchangeOps = {
  'exportProfiles.list': query<ExportProfile[]>('read')(listInput),
  'exportProfiles.save': command<ExportProfile[]>('settings')(rowsInput(exportProfileRow)),
  'exportProfiles.remove': command<RemoveOutcome>('settings')(removeInput),
  'sharing.defaults': query<SharingDefaults>('read')(z.object({}).optional()),
  'sharing.setDefaults': command<SharingDefaults>('settings')(sharingDefaultsInput),
  'exports.preview': query<ExportPreview>('read')(exportPreviewInput),
  'exports.history': query<ExportHistoryRow[]>('read')(
    z.object({ limit: z.number().int().min(1).max(5000).default(500) }).default({ limit: 500 }),
  ),
};
