import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { mainWindowOptions } from './window-options';

/**
 * The only window factory. Its security settings come from window-options.ts; here the
 * window is also locked to its page: no navigation (links, redirects, drag-and-drop, frames),
 * no new windows, no <webview>.
 */
export function createMainWindow(opts: { preload: string; devTools: boolean; url?: string }): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(opts));
  const wc = win.webContents;
  wc.on('will-navigate', (event) => event.preventDefault());
  // Fires for the page's own navigations in any frame, never for loadURL or reload below.
  wc.on('will-frame-navigate', (event) => event.preventDefault());
  wc.on('will-redirect', (event) => event.preventDefault());
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.url ?? APP_ENTRY_URL);
  return win;
}
