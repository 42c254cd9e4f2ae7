import { app, BrowserWindow, dialog, session } from 'electron';
import path from 'node:path';
import { DatabaseOpenError } from '../../db/open';
import type { Core } from '../services/core/create';
import { createWorkerCore } from '../services/core/worker/host';
import { loadDemoAtStart } from '../services/demo/at-start';
import { APP_ENTRY_URL, devServerOrigin } from './app-origin';
import { bindCoreToIpc } from './ipc';
import { installMenu } from './menu';
import { denyAllPermissions } from './permissions';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

/**
 * Electron shell lifecycle: one instance, one core, one window. All behaviour lives in the
 * core; this file only opens it, binds it to IPC and shows the renderer.
 */

// Privileged schemes can only be registered before `ready`.
registerAppScheme();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
const devTools = !app.isPackaged;
const devOrigin = devServerOrigin(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

/** Fail loudly: a blocking message box, then exit non-zero (no half-working window). */
function fatal(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  void core?.close();
  app.exit(1);
}

function openWindow(): void {
  // out/main/index.js → out/preload/index.js and out/renderer/ (also inside app.asar).
  mainWindow = createMainWindow({
    preload: path.join(__dirname, '..', 'preload', 'index.js'),
    devTools,
    url: devOrigin ? process.env.ELECTRON_RENDERER_URL : APP_ENTRY_URL,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  try {
    // The core runs in a worker thread; this process only relays IPC and events.
    core = await createWorkerCore({ databasePath: path.join(userData, 'corridor.sqlite'), homeDir: userData });
  } catch (e) {
    if (!(e instanceof DatabaseOpenError)) throw e;
    fatal('Corridor cannot open its database', e.message);
    return;
  }
  if (process.argv.includes('--demo')) await loadDemoAtStart(core);

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  bindCoreToIpc(core, () => mainWindow?.webContents ?? null, devOrigin);
  installMenu({ devTools });
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Corridor already has the database open; it is brought to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => void core?.close());
  app
    .whenReady()
    .then(start)
    .catch((e: Error) => fatal('Corridor could not start', e.message));
}
