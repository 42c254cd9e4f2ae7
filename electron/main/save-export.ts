import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { IPC_SAVE_EXPORT_CHANNEL } from '../api/ipc-channels';
import type { Result } from '../api/result';
import { exportFileOf } from '../services/exchange/files';
import { isTrustedSender } from './app-origin';

/**
 * The one IPC for exports: the core's job wrote the file under <userData>/exports/<job id>/; the
 * window names the job, this asks the user where to save it (a native dialog) and copies it there.
 */
export function bindSaveExport(homeDir: string, devOrigin: string | null): () => void {
  ipcMain.handle(IPC_SAVE_EXPORT_CHANNEL, async (event: IpcMainInvokeEvent, jobId: unknown): Promise<Result<{ path: string | null }>> => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame, frame !== null && frame === event.sender.mainFrame, devOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the Corridor window may save exports' } };
    }
    const file = typeof jobId === 'string' ? exportFileOf(homeDir, jobId) : null;
    if (!file) return { ok: false, error: { code: 'not_found', message: 'No finished export with this job id' } };
    const win = BrowserWindow.fromWebContents(event.sender);
    const ext = path.extname(file.name).slice(1);
    const options = {
      defaultPath: file.name,
      filters: [{ name: ext === 'csv' ? 'CSV (UTF-8)' : 'Excel workbook', extensions: [ext] }],
    };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: { path: null } };
    try {
      await copyFile(file.path, choice.filePath);
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: `Could not save to ${choice.filePath}: ${(e as Error).message}` } };
    }
    return { ok: true, value: { path: choice.filePath } };
  });
  return () => ipcMain.removeHandler(IPC_SAVE_EXPORT_CHANNEL);
}
