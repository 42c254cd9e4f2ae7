/** The IPC channels between Electron's main process and the preload. */
export const IPC_INVOKE_CHANNEL = 'corridor:invoke';
export const IPC_EVENT_CHANNEL = 'corridor:event';
/** Save a finished export's file where the user picks (Electron's save dialog); the renderer names the job only. */
export const IPC_SAVE_EXPORT_CHANNEL = 'corridor:save-export';
/** Pick a backup file to restore (Electron's open dialog); main copies it into the uploads folder and names the copy. */
export const IPC_PICK_RESTORE_CHANNEL = 'corridor:pick-restore-file';
/** Choose a file to import (Electron's open dialog); the main process copies it where the core's import job reads it. */
export const IPC_OPEN_IMPORT_CHANNEL = 'corridor:open-import';
/** Pick a file to attach to a request (Electron's open dialog); main copies it where uploads wait and names the upload. */
export const IPC_PICK_ATTACHMENT_CHANNEL = 'corridor:pick-attachment';
/** Save a request's attached file where the user picks (Electron's save dialog); the renderer names the attachment only. */
export const IPC_SAVE_ATTACHMENT_CHANNEL = 'corridor:save-attachment';
