import fs from 'node:fs';
import type http from 'node:http';
import { attachmentFileOf } from '../services/requests/attachments';

/**
 * GET /api/attachment-file/<attachment id> (token required, checked by the caller; false for any
 * other path): a request's
 * attached file as a download. The id is all the client names (no path comes from outside), and
 * the file goes as bytes to save, never as a page of this origin: application/octet-stream,
 * content-disposition attachment (with nosniff in the base headers), so an attached HTML or SVG
 * cannot run in Corridor's window. Unlike an export, the file stays: it is the request's.
 */
export function sendAttachmentFile(
  req: http.IncomingMessage,
  url: URL,
  res: http.ServerResponse,
  homeDir: string | undefined,
  headers: http.OutgoingHttpHeaders,
  refuse: (res: http.ServerResponse, status: number, code: 'bad_request', message: string) => void,
): boolean {
  const match = /^\/api\/attachment-file\/([^/]+)$/.exec(url.pathname);
  if (!match || req.method !== 'GET') return false;
  const attachmentId = match[1];
  const file = homeDir ? attachmentFileOf(homeDir, attachmentId) : null;
  if (!file) {
    refuse(res, 404, 'bad_request', 'no attachment with this id');
    return true;
  }
  res.writeHead(200, {
    ...headers,
    'content-type': 'application/octet-stream',
    'content-length': fs.statSync(file.path).size,
    'content-disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9+._-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  fs.createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}
