import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportOutcome, ExportPreview, ExportRequest } from '../../api/exchange';
import type { FieldIssue } from '../../api/result';
import { strictestLabel, tlpRank, TLP_LABELS, type TlpLabel } from '../../api/vocabularies';
import { recordAudit } from '../audit/record';
import { storeMessage } from '../core/stored-text';
import { fourEyesRules } from '../operators/four-eyes';
import type { ServiceContext } from '../core/context';
import { invalid } from '../core/errors';
import { newId } from '../core/ids';
import { getSetting } from '../system/settings';
import { pixelsToChars, widthOf, type SheetColumn } from './columns';
import { applyGridView } from './grid-view';
import { applyFieldRules, partnerProfile, readSharingDefaults, releasable, type PartnerProfile } from './sharing';
import { EXPORT_TITLE_KEYS, wordedColumns } from './headers';
import { EXPORT_SOURCE_TABLE } from './sources';
import type { ExportSource, SourceRun } from './sources/source';
import { openCsv } from './writers/csv';
import { openXlsx } from './writers/xlsx';
import { say } from '../../api/i18n/current';

type Row = Record<string, unknown>;

export interface ExportRun {
  /** Folder the file is written in (created). */
  folder: string;
  operator: string;
  /** Four-eyes: the approver who checked this export with their PIN (stamped on its audit entry). */
  secondOperator?: { id: string; displayName: string };
  progress?(done: number, total: number, step: string): void;
  /** Throws to stop (a cancel); the half-written file is removed. */
  checkCancelled?(): void;
}

interface Prepared {
  source: ExportSource<Row, unknown>;
  /** The source's title in the exporting operator's language. */
  title: string;
  params: unknown;
  run: SourceRun;
  profile: PartnerProfile | null;
  columns: SheetColumn<Row>[];
  changes: ExportPreview['fields'];
  widths: number[];
}

/**
 * A grid shows some values together in one cell ("120 kg", "12 Mar 2027 (30 days)"); the export
 * keeps them typed in cells of their own, right after the column the grid sent.
 */
/** The grid's columns with each alias replaced by the source columns it shows (each once, first place wins). */
function unaliased(shown: { colId: string; width?: number }[], aliases: Record<string, string[]> = {}) {
  const seen = new Set<string>();
  return shown
    .flatMap((c) => (aliases[c.colId] ? aliases[c.colId].map((id, i) => ({ colId: id, width: i === 0 ? c.width : undefined })) : [c]))
    .filter((c) => !seen.has(c.colId) && seen.add(c.colId));
}

function withCompanions(shown: { colId: string; width?: number }[], byId: Map<string, SheetColumn<Row>>) {
  const sent = new Set(shown.map((c) => c.colId));
  return shown.flatMap((c) => [
    c,
    ...(byId.get(c.colId)?.companions ?? []).filter((id) => byId.has(id) && !sent.has(id)).map((id) => ({ colId: id, width: undefined })),
  ]);
}

function prepare(ctx: ServiceContext, req: ExportRequest): Prepared {
  const source = EXPORT_SOURCE_TABLE[req.source] as ExportSource<Row, unknown>;
  const title = say(EXPORT_TITLE_KEYS[req.source]);
  const parsed = source.params.safeParse(req.params);
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
      path: ['params', ...i.path.filter((p): p is string | number => typeof p !== 'symbol')],
      message: i.message,
    }));
    throw invalid(say('exports.badFilters', { title: title, problems: issues.map((i) => i.message).join('; ') }), issues);
  }
  // Headers in the exporting operator's language; ids and HXL hashtags as they are.
  const byId = new Map(wordedColumns(source.columns).map((c) => [c.id, c]));
  const wanted = req.columns
    ? withCompanions(
        unaliased(req.columns, source.aliases).filter((c) => byId.has(c.colId)),
        byId,
      )
    : source.columns.map((c) => ({ colId: c.id, width: undefined as number | undefined }));
  if (wanted.length === 0) {
    throw invalid(say('exports.noColumn', { title, columns: source.columns.map((c) => c.id).join(', ') }), [
      { path: ['columns'], message: say('exports.noKnownColumn') },
    ]);
  }
  const pixelWidth = new Map(wanted.map((w) => [w.colId, w.width]));
  const profile = req.partnerOrgId ? partnerProfile(ctx.sqlite, req.partnerOrgId) : null;
  const plan = applyFieldRules(
    wanted.map((w) => byId.get(w.colId)!),
    profile,
  );
  const widths = plan.columns.map((c) => {
    const px = pixelWidth.get(c.id);
    return px ? pixelsToChars(px) : widthOf(c);
  });
  const run: SourceRun = { sqlite: ctx.sqlite, ctx, today: ctx.now().slice(0, 10), defaults: readSharingDefaults(ctx.sqlite) };
  return { source, title, params: parsed.data, run, profile, columns: plan.columns, changes: plan.changes, widths };
}

