import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Change } from '../../../api/events';
import type { ImportPreview, ImportRequest } from '../../../api/imports';
import { ChangeSet, lastChangeSeq } from '../../core/changes';
import type { ServiceContext } from '../../core/context';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import { setSetting } from '../../system/settings';
import { uploadFileOf } from './files';
import { mappingKey, planImport } from './plan';
import { openSpreadsheet } from './read';
import { forgetKeptSheets, keepingSheet, keptSheet } from './read-cache';
import { writeStock } from './stock';
import { writeRequests } from './requests';
import { TARGET_SPECS } from './targets';
import { checkImportMemory } from './memory-guard';

export interface ImportRun {
  homeDir: string;
  progress(done: number, total: number, step: string): void;
  checkCancelled(): void;
}

/**
 * An import job: reads the uploaded file, maps and checks every row and returns the preview; with
 * `commit`, and only when no row is bad, writes every record in one transaction (through the same
 * operations as the grids: the same rules, audit and change log), posts opening stock as receipts,
 * and remembers this partner's mappings. A refusal or a cancel writes nothing.
 */
export async function runImport(
  ctx: ServiceContext,
  req: ImportRequest,
  run: ImportRun,
): Promise<{ preview: ImportPreview; changes: Change[] }> {
  const file = uploadFileOf(run.homeDir, req.uploadId);
  if (!file) throw invalid(say('importCore.gone'));
  run.progress(0, 0, say('importCore.reading', { file: file.name }));
  // The rows a preview of this sheet read, when it kept them (read-cache.ts); else the file, its
  // rows kept by a preview for the commit that usually follows.
  const upload = { homeDir: run.homeDir, uploadId: req.uploadId, path: file.path, sheet: req.sheet };
  const kept = keptSheet(upload);
  const read = kept ?? openSpreadsheet(file.path, file.name, file.bytes, { sheet: req.sheet, checkCancelled: run.checkCancelled });
  const source = kept || req.commit ? read : keepingSheet(read, upload);
  let plan: Awaited<ReturnType<typeof planImport>>;
  try {
    plan = await planImport(ctx, req, source, file.name, run.progress, run.checkCancelled);
  } finally {
    // A refusal before the last row (no header, no known column) closes the file all the same.
    await source.batches.return(undefined);
  }
  const { preview } = plan;
  if (!req.commit) return { preview, changes: [] };

  if (preview.missing.length) throw invalid(say('importCore.noneWrittenMissing', { fields: preview.missing.join(', ') }));
  if (preview.badRows > 0) {
    const first = preview.bad[0];
    throw invalid(
      say('importCore.noneWrittenBad', {
        count: preview.badRows,
        row: String(first?.row ?? ''),
        column: first?.column ?? '',
        reason: first?.reason ?? '',
      }),
    );
  }
  run.progress(0, preview.creates + preview.updates, say('importCore.writing'));
  ctx.sqlite.exec('BEGIN IMMEDIATE');
  const seq = lastChangeSeq(ctx.sqlite);
  try {
    if (plan.stock) {
      const hash = createHash('sha256').update(readFileSync(file.path)).digest('hex').slice(0, 12);
      await writeStock(ctx, plan.stock, `IMPORT-${hash}`, file.name);
    } else if (plan.requests) await writeRequests(ctx, plan.requests);
    else {
      const step = say('importCore.writing');
      await TARGET_SPECS[req.target as keyof typeof TARGET_SPECS].write(ctx, plan.accepted, (done, total) => {
        run.checkCancelled();
        checkImportMemory(file.name, done);
        run.progress(done, total, step);
      });
    }
    run.checkCancelled();
    if (req.partnerOrgId) setSetting(ctx.db, mappingKey(req), JSON.stringify(plan.remember));
    ctx.sqlite.exec('COMMIT');
  } catch (e) {
    if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK');
    throw e;
  }
  forgetKeptSheets(run.homeDir, req.uploadId);
  const changes = new ChangeSet();
  changes.readLog(ctx.sqlite, seq);
  for (const type of ['audit_log', 'settings', ...(plan.stock ? (['stock_ledger'] as const) : [])] as const) changes.mark(type);
  return { preview: { ...preview, committed: true }, changes: changes.toChanges() };
}
