import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../api/ipc-channels';
import type { Result } from '../api/result';
import type { Core } from '../services/core/create';
import { isTrustedSender } from './app-origin';
import { SHELL_SESSION } from '../services/core/context';

const untrusted: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Corridor window may call the core' },
};

/** The sender check, separate from ipcMain so tests can feed it fake events. */
export function invokeFromRenderer(
  core: Core,
  event: IpcMainInvokeEvent,
  name: unknown,
  input: unknown,
  devOrigin: string | null = null,
): Promise<Result<unknown>> {
  const frame = event.senderFrame;
  if (!isTrustedSender(frame, frame !== null && frame === event.sender.mainFrame, devOrigin)) {
    console.error(`[corridor] refused IPC "${String(name).slice(0, 80)}" from ${frame?.url ?? 'a destroyed frame'}`);
    return Promise.resolve(untrusted);
  }
  // The core parses the name and input against the contract; errors come back as values.
  // One session per shell: the window cannot name another (a forged operator or session in the input is just input).
  return core.invoke(name, input, SHELL_SESSION);
}

/**
 * Binds the core to IPC: one request channel (checked sender, then core.invoke) and one event
 * channel on which every core event (`changed`, `progress`) is pushed to the window.
 * Returns the unbinding function for shutdown.
 */
export function bindCoreToIpc(core: Core, target: () => WebContents | null, devOrigin: string | null = null): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, name: unknown, input: unknown) => invokeFromRenderer(core, event, name, input, devOrigin));
  const unsubscribe = core.subscribe((e) => {
    const wc = target();
    if (wc && !wc.isDestroyed()) wc.send(IPC_EVENT_CHANNEL, e);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
