import path from 'node:path';

/**
 * How both shells serve the built renderer (Electron's app:// protocol and the loopback HTTP
 * server): content types, and the guard that keeps every request inside the renderer folder.
 */
export const RENDERER_MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function rendererMimeType(file: string): string {
  return RENDERER_MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps the path part of a request URL ("/assets/index.js", still percent-encoded) to a file
 * inside `root`, or null when it is malformed or would leave `root` (`..` written plainly,
 * percent-encoded, with encoded slashes or backslashes, NUL bytes, absolute paths). "/" is
 * index.html. The check runs on the resolved path, so no spelling of a traversal gets through.
 */
export function resolveRendererFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // No built asset name has a NUL or a backslash; refusing them makes the guard the same on
  // every platform (a backslash is a separator on Windows only).
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = path.resolve(root);
  const relative = decoded === '' || decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) return null;
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return null;
  return file;
}
