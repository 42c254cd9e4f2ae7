import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CorridorBridge } from '../api/bridge';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_OPEN_IMPORT_CHANNEL,
  IPC_PICK_ATTACHMENT_CHANNEL,
  IPC_PICK_RESTORE_CHANNEL,
  IPC_SAVE_ATTACHMENT_CHANNEL,
  IPC_SAVE_EXPORT_CHANNEL,
} from '../api/ipc-channels';
import type { ImportUpload } from '../api/imports';
import type { CoreEvent } from '../api/events';
import type { Result } from '../api/result';

/**
 * The whole surface the renderer gets under Electron: invoke one core operation, listen to
 * core events. No ipcRenderer, no Node, nothing else crosses the bridge.
 */
const bridge: CorridorBridge = {
  invoke(name, input) {
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input) as Promise<Result<unknown>>;
  },
  on(listener) {
    // Wrapped so the renderer never sees the IPC event object (it carries `sender`).
    const forward = (_event: IpcRendererEvent, e: CoreEvent) => listener(e);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
  saveExport(jobId) {
    return ipcRenderer.invoke(IPC_SAVE_EXPORT_CHANNEL, jobId) as Promise<Result<{ path: string | null }>>;
  },
  pickRestoreFile() {
    return ipcRenderer.invoke(IPC_PICK_RESTORE_CHANNEL) as Promise<Result<{ upload: string; fileName: string } | null>>;
  },
  openImport() {
    return ipcRenderer.invoke(IPC_OPEN_IMPORT_CHANNEL) as Promise<Result<ImportUpload | null>>;
  },
  pickAttachment() {
    return ipcRenderer.invoke(IPC_PICK_ATTACHMENT_CHANNEL) as Promise<Result<ImportUpload | null>>;
  },
  saveAttachment(attachmentId) {
    return ipcRenderer.invoke(IPC_SAVE_ATTACHMENT_CHANNEL, attachmentId) as Promise<Result<{ path: string | null }>>;
  },
};

contextBridge.exposeInMainWorld('corridor', bridge);