/** The rows of a source: a record grid's rows filtered and sorted as the grid shows them; a big view's straight from SQL. */
function rowsOf(p: Prepared, req: ExportRequest): Iterable<Row> {
  const rows = p.source.rows(p.run, p.params as never);
  if (!p.source.gridFilters) return rows;
  return applyGridView([...rows], p.source.columns, req);
}

interface Census {
  rows: number;
  withheld: Map<TlpLabel, number>;
  label: TlpLabel;
}

/** One pass over the labels only: how many rows go, how many are withheld, and the file's label. */
function census(p: Prepared, rows: Iterable<Row>, checkCancelled?: () => void): Census {
  const withheld = new Map<TlpLabel, number>();
  let worst = 0;
  let n = 0;
  let seen = 0;
  for (const r of rows) {
    if (++seen % 1000 === 0) checkCancelled?.();
    const label = p.source.label(r, p.run.defaults);
    if (p.profile && !releasable(label, p.profile.maxLabel)) {
      withheld.set(label, (withheld.get(label) ?? 0) + 1);
      continue;
    }
    n++;
    worst = Math.max(worst, tlpRank(label));
  }
  return { rows: n, withheld, label: TLP_LABELS[worst] };
}

function withheldText(profile: PartnerProfile, c: Census): ExportPreview['withheld'] {
  return [...c.withheld.entries()]
    .sort((a, b) => tlpRank(a[0]) - tlpRank(b[0]))
    .map(([label, rows]) => ({
      label,
      rows,
      why: say('exportRule.aboveLabel', { label, partner: profile.shortName, max: profile.maxLabel }),
    }));
}

/** What "Export for <partner>" would write and withhold, before anything is written. */
export function previewExport(ctx: ServiceContext, req: ExportRequest): ExportPreview {
  const p = prepare(ctx, req);
  const c = census(p, rowsOf(p, req));
  return {
    partnerShortName: p.profile?.shortName ?? null,
    maxLabel: p.profile?.maxLabel ?? null,
    rows: c.rows,
    withheld: p.profile ? withheldText(p.profile, c) : [],
    fields: p.changes,
    label: c.label,
    needsSecondOperator: fourEyesRules(ctx).exportsAboveGreen && tlpRank(c.label) > tlpRank('GREEN'),
  };
}

