import { app, BrowserWindow, dialog, session } from 'electron';
import { LANGUAGES, type Language } from '../api/i18n/languages';
import path from 'node:path';
import { DatabaseOpenError, SqliteEngineError } from '../../db/open';
import type { Core } from '../services/core/create';
import { createWorkerCore } from '../services/core/worker/host';
import { bindSaveExport } from './save-export';
import { bindOpenImport } from './open-import';
import { bindAttachmentFiles } from './attachment-files';
import { loadDemoAtStart } from '../services/demo/at-start';
import { APP_ENTRY_URL, devServerOrigin } from './app-origin';
import { APP_ID, dataFolderName, DEVELOPMENT_ONLY_ENV } from './identity';
import { bindCoreToIpc } from './ipc';
import { createMainLog } from './log';
import { installMenu } from './menu';
import { denyAllPermissions } from './permissions';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

/**
 * Electron shell lifecycle: one instance, one core, one window. All behaviour lives in the
 * core; this file only opens it, binds it to IPC and shows the renderer.
 */

if (app.isPackaged) for (const name of DEVELOPMENT_ONLY_ENV) delete process.env[name];

// Before anything uses userData (the single-instance lock lives there): installed and
// development builds keep separate data folders (identity.ts).
app.setPath('userData', path.join(app.getPath('appData'), dataFolderName(app.isPackaged)));
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// Privileged schemes can only be registered before `ready`.
registerAppScheme();

const log = createMainLog(path.join(app.getPath('userData'), 'logs'));
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
const devTools = !app.isPackaged;
const devOrigin = devServerOrigin(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

/** Fail loudly: a blocking message box, then exit non-zero (no half-working window). */
function fatal(title: string, message: string): void {
  log(`fatal: ${title}: ${message}`);
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
    log,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** `--lang fr` (or `--lang=fr`) beside `--demo`: the demo's language, if it is one of the catalogues'. */
function langFlag(): Language | undefined {
  const i = process.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1];
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : undefined;
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  try {
    // The core runs in a worker thread; this process only relays IPC and events.
    core = await createWorkerCore({ databasePath: path.join(userData, 'corridor.sqlite'), homeDir: userData });
  } catch (e) {
    if (!(e instanceof DatabaseOpenError)) throw e;
    fatal(e instanceof SqliteEngineError ? 'Corridor cannot load its database engine' : 'Corridor cannot open its database', e.message);
    return;
  }
  if (process.argv.includes('--demo')) await loadDemoAtStart(core, langFlag());

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  bindCoreToIpc(core, () => mainWindow?.webContents ?? null, devOrigin);
  bindSaveExport(userData, devOrigin);
  bindOpenImport(userData, devOrigin);
  bindAttachmentFiles(userData, devOrigin);
  installMenu({ devTools });
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Corridor already has the database open; it is brought to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    // The first window may be gone (closed on macOS, or lost to a crash): open a new one.
    if (!mainWindow || mainWindow.isDestroyed()) {
      if (core) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    if (!mainWindow.isVisible()) mainWindow.show();
    mainWindow.focus();
  });
  app.on('child-process-gone', (_event, details) => {
    // GPU, network or utility processes: Chromium restarts them itself; logged for support.
    log(
      `child process gone: ${details.type}${details.name ? ` (${details.name})` : ''}, reason ${details.reason}, exit code ${details.exitCode}`,
    );
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
