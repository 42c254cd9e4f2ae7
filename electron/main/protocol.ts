import { protocol } from 'electron';
import fs from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../api/csp';
import { rendererMimeType, resolveRendererFile } from '../api/renderer-files';
import { APP_HOST, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin';

/** Must run before the app is ready (Electron only accepts privileged schemes then). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/**
 * Vite names everything under /assets/ by its content hash, so those files never change under
 * their name: cached as immutable, which also lets Chromium keep their V8 code cache between
 * starts (the scheme asks for `codeCache`). index.html is revalidated on every load, so a new
 * build is picked up at once.
 */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers app://corridor/… from the built renderer folder, with the shared CSP as a response
 * header. Anything outside the folder, another host or a missing file is refused.
 */
export async function answerAppRequest(rendererRoot: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return refuse(404, 'Not found');
  const file = resolveRendererFile(rendererRoot, url.pathname);
  if (!file) return refuse(403, 'Forbidden');
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return refuse(404, 'Not found');
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': rendererMimeType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': cacheControlFor(url.pathname),
    },
  });
}

/** After ready: serve the renderer on the default session (the only session the window uses). */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererRoot, request.url));
}
