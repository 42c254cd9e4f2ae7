import type Database from 'better-sqlite3';
import type { ExportHistoryRow, ExportOutcome } from '../../../api/exchange';
import { z } from 'zod';
import { auditQuery } from '../../../api/system';
import type { TlpLabel } from '../../../api/vocabularies';
import { say } from '../../../api/i18n/current';
import { readStoredMessage } from '../../core/stored-text';
import { field, fieldValue } from '../columns';
import { EXPORT_TITLE_KEYS } from '../headers';
import { labelOf } from '../sharing';
import type { ExportSource } from './source';
import { tlpText } from './tlp-text';

type Row = Record<string, unknown>;

/** The audit trail as the Audit page filters it (entity, operator, dates), every matching entry. */
export const auditSource: ExportSource<Row, z.output<typeof auditQuery>> = {
  title: 'Audit trail',
  stem: 'audit-trail',
  params: auditQuery as unknown as z.ZodType<z.output<typeof auditQuery>>,
  gridFilters: true,
  columns: [
    field('at', 'When', '#date +changed', 'datetime'),
    field('operator', 'Operator', '#contact +name +operator', 'text', 16),
    field('operation', 'Operation', '#x_operation', 'text', 22),
    field('entity', 'Record type', '#x_record +type', 'text', 14),
    field('entityId', 'Record id', '#x_record +id', 'text', 38),
    field('installationId', 'Installation', '#x_installation', 'text', 38),
    field('before', 'Before', '#x_before', 'text', 50),
    field('after', 'After', '#x_after', 'text', 50),
  ],
  rows: (run, q) =>
    mapRows(
      run.sqlite
        .prepare(
          `SELECT a.at, a.operator, a.operation, a.entity, a.entity_id AS entityId, a.installation_id AS installationId,
           a.before_json AS before, a.after_json AS after
         FROM audit_log a
         WHERE (@entity IS NULL OR a.entity = @entity) AND (@entityId IS NULL OR a.entity_id = @entityId)
           AND (@operator IS NULL OR a.operator = @operator) AND (@from IS NULL OR a.at >= @from)
           AND (@to IS NULL OR a.at < date(@to, '+1 day'))
         ORDER BY a.at DESC, a.id DESC`,
        )
        .iterate({
          entity: q.entity ?? null,
          entityId: q.entityId ?? null,
          operator: q.operator ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
        }) as Iterable<Row>,
    ),
  label: (_r, d): TlpLabel => labelOf(null, 'audit', d),
};

/** The export history (what left, to whom, when, by whom), itself exportable. */
export const exportHistorySource: ExportSource<Row, Record<string, never>> = {
  title: 'Export history',
  stem: 'export-history',
  params: z.object({}).default({}) as unknown as z.ZodType<Record<string, never>>,
  gridFilters: true,
  columns: [
    field('at', 'When', '#date +exported', 'datetime'),
    field('operator', 'By', '#contact +name +operator', 'text', 16),
    field('partner', 'To', '#org +recipient', 'text', 14),
    field('title', 'What', '#x_export +name', 'text', 24),
    field('format', 'Format', '#x_export +format', 'text', 8),
    field('label', 'Label', '#x_tlp', 'text', 12, { value: fieldValue('label', tlpText) }),
    field('rows', 'Rows', '#x_rows +num', 'integer', 8),
    field('withheldRows', 'Rows withheld', '#x_rows +withheld', 'integer', 10),
    field('fileName', 'File', '#x_export +file', 'text', 40),
    field('sha256', 'SHA-256', '#x_export +sha256', 'text', 66),
  ],
  rows: (run) => exportHistoryRows(run.sqlite, 100_000) as unknown as Iterable<Row>,
  label: (_r, d): TlpLabel => labelOf(null, 'audit', d),
};

/** Exports are audit entries (entity "export"); the history reads them back. */
export function exportHistoryRows(sqlite: Database.Database, limit: number): ExportHistoryRow[] {
  const rows = sqlite
    .prepare(
      `SELECT id, at, operator, second_operator AS secondOperator, after_json AS after FROM audit_log WHERE entity = 'export' ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(limit) as { id: string; at: string; operator: string; secondOperator: string | null; after: string }[];
  return rows.map((r) => {
    const o = JSON.parse(r.after) as ExportOutcome;
    return {
      id: r.id,
      at: r.at,
      operator: r.operator,
      secondOperator: r.secondOperator,
      source: o.source,
      title: exportTitle(o),
      format: o.format,
      fileName: o.fileName,
      partner: o.partnerShortName ?? say('exportHistory.internal'),
      label: o.label,
      rows: o.rows,
      withheldRows: o.withheldRows,
      sha256: o.sha256,
    };
  });
}

/**
 * An export's title in the reader's language: stored as its catalogue key; entries written before
 * hold the exporter's words, worded again from their source when it is known.
 */
export function exportTitle(o: Pick<ExportOutcome, 'title' | 'source'>): string {
  const worded = readStoredMessage(o.title);
  if (worded !== o.title) return worded;
  const key = Object.hasOwn(EXPORT_TITLE_KEYS, o.source) ? EXPORT_TITLE_KEYS[o.source] : null;
  return key ? say(key) : o.title;
}

/** An audit entry of an export with its title worded for the reader (the Audit page shows the record as stored otherwise). */
export function withExportTitle<E extends { entity: string; after: string | null }>(entry: E): E {
  if (entry.entity !== 'export' || !entry.after) return entry;
  try {
    const o = JSON.parse(entry.after) as ExportOutcome;
    return typeof o.title === 'string' ? { ...entry, after: JSON.stringify({ ...o, title: exportTitle(o) }) } : entry;
  } catch {
    return entry;
  }
}

function* mapRows(rows: Iterable<Row>): Iterable<Row> {
  for (const r of rows) yield withExportTitle(r as { entity: string; after: string | null });
}
