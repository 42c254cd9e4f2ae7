/** The only two IPC channels between Electron's main process and the preload. */
export const IPC_INVOKE_CHANNEL = 'corridor:invoke';
export const IPC_EVENT_CHANNEL = 'corridor:event';
