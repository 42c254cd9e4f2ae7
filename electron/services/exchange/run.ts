import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportOutcome, ExportRequest } from '../../api/exchange';
import { strictestLabel, TLP_LABELS, type TlpLabel } from '../../api/vocabularies';
import { recordAudit } from '../audit/record';
import { storeMessage } from '../core/stored-text';
import type { ServiceContext } from '../core/context';
import { newId } from '../core/ids';
import { getSetting } from '../system/settings';
import { EXPORT_TITLE_KEYS } from './headers';
import { prepare, rowsOf, sensitiveWhy, sheetSpec, viewNotApplied, type Prepared } from './plan';
import { rememberCut } from './split/cuts';
import { writeHalves, type HalvesHelper } from './split/halves';
import { SPLIT_MIN_ROWS } from './split/key';
import { writeRows, type Tally } from './write-rows';
import type { SheetMeta } from './writers/meta';
import { openCsv } from './writers/csv';
import { openXlsx } from './writers/xlsx';
import { say } from '../../api/i18n/current';

export { previewExport } from './plan';

export interface ExportRun {
  /** Folder the file is written in (created). */
  folder: string;
  operator: string;
  /** Four-eyes: the approver who checked this export with their PIN (stamped on its audit entry). */
  secondOperator?: { id: string; displayName: string };
  progress?(done: number, total: number, step: string): void;
  /** Throws to stop (a cancel); the half-written file is removed. */
  checkCancelled?(): void;
  /** A second thread a big CSV export may share its rows with (a warm job thread's: jobs/halves-helper.ts). */
  helper?: HalvesHelper;
}

const stamp = (iso: string) => iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
const safeName = (s: string) => s.replace(/[^A-Za-z0-9+._-]+/g, '_').slice(0, 40);

/** Why rows or fields are missing from a partner's file, for its title block. */
function withheldNote(p: Prepared, req: ExportRequest, withheldRows: number, sensitiveRows: number): string | null {
  if (!p.profile) return null;
  return (
    [
      withheldRows ? say('exportBlock.rowsWithheld', { count: withheldRows, label: p.profile.maxLabel }) : '',
      sensitiveRows ? say('exportBlock.sensitiveWithheld', { count: sensitiveRows, why: sensitiveWhy(p) }) : '',
      p.changes.length
        ? `${p.changes.map((f) => say(f.rule === 'omit' ? 'exportBlock.omitted' : 'exportBlock.coarsened', { column: f.column })).join(', ')}.`
        : '',
      ...viewNotApplied(p, req),
    ]
      .filter(Boolean)
      .join(' ') || null
  );
}

/**
 * Writes one export to `run.folder` in one pass over the rows the source gives (as the grid
 * shows them): the partner's profile applied (rows above its highest label withheld, sensitive
 * fields included, coarsened or omitted), the strictest label of what was written stamped in the
 * title block, the file name and the document properties once the last row is written (the file
 * is written under a temporary name, then renamed); then one audit entry (what, to whom, when, by
 * whom, how many rows, the label and the file's SHA-256, taken while writing). A cancel or a
 * failure leaves no file and no entry.
 */
export async function runExport(ctx: ServiceContext, req: ExportRequest, run: ExportRun): Promise<ExportOutcome> {
  const p = prepare(ctx, req);
  const now = ctx.now();
  const home = getSetting(ctx.db, 'home_organisation_id');
  const organisation =
    (home && (ctx.sqlite.prepare('SELECT short_name FROM organisations WHERE id = ?').pluck().get(home) as string | undefined)) ||
    'Corridor';
  const partner = p.profile?.shortName ?? null;
  mkdirSync(run.folder, { recursive: true });
  // Not a name the shells pick up (files.ts): only the finished file is renamed to one.
  const partial = join(run.folder, `${newId()}.${req.format}.part`);
  const spec = sheetSpec(p, req, partial);
  const csv = req.format === 'csv' ? openCsv(spec) : null;
  const writer = csv ?? openXlsx(spec);
  const step = (count: number) => say('jobs.step.writingFormat', { format: req.format.toUpperCase(), count });
  run.progress?.(0, 0, step(0));
  let path = partial;
  let file: { sha256: string; bytes: number };
  let label: TlpLabel;
  let fileName: string;
  let tally: Tally;
  try {
    const stream = rowsOf(p, req);
    const progress = (written: number) => run.progress?.(written, 0, step(written));
    const halves =
      csv && stream.split && run.helper ? await writeHalves(p, req, stream.split, run.helper, csv, partial, run, progress) : null;
    if (halves) tally = halves;
    else {
      tally = await writeRows(p, stream, writer, run.checkCancelled, progress, stream.split?.column);
      // A big grid exported (in either format): its next CSV export may share its rows with a second thread (split/halves.ts).
      if (stream.split && tally.written + tally.withheldRows + tally.sensitiveRows >= SPLIT_MIN_ROWS) run.helper?.start();
    }
    if (stream.split) rememberCut(stream.split, tally.keys);
    const { written, withheldRows, sensitiveRows, worst } = tally;
    label = TLP_LABELS[worst];
    run.progress?.(written, 0, say('jobs.step.finishingFile'));
    const meta: SheetMeta = {
      title: p.title,
      label,
      exportedAt: now,
      organisation,
      source: p.source.scope?.(p.run, p.params as never) ?? say('exportBlock.allSites'),
      operator: run.operator,
      partner,
      withheldNote: withheldNote(p, req, withheldRows, sensitiveRows),
    };
    file = await writer.finish(meta);
    run.checkCancelled?.();
    fileName = `corridor-${p.source.stem}-${stamp(now)}-TLP-${label}${partner ? `-for-${safeName(partner)}` : ''}.${req.format}`;
    renameSync(partial, join(run.folder, fileName));
    path = join(run.folder, fileName);
  } catch (e) {
    await writer.abort();
    rmSync(path, { force: true });
    throw e;
  }
  const outcome: ExportOutcome = {
    fileName,
    format: req.format,
    source: req.source,
    title: p.source.title,
    rows: tally.written,
    withheldRows: tally.withheldRows + tally.sensitiveRows,
    label,
    partnerOrgId: req.partnerOrgId ?? null,
    partnerShortName: partner,
    sha256: file.sha256,
    bytes: file.bytes,
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
