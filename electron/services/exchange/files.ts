import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Where finished exports wait to be saved: <home>/exports/<job id>/<file name>. The shells (the
 * browser mode's download, Electron's save dialog) find a job's file here by the job id alone,
 * so no path ever comes from the renderer.
 */

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const exportsFolder = (homeDir: string) => join(homeDir, 'exports');
export const exportJobFolder = (homeDir: string, jobId: string) => join(exportsFolder(homeDir), jobId);

/** The file a finished export (or backup, or support bundle) job wrote, or null (unknown id, cancelled, failed, or not a job id at all). */
export function exportFileOf(homeDir: string, jobId: string): { path: string; name: string } | null {
  if (!JOB_ID.test(jobId)) return null;
  const dir = exportJobFolder(homeDir, jobId);
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir).filter((n) => /\.(xlsx|csv|sqlite|zip)$/.test(n));
  return names.length === 1 ? { path: join(dir, names[0]), name: names[0] } : null;
}

export const contentTypeOf = (name: string) =>
  name.endsWith('.csv')
    ? 'text/csv; charset=utf-8'
    : name.endsWith('.sqlite')
      ? 'application/vnd.sqlite3'
      : name.endsWith('.zip')
        ? 'application/zip'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The demo's past export is written here (it is in the history; nobody downloads it). */
export const exportFolderForDemo = (homeDir: string) => join(exportsFolder(homeDir), 'demo');
