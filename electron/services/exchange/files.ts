import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importsFolder, KEPT_ROWS_SUFFIX } from './import/files';

/*
 * Where finished exports wait to be saved: <home>/exports/<job id>/<file name>. The shells (the
 * browser mode's download, Electron's save dialog) find a job's file here by the job id alone,
 * so no path ever comes from the renderer.
 */

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const exportsFolder = (homeDir: string) => join(homeDir, 'exports');
export const exportJobFolder = (homeDir: string, jobId: string) => join(exportsFolder(homeDir), jobId);

/** The file a finished export (or backup, support bundle, printed PDF) job wrote, or null (unknown id, cancelled, failed, or not a job id at all). */
export function exportFileOf(homeDir: string, jobId: string): { path: string; name: string } | null {
  if (!JOB_ID.test(jobId)) return null;
  const dir = exportJobFolder(homeDir, jobId);
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir).filter((n) => /\.(xlsx|csv|sqlite|zip|pdf)$/.test(n));
  return names.length === 1 ? { path: join(dir, names[0]), name: names[0] } : null;
}

export const contentTypeOf = (name: string) =>
  name.endsWith('.csv')
    ? 'text/csv; charset=utf-8'
    : name.endsWith('.sqlite')
      ? 'application/vnd.sqlite3'
      : name.endsWith('.zip')
        ? 'application/zip'
        : name.endsWith('.pdf')
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The demo's past export is written here (it is in the history; nobody downloads it). */
export const exportFolderForDemo = (homeDir: string) => join(exportsFolder(homeDir), 'demo');

/** After the file was saved (downloaded, or copied where the user chose): it is not kept. */
export function removeExportFile(homeDir: string, jobId: string): void {
  if (JOB_ID.test(jobId)) rmSync(exportJobFolder(homeDir, jobId), { recursive: true, force: true });
}

/** Files waiting longer than this at start are left over (never saved, or an import never run). */
const STALE_MS = 60 * 60 * 1000;

/**
 * At start: removes export files nobody saved and import files from earlier sessions, leaving
 * the last hour's (another window of the same machine may be about to save or import them).
 */
export function cleanStaleTransfers(homeDir: string, now = Date.now()): void {
  for (const folder of [exportsFolder(homeDir), importsFolder(homeDir)]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      // An upload's folder, or the rows a preview of it kept (<id>.rows, import/read-cache.ts).
      if (!JOB_ID.test(name.endsWith(KEPT_ROWS_SUFFIX) ? name.slice(0, -KEPT_ROWS_SUFFIX.length) : name)) continue;
      const dir = join(folder, name);
      try {
        if (now - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
      } catch {
        // gone meanwhile, or not ours to remove: nothing to clean
      }
    }
  }
}
