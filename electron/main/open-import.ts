import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IPC_OPEN_IMPORT_CHANNEL } from '../api/ipc-channels';
import { MAX_IMPORT_BYTES, type ImportUpload } from '../api/imports';
import type { Result } from '../api/result';
import { newUploadPath, removeUpload } from '../services/exchange/import/files';
import { isTrustedSender } from './app-origin';

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The one IPC for imports: asks the user for a spreadsheet (a native open dialog) and copies it
 * under <userData>/imports/<upload id>/, where the core's import job reads it. The window gets the
 * upload's id, never a path it could choose.
 */
export function bindOpenImport(homeDir: string, devOrigin: string | null): () => void {
  ipcMain.handle(IPC_OPEN_IMPORT_CHANNEL, async (event: IpcMainInvokeEvent): Promise<Result<ImportUpload | null>> => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame, frame !== null && frame === event.sender.mainFrame, devOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the Corridor window may open files to import' } };
    }
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = {
      properties: ['openFile' as const],
      filters: [
        { name: 'Spreadsheets (XLSX, CSV, TSV)', extensions: ['xlsx', 'csv', 'tsv', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const chosen = choice.filePaths[0];
    if (choice.canceled || !chosen) return { ok: true, value: null };
    const name = path.basename(chosen);
    try {
      const { size } = await stat(chosen);
      if (size > MAX_IMPORT_BYTES) {
        return {
          ok: false,
          error: {
            code: 'too_large',
            message: `${name} is ${MB(size)}; Corridor imports files up to ${MB(MAX_IMPORT_BYTES)}: split it into smaller files`,
          },
        };
      }
      const upload = newUploadPath(homeDir, name);
      try {
        await copyFile(chosen, upload.path);
      } catch (e) {
        removeUpload(homeDir, upload.uploadId);
        throw e;
      }
      return { ok: true, value: { uploadId: upload.uploadId, name: path.basename(upload.path), bytes: size } };
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: `Could not read ${chosen}: ${(e as Error).message}` } };
    }
  });
  return () => ipcMain.removeHandler(IPC_OPEN_IMPORT_CHANNEL);
}
