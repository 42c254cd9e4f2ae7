import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import type { MainLog } from './log';
import { watchWindowHealth } from './window-recovery';

/**
 * How long the window may stay hidden waiting for `ready-to-show` (its first paint). A renderer
 * that crashes or hangs before painting never sends it; the window is then shown anyway, so a
 * running Corridor is never invisible.
 */
export const SHOW_FALLBACK_MS = 10_000;

/**
 * The only window factory. The security options are written here as literals, at the
 * construction itself, so they can be read (and scanned: electronegativity in `npm test`)
 * where they take effect. The window is locked to its page: no navigation (links, redirects,
 * drag-and-drop, frames), no new windows, no <webview>.
 */
export function createMainWindow(opts: { preload: string; devTools: boolean; url?: string; log: MainLog }): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Corridor',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so no blank white frame flashes at start.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click on a link would otherwise try to open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      devTools: opts.devTools,
    },
  });
  const wc = win.webContents;
  wc.on('will-navigate', (event) => event.preventDefault());
  // Fires for the page's own navigations in any frame, never for loadURL or reload below.
  wc.on('will-frame-navigate', (event) => event.preventDefault());
  wc.on('will-redirect', (event) => event.preventDefault());
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));

  const url = opts.url ?? APP_ENTRY_URL;
  const fallback = setTimeout(() => {
    if (win.isDestroyed() || win.isVisible()) return;
    opts.log(`window: no first paint (ready-to-show) within ${SHOW_FALLBACK_MS / 1000} s; showing it anyway`);
    win.show();
  }, SHOW_FALLBACK_MS);
  win.once('ready-to-show', () => {
    clearTimeout(fallback);
    win.show();
  });
  win.on('closed', () => clearTimeout(fallback));
  watchWindowHealth(win, { url, log: opts.log });
  void win.loadURL(url);
  return win;
}