const stamp = (iso: string) => iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
const safeName = (s: string) => s.replace(/[^A-Za-z0-9+._-]+/g, '_').slice(0, 40);

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes one export to `run.folder`: the rows the source gives (as the grid shows them), the
 * partner's profile applied (rows above its highest label withheld, sensitive fields included,
 * coarsened or omitted), the strictest label of what was written stamped in the title block, the
 * file name and the document properties; then one audit entry (what, to whom, when, by whom, how
 * many rows, the label and the file's SHA-256). A cancel or a failure leaves no file and no entry.
 */
export async function runExport(ctx: ServiceContext, req: ExportRequest, run: ExportRun): Promise<ExportOutcome> {
  const p = prepare(ctx, req);
  run.progress?.(0, 0, say('jobs.step.countingRows'));
  // Record grids are small: their filtered rows are kept for the second pass. Big views are read twice from SQL instead.
  const kept = p.source.gridFilters ? [...rowsOf(p, req)] : null;
  const c = census(p, kept ?? rowsOf(p, req), run.checkCancelled);
  const total = c.rows;
  const now = ctx.now();
  const home = getSetting(ctx.db, 'home_organisation_id');
  const organisation =
    (home && (ctx.sqlite.prepare('SELECT short_name FROM organisations WHERE id = ?').pluck().get(home) as string | undefined)) ||
    'Corridor';
  const partner = p.profile?.shortName ?? null;
  const fileName = `corridor-${p.source.stem}-${stamp(now)}-TLP-${c.label}${partner ? `-for-${safeName(partner)}` : ''}.${req.format}`;
  mkdirSync(run.folder, { recursive: true });
  const path = join(run.folder, fileName);
  const withheldNote = p.profile
    ? [
        c.withheld.size
          ? say('exportBlock.rowsWithheld', { count: [...c.withheld.values()].reduce((a, b) => a + b, 0), label: p.profile.maxLabel })
          : '',
        p.changes.length
          ? `${p.changes.map((f) => say(f.rule === 'omit' ? 'exportBlock.omitted' : 'exportBlock.coarsened', { column: f.column })).join(', ')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' ') || null
    : null;
  const spec = {
    path,
    meta: {
      title: p.title,
      label: c.label,
      exportedAt: now,
      organisation,
      source: p.source.scope?.(p.run, p.params as never) ?? say('exportBlock.allSites'),
      operator: run.operator,
      partner,
      withheldNote,
    },
    columns: p.columns as SheetColumn<never>[],
    widths: p.widths,
    hxl: req.hxl,
  };
  const writer = req.format === 'xlsx' ? openXlsx(spec) : openCsv(spec);
  let written = 0;
  try {
    const cols = p.columns;
    const max = p.profile?.maxLabel;
    for (const r of kept ?? rowsOf(p, req)) {
      const label = p.source.label(r, p.run.defaults);
      if (max && !releasable(label, max)) continue;
      r.effectiveSharing = label;
      const values = new Array<unknown>(cols.length);
      for (let i = 0; i < cols.length; i++) values[i] = cols[i].value(r);
      const wait = writer.row(values);
      if (wait) await wait;
      if (++written % 500 === 0) {
        run.checkCancelled?.();
        if (written % 5000 === 0) run.progress?.(written, total, say('jobs.step.writingFormat', { format: req.format.toUpperCase() }));
      }
    }
    run.progress?.(written, total, say('jobs.step.finishingFile'));
    await writer.finish();
    run.checkCancelled?.();
  } catch (e) {
    writer.abort();
    rmSync(path, { force: true });
    throw e;
  }
  const outcome: ExportOutcome = {
    fileName,
    format: req.format,
    source: req.source,
    title: p.source.title,
    rows: written,
    withheldRows: [...c.withheld.values()].reduce((a, b) => a + b, 0),
    label: c.label,
    partnerOrgId: req.partnerOrgId ?? null,
    partnerShortName: partner,
    sha256: await sha256Of(path),
    bytes: statSync(path).size,
  };
  try {
    const auditCtx: ServiceContext = {
      ...ctx,
      operation: partner ? 'exports.forPartner' : 'exports.export',
      operator: () => run.operator,
      secondOperator: run.secondOperator,
    };
    ctx.sqlite.transaction(() =>
      recordAudit(auditCtx, [
        // The title as its catalogue key: the audit trail and the history word it for each reader.
        { entity: 'export', entityId: newId(), before: null, after: { ...outcome, title: storeMessage(EXPORT_TITLE_KEYS[req.source]) } },
      ]),
    )();
  } catch (e) {
    rmSync(path, { force: true });
    throw e;
  }
  return outcome;
}

export { strictestLabel };
