import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { copyFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { IPC_PICK_RESTORE_CHANNEL, IPC_SAVE_EXPORT_CHANNEL } from '../api/ipc-channels';
import { newUploadTarget } from '../services/backups/uploads';
import type { Result } from '../api/result';
import { exportFileOf, removeExportFile } from '../services/exchange/files';
import { isTrustedSender } from './app-origin';

/**
 * The IPCs for files (exports, backups; and picking a backup to restore).
 * For exports: the core's job wrote the file under <userData>/exports/<job id>/; the
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
    const options = { defaultPath: file.name, filters: [{ name: FILTER_NAMES[ext] ?? ext, extensions: [ext] }] };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: { path: null } };
    try {
      await copyFile(file.path, choice.filePath);
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: `Could not save to ${choice.filePath}: ${(e as Error).message}` } };
    }
    removeExportFile(homeDir, jobId as string);
    return { ok: true, value: { path: choice.filePath } };
  });
  ipcMain.handle(
    IPC_PICK_RESTORE_CHANNEL,
    async (event: IpcMainInvokeEvent): Promise<Result<{ upload: string; fileName: string } | null>> => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame, frame !== null && frame === event.sender.mainFrame, devOrigin)) {
        return { ok: false, error: { code: 'forbidden', message: 'Only the Corridor window may restore backups' } };
      }
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = {
        title: 'Restore a Corridor backup',
        properties: ['openFile' as const],
        filters: [{ name: 'Corridor backup', extensions: ['sqlite'] }],
      };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const picked = choice.filePaths[0];
      if (choice.canceled || !picked) return { ok: true, value: null };
      // Copied in, so the core checks and restores a file of its own naming and nothing changes the original.
      const target = newUploadTarget(homeDir);
      try {
        await copyFile(picked, target.partial);
        await rename(target.partial, target.final);
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: `Could not read ${picked}: ${(e as Error).message}` } };
      }
      return { ok: true, value: { upload: target.name, fileName: path.basename(picked) } };
    },
  );
  return () => {
    ipcMain.removeHandler(IPC_SAVE_EXPORT_CHANNEL);
    ipcMain.removeHandler(IPC_PICK_RESTORE_CHANNEL);
  };
}

const FILTER_NAMES: Record<string, string> = {
  csv: 'CSV (UTF-8)',
  xlsx: 'Excel workbook',
  sqlite: 'Corridor backup',
  zip: 'Support bundle (zip)',
  pdf: 'PDF document',
};
