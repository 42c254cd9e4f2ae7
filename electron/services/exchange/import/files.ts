import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportUpload } from '../../../api/imports';
import { newId } from '../../core/ids';

/*
 * Where a file to import waits: <home>/imports/<upload id>/<name>. The shells (the browser's
 * upload, Electron's open dialog, a paste) put it there and hand back the id; the import job
 * finds it by that id alone, so no path ever comes from the window.
 */

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const importsFolder = (homeDir: string) => join(homeDir, 'imports');
/** Where the rows a preview read from an upload are kept for its commit (read-cache.ts): beside its folder, which holds its one file. */
export const KEPT_ROWS_SUFFIX = '.rows';
export const keptRowsFolder = (homeDir: string, uploadId: string) => join(importsFolder(homeDir), `${uploadId}${KEPT_ROWS_SUFFIX}`);

/** A file name safe on every system, keeping the extension (which tells CSV from XLSX). */
export const safeUploadName = (name: string) =>
  name
    .replace(/^.*[\\/]/, '')
    .replace(/[^\p{L}\p{N}+._ -]+/gu, '_')
    .slice(-120) || 'upload';

/** A new upload's folder and the path its file goes to. */
export function newUploadPath(homeDir: string, name: string): { uploadId: string; path: string } {
  const uploadId = newId();
  const dir = join(importsFolder(homeDir), uploadId);
  mkdirSync(dir, { recursive: true });
  return { uploadId, path: join(dir, safeUploadName(name)) };
}

export function saveUpload(homeDir: string, name: string, data: Buffer | string): ImportUpload {
  const { uploadId, path } = newUploadPath(homeDir, name);
  writeFileSync(path, data);
  return { uploadId, name: safeUploadName(name), bytes: statSync(path).size };
}

/** The file of an upload, or null (unknown id or not an id at all). */
export function uploadFileOf(homeDir: string, uploadId: string): { path: string; name: string; bytes: number } | null {
  if (!UPLOAD_ID.test(uploadId)) return null;
  const dir = join(importsFolder(homeDir), uploadId);
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir);
  if (names.length !== 1) return null;
  const path = join(dir, names[0]);
  return { path, name: names[0], bytes: statSync(path).size };
}

export function removeUpload(homeDir: string, uploadId: string): void {
  if (!UPLOAD_ID.test(uploadId)) return;
  rmSync(join(importsFolder(homeDir), uploadId), { recursive: true, force: true });
  rmSync(keptRowsFolder(homeDir, uploadId), { recursive: true, force: true });
}
