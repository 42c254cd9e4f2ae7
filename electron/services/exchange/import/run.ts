import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Change } from '../../../api/events';
import type { ImportPreview, ImportRequest } from '../../../api/imports';
import { ChangeSet, lastChangeSeq } from '../../core/changes';
import type { ServiceContext } from '../../core/context';
import { say } from '../../../api/i18n';
import { DomainError, invalid } from '../../core/errors';
import { setSetting } from '../../system/settings';
import { removeUpload, uploadFileOf } from './files';
import { mappingKey, planImport } from './plan';
import { openSpreadsheet } from './read';
import { keepingSheet, keptSheet } from './read-cache';
import { writeStock } from './stock';
import { writeRequests } from './requests';
import { isRecordTarget, TARGET_SPECS, type Accepted } from './targets';

export interface ImportRun {
  homeDir: string;
  progress(done: number, total: number, step: string): void;
  checkCancelled(): void;
}

/**
 * The commit's SQLite page cache, in KiB: half the connection's 64 MB (db/open.ts), put back when
 * the import ends. The transaction writes ~125 MB for 100,000 items, and its changed pages fill
 * whatever cache there is before SQLite spills them to the WAL: the process's peak memory grew by
 * the whole cache. Its writes mostly append (time-ordered ids, the change and audit logs), so half
 * the cache costs no time; a quarter cost half a second or more (its CPU profile too). Measured
 * in `npm run bench`, in turns, two runs each: 64 MB committed in 10.72 / 9.68 s with peak RSS
 * +206 / +203 MB; 32 MB in 9.83 / 9.20 s, +171 / +171 MB; 16 MB in 10.84 / 10.41 s.
 */
const COMMIT_CACHE_KIB = 32 * 1024;

/**
 * An import job: reads the uploaded file, maps and checks every row and returns the preview; with
 * `commit`, and only when no row is bad, writes every record in one transaction (through the same
 * operations as the grids: the same rules, audit and change log), posts opening stock as receipts,
 * and remembers this partner's mappings. A refusal or a cancel writes nothing.
 *
 * A commit of records (items, sites, organisations) writes as it reads: its transaction opens
 * before the first row is read, each accepted row goes to its target's writer as soon as it is
 * judged (in chunks of 5,000), and all is rolled back if a bad row, a missing column, a cancel or
 * a refusal comes up by the end of the file. Holding 100,000 judged rows until the end was most of
 * the commit's memory and its garbage collection. Opening stock and requests group rows across the
 * whole file: they are planned first and written after, as before.
 *
 * The write lock is then held for the whole read (~10 s for 100,000 rows) instead of the write
 * alone (most of it). That is acceptable because the core's thread writes nothing for a running job
 * (progress goes by message; the job's row is saved at its start and end, outside this
 * transaction): it keeps reading and answering through WAL (the exchange bench's `meanwhile` line).
 * A save from a grid meanwhile waits BUSY_TIMEOUT_MS (250 ms) and is refused as busy, as it
 * already was during the write.
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
  const records = req.commit && isRecordTarget(req.target) ? req.target : null;
  let seq = 0;
  const cacheSize = ctx.sqlite.pragma('cache_size', { simple: true }) as number;
  const begin = () => {
    ctx.sqlite.pragma(`cache_size = -${COMMIT_CACHE_KIB}`);
    ctx.sqlite.exec('BEGIN IMMEDIATE');
    seq = lastChangeSeq(ctx.sqlite);
  };
  try {
    if (records) begin();
    const writer = records ? TARGET_SPECS[records].writer(ctx) : null;
    // A write refused (a version, a unique value…) is kept and the file read on: a bad row found
    // later is the refusal the operator sees, as when every row was judged before any write.
    let refused: unknown = null;
    const accept = (a: Accepted) => {
      if (refused) return;
      try {
        writer!.add(a);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        refused = e;
      }
    };
    let plan: Awaited<ReturnType<typeof planImport>>;
    try {
      plan = await planImport(ctx, req, source, file.name, run.progress, run.checkCancelled, writer && accept);
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
    if (refused) throw refused;
    run.progress(0, preview.creates + preview.updates, say('importCore.writing'));
    if (!records) begin();
    if (plan.stock) {
      const hash = createHash('sha256').update(readFileSync(file.path)).digest('hex').slice(0, 12);
      await writeStock(ctx, plan.stock, `IMPORT-${hash}`, file.name);
    } else if (plan.requests) await writeRequests(ctx, plan.requests);
    else await writer!.end();
    run.checkCancelled();
    if (req.partnerOrgId) setSetting(ctx.db, mappingKey(req), JSON.stringify(plan.remember));
    ctx.sqlite.exec('COMMIT');
    // Written: the partner's file and the rows kept from it are not needed again ("Import another"
    // starts from a new file), and a file that may hold what should not stay on the laptop goes now
    // rather than at the next start's sweep (which takes what cannot be removed now: written is written).
    try {
      removeUpload(run.homeDir, req.uploadId);
    } catch {
      // left for the sweep
    }
    const changes = new ChangeSet();
    changes.readLog(ctx.sqlite, seq);
    for (const type of ['audit_log', 'settings', ...(plan.stock ? (['stock_ledger'] as const) : [])] as const) changes.mark(type);
    return { preview: { ...preview, committed: true }, changes: changes.toChanges() };
  } catch (e) {
    if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK');
    throw e;
  } finally {
    ctx.sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}
