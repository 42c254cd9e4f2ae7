import { app, dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import type { MainLog } from './log';

/** More renderer crashes than this within CRASH_WINDOW_MS is a loop: stop reloading. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 60_000;

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

/**
 * Keeps the window usable when its renderer fails, the way Electron reports it:
 * - `render-process-gone` (crash, OOM, killed): log, show the window, reload, and tell the user
 *   (saved data is in the database; only an unsaved edit is lost). A crash loop is not reloaded
 *   forever: after MAX_CRASHES within a minute the user is told and Corridor quits.
 * - `unresponsive`: log and ask whether to keep waiting or reload (a hung page cannot reload
 *   itself, so its renderer is ended first); `responsive`: log.
 * - `did-fail-load` of the page itself: log, show the window, offer Retry or Quit.
 * Every event goes to the main log, so a user's report says what happened.
 */
export function watchWindowHealth(win: BrowserWindow, opts: { url: string; log: MainLog }): void {
  const wc = win.webContents;
  const crashes: number[] = [];
  let asking = false;

  const reveal = () => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  };

  wc.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    opts.log(`window: renderer gone (reason ${details.reason}, exit code ${details.exitCode})`);
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length >= MAX_CRASHES) {
      opts.log(`window: ${crashes.length} renderer crashes within ${CRASH_WINDOW_MS / 1000} s; quitting instead of reloading again`);
      dialog.showErrorBox(
        'Corridor keeps stopping',
        `Corridor's window stopped ${crashes.length} times in a minute (last reason: ${details.reason}), so it will close. ` +
          'Everything you saved is in the database. Start Corridor again; if this repeats, send the file main.log ' +
          `from ${app.getPath('userData')}/logs to your support contact.`,
      );
      app.quit();
      return;
    }
    reveal();
    wc.reload();
    void dialog.showMessageBox(win, {
      type: 'warning',
      title: 'Corridor reloaded its window',
      message: 'Corridor’s window stopped unexpectedly and has been reloaded.',
      detail: `Reason: ${details.reason}. Everything you saved is in the database; an edit that was still being typed may need to be entered again.`,
    });
  });

  win.on('unresponsive', () => {
    opts.log('window: renderer unresponsive');
    if (asking) return;
    asking = true;
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        title: 'Corridor is not responding',
        message: 'Corridor’s window is not responding.',
        detail: 'You can keep waiting (a long operation may still finish) or reload the window. Everything saved is kept.',
        buttons: ['Keep waiting', 'Reload'],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        asking = false;
        if (response !== 1 || win.isDestroyed()) return;
        opts.log('window: reload chosen for the unresponsive renderer');
        wc.forcefullyCrashRenderer();
        wc.reload();
      });
  });
  win.on('responsive', () => opts.log('window: renderer responsive again'));

  wc.on('did-fail-load', (_event, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    opts.log(`window: failed to load ${validatedURL} (${errorCode} ${errorDescription})`);
    reveal();
    if (asking) return;
    asking = true;
    void dialog
      .showMessageBox(win, {
        type: 'error',
        title: 'Corridor could not load its window',
        message: 'Corridor could not load its window.',
        detail: `${errorDescription} (${errorCode}) loading ${validatedURL}. If retrying does not help, reinstall Corridor; your database is not affected.`,
        buttons: ['Retry', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => {
        asking = false;
        if (win.isDestroyed()) return;
        if (response === 0) void win.loadURL(opts.url);
        else app.quit();
      });
  });
}
