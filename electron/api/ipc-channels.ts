/** The only two IPC channels between Electron's main process and the preload. */
export const IPC_INVOKE_CHANNEL = 'corridor:invoke';
export const IPC_EVENT_CHANNEL = 'corridor:event';
/** Save a finished export's file where the user picks (Electron's save dialog); the renderer names the job only. */
export const IPC_SAVE_EXPORT_CHANNEL = 'corridor:save-export';
