import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IPC_PICK_ATTACHMENT_CHANNEL, IPC_SAVE_ATTACHMENT_CHANNEL } from '../api/ipc-channels';
import type { ImportUpload } from '../api/imports';
import type { Result } from '../api/result';
import { newUploadPath, removeUpload } from '../services/exchange/import/files';
import { attachmentFileOf } from '../services/requests/attachments';
import { isTrustedSender } from './app-origin';

/**
 * The two IPCs for a request's attachments, as thin as the import's: pick a file (a native open
 * dialog, any kind) and copy it where uploads wait, handing back the upload's id for
 * `requests.attachments.add` (the core checks size, emptiness and name); and save an attached
 * file where the user picks (a native save dialog), named by the attachment's id alone.
 */
export function bindAttachmentFiles(homeDir: string, devOrigin: string | null): () => void {
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return isTrustedSender(frame, frame !== null && frame === event.sender.mainFrame, devOrigin);
  };
  ipcMain.handle(IPC_PICK_ATTACHMENT_CHANNEL, async (event: IpcMainInvokeEvent): Promise<Result<ImportUpload | null>> => {
    if (!trusted(event)) return { ok: false, error: { code: 'forbidden', message: 'Only the Corridor window may attach files' } };
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { properties: ['openFile' as const] };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const chosen = choice.filePaths[0];
    if (choice.canceled || !chosen) return { ok: true, value: null };
    const upload = newUploadPath(homeDir, path.basename(chosen));
    try {
      await copyFile(chosen, upload.path);
      return { ok: true, value: { uploadId: upload.uploadId, name: path.basename(upload.path), bytes: (await stat(upload.path)).size } };
    } catch (e) {
      removeUpload(homeDir, upload.uploadId);
      return { ok: false, error: { code: 'internal', message: `Could not read ${chosen}: ${(e as Error).message}` } };
    }
  });
  ipcMain.handle(
    IPC_SAVE_ATTACHMENT_CHANNEL,
    async (event: IpcMainInvokeEvent, attachmentId: unknown): Promise<Result<{ path: string | null }>> => {
      if (!trusted(event)) return { ok: false, error: { code: 'forbidden', message: 'Only the Corridor window may save attachments' } };
      const file = typeof attachmentId === 'string' ? attachmentFileOf(homeDir, attachmentId) : null;
      if (!file) return { ok: false, error: { code: 'not_found', message: 'No attachment with this id' } };
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: file.name };
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, value: { path: null } };
      try {
        await copyFile(file.path, choice.filePath);
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: `Could not save to ${choice.filePath}: ${(e as Error).message}` } };
      }
      return { ok: true, value: { path: choice.filePath } };
    },
  );
  return () => {
    ipcMain.removeHandler(IPC_PICK_ATTACHMENT_CHANNEL);
    ipcMain.removeHandler(IPC_SAVE_ATTACHMENT_CHANNEL);
  };
}
