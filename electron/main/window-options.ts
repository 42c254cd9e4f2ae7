import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one place the main window's security settings are written, as literals. Kept free of a
 * runtime electron import so test/server/electron-shell.test.ts checks every value without
 * Electron; window.ts builds the only BrowserWindow from it.
 */
export function mainWindowOptions(opts: { preload: string; devTools: boolean }): BrowserWindowConstructorOptions {
  return {
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
      devTools: opts.devTools,
    },
  };
}
