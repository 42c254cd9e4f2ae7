import type { ExportPreview, ExportRequest } from '../../api/exchange';
import type { FieldIssue } from '../../api/result';
import { SENSITIVE_FIELD_INFO, tlpRank, TLP_LABELS, type TlpLabel } from '../../api/vocabularies';
import { fourEyesRules } from '../operators/four-eyes';
import type { ServiceContext } from '../core/context';
import { invalid } from '../core/errors';
import { pixelsToChars, widthOf, type SheetColumn } from './columns';
import { exportRows, type RowStream } from './rows';
import { applyFieldRules, partnerProfile, readSharingDefaults, releasable, type PartnerProfile } from './sharing';
import { EXPORT_TITLE_KEYS, headerIn, wordedColumns } from './headers';
import { EXPORT_SOURCE_TABLE } from './sources';
import type { ExportSource, SourceRun } from './sources/source';
import type { RowsHalf } from './split/key';
import type { SheetSpec } from './writers/sheet';
import { say } from '../../api/i18n/current';

/*
 * What an export will write, worked out before any row is read: the source, its checked
 * filters, the columns as the grid shows them with the partner's field rules applied, and the
 * preview's one pass over the rows' labels.
 */

export type Row = Record<string, unknown>;

export interface Prepared {
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

export function prepare(ctx: ServiceContext, req: ExportRequest): Prepared {
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

/** The file an export writes, as its writers take it. */
export const sheetSpec = (p: Prepared, req: ExportRequest, path: string): SheetSpec => ({
  path,
  title: p.title,
  columns: p.columns as SheetColumn<never>[],
  widths: p.widths,
  hxl: req.hxl,
});

/**
 * The rows of a source as the grid shows them (rows.ts): a record grid's filtered as they come and
 * sorted (in SQL where it can be); a big view's straight from SQL. Each row is read before the next
 * is asked for (a row read by position is a view of the current one). `half`: only that half of
 * them (split/key.ts).
 */
export function rowsOf(p: Prepared, req: ExportRequest, half?: RowsHalf): RowStream {
  return exportRows(p.source, p.run, p.params, req, viewedColumns(p), half);
}

/**
 * The columns a partner's export may filter, search and sort on: not a field its profile omits or
 * coarsens. A file sorted on an omitted call sign, or holding only the rows whose exact departure
 * time matched a search, would tell the partner about the field it does not get.
 */
function viewedColumns(p: Prepared): SheetColumn<Row>[] {
  const rules = p.profile?.rules;
  return rules ? p.source.columns.filter((c) => !c.sensitive || rules[c.sensitive] === 'include') : p.source.columns;
}

/**
 * What of the grid's view a partner's export leaves out (viewedColumns), one sentence each in the
 * exporting operator's language, for the preview and the title block: a filter or a sort on a
 * withheld field, and a quick search that could not look in the withheld columns the grid showed.
 */
export function viewNotApplied(p: Prepared, req: Pick<ExportRequest, 'filterModel' | 'sort' | 'quickFilter' | 'columns'>): string[] {
  const rules = p.profile?.rules;
  if (!rules) return [];
  const partner = p.profile!.shortName;
  const withheld = new Map(
    wordedColumns(p.source.columns)
      .filter((c) => c.sensitive && rules[c.sensitive] !== 'include')
      .map((c) => [c.id, c.header]),
  );
  const named = (ids: string[]) => ids.flatMap((id) => (withheld.has(id) ? [withheld.get(id)!] : []));
  const filtered = named(Object.keys(req.filterModel ?? {}));
  const sorted = named((req.sort ?? []).map((s) => s.colId));
  // The grid's quick search looks in the columns it shows (all of them when the request names none).
  const searched = req.quickFilter?.trim() ? named(req.columns ? req.columns.map((c) => c.colId) : [...withheld.keys()]) : [];
  return [
    ...filtered.map((column) => say('exportBlock.filterNotApplied', { column, partner })),
    ...sorted.map((column) => say('exportBlock.sortNotApplied', { column, partner })),
    ...(searched.length ? [say('exportBlock.searchNotIn', { columns: [...new Set(searched)].join(', '), partner })] : []),
  ];
}

export interface Census {
  rows: number;
  withheld: Map<TlpLabel, number>;
  /** Rows withheld because they are sensitive in themselves (a manifest line with weapons cargo). */
  sensitive: number;
  label: TlpLabel;
}

/**
 * Whether a row goes to the partner: `null` when it does, else why not — its label is above the
 * partner's highest, or it is sensitive in itself (`source.sensitiveRows`) and the profile does
 * not include that field.
 */
export function rowGate(p: Prepared): (label: TlpLabel, r: Row) => 'label' | 'sensitive' | null {
  const max = p.profile?.maxLabel;
  if (!max) return () => null;
  const rows = p.source.sensitiveRows;
  const withholdSensitive = rows && p.profile!.rules[rows.field] !== 'include' ? rows.is : null;
  return (label, r) => (!releasable(label, max) ? 'label' : withholdSensitive?.(r) ? 'sensitive' : null);
}

/** One pass over the labels only: how many rows go, how many are withheld, and the file's label. */
export function census(p: Prepared, rows: Iterable<Row>, checkCancelled?: () => void): Census {
  const withheld = new Map<TlpLabel, number>();
  const gate = rowGate(p);
  let sensitive = 0;
  let worst = 0;
  let n = 0;
  let seen = 0;
  for (const r of rows) {
    if (++seen % 1000 === 0) checkCancelled?.();
    const label = p.source.label(r, p.run.defaults);
    const out = gate(label, r);
    if (out === 'label') withheld.set(label, (withheld.get(label) ?? 0) + 1);
    if (out === 'sensitive') sensitive++;
    if (out) continue;
    n++;
    worst = Math.max(worst, tlpRank(label));
  }
  return { rows: n, withheld, sensitive, label: TLP_LABELS[worst] };
}

/** Why the sensitive rows a profile withholds are left out (preview and title block). */
export function sensitiveWhy(p: Prepared): string {
  const field = p.source.sensitiveRows!.field;
  return say('exportRule.sensitiveRows', {
    why: say('exportRule.why', {
      field: headerIn(SENSITIVE_FIELD_INFO[field].label),
      partner: p.profile!.shortName,
      rule: p.profile!.rules[field],
    }),
  });
}

export function withheldText(p: Prepared, c: Census): ExportPreview['withheld'] {
  const profile = p.profile!;
  return [
    ...[...c.withheld.entries()]
      .sort((a, b) => tlpRank(a[0]) - tlpRank(b[0]))
      .map(([label, rows]) => ({
        label,
        rows,
        why: say('exportRule.aboveLabel', { label, partner: profile.shortName, max: profile.maxLabel }),
      })),
    ...(c.sensitive ? [{ label: c.label, rows: c.sensitive, why: sensitiveWhy(p) }] : []),
  ];
}

/**
 * Whether the export would carry a row above TLP:GREEN (four-eyes' question at `jobs.start`),
 * answered without reading every row on the core's thread: never for a partner whose highest
 * label is GREEN or below; otherwise the rows are read, unsorted, only until the first one that
 * would go out above GREEN.
 */
export function goesAboveGreen(ctx: ServiceContext, req: ExportRequest): boolean {
  const p = prepare(ctx, req);
  const green = tlpRank('GREEN');
  if (p.profile && tlpRank(p.profile.maxLabel) <= green) return false;
  const gate = rowGate(p);
  for (const r of rowsOf(p, { ...req, sort: [] }).rows) {
    const label = p.source.label(r, p.run.defaults);
    if (tlpRank(label) > green && gate(label, r) === null) return true;
  }
  return false;
}

/**
 * What "Export for <partner>" would write and withhold, before anything is written. It reads every
 * row, so the core asks a job thread for it (exchange/handlers.ts, JobTask 'exportPreview').
 */
export function previewExport(ctx: ServiceContext, req: ExportRequest, checkCancelled?: () => void): ExportPreview {
  const p = prepare(ctx, req);
  // Counting needs no order: unsorted, a grid sorted by a label's words is not gathered in memory first.
  const c = census(p, rowsOf(p, { ...req, sort: [] }).rows, checkCancelled);
  return {
    partnerShortName: p.profile?.shortName ?? null,
    maxLabel: p.profile?.maxLabel ?? null,
    rows: c.rows,
    withheld: p.profile ? withheldText(p, c) : [],
    fields: p.changes,
    notApplied: viewNotApplied(p, req),
    label: c.label,
    needsSecondOperator: fourEyesRules(ctx).exportsAboveGreen && tlpRank(c.label) > tlpRank('GREEN'),
  };
}
