import type { CustomScheme } from 'electron';

/**
 * Where the renderer lives under Electron: app://corridor/… served from out/renderer. Pure
 * constants and checks (no runtime electron import) so tests can verify them without Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'corridor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs, a real origin and web storage; secure: a secure context like https.
 * corsEnabled stays false, so no other origin can read app:// responses (same-origin module
 * scripts still load on a standard scheme); no bypassCSP, no service workers, no extensions.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    allowExtensions: false,
    stream: false,
    codeCache: true,
  },
};

/** True only for URLs of our own renderer (same scheme and host), never for look-alikes. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * `npm run dev` (electron-vite dev) serves the renderer from a local Vite server and passes its
 * URL in ELECTRON_RENDERER_URL. Honoured only in an unpackaged app and only for a loopback
 * http URL; a packaged Corridor always loads app://corridor/.
 */
export function devServerOrigin(isPackaged: boolean, rendererUrl: string | undefined): string | null {
  if (isPackaged || !rendererUrl) return null;
  try {
    const u = new URL(rendererUrl);
    const loopback = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
    return u.protocol === 'http:' && loopback ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The IPC sender check: only the top frame of our own renderer may call the core. An iframe,
 * a frame that navigated elsewhere, or a destroyed frame (null) is refused. `devOrigin` is the
 * Vite dev server's origin under `npm run dev`, null otherwise.
 */
export function isTrustedSender(frame: { url: string } | null | undefined, isMainFrame: boolean, devOrigin: string | null = null): boolean {
  if (!frame || !isMainFrame) return false;
  if (frame.url.startsWith(`${APP_ORIGIN}/`) && isAppUrl(frame.url)) return true;
  if (devOrigin === null) return false;
  try {
    return new URL(frame.url).origin === devOrigin;
  } catch {
    return false;
  }
}
