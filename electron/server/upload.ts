import fs from 'node:fs';
import type http from 'node:http';
import { MAX_IMPORT_BYTES, type ImportUpload } from '../api/imports';
import type { ErrorCode, Result } from '../api/result';
import { newUploadPath, safeUploadName } from '../services/exchange/import/files';

type Refuse = (status: number, code: Extract<ErrorCode, 'too_large' | 'bad_request'>, message: string) => void;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * POST /api/import-file (token required, checked by the caller): the body is the file's bytes
 * (application/octet-stream), its name in the X-File-Name header (URI-encoded). The file is
 * streamed to <home>/imports/<upload id>/ and its id returned; the import job reads it from there.
 * The import limit is checked from Content-Length before anything is stored, and again on the
 * bytes that arrive (a chunked upload declares no length).
 */
export function receiveUpload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  homeDir: string | undefined,
  refuse: Refuse,
  sendJson: (res: http.ServerResponse, status: number, body: unknown) => void,
): void {
  if (!homeDir) return refuse(404, 'bad_request', 'this server takes no uploads');
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    return refuse(
      415,
      'bad_request',
      `content-type must be application/octet-stream (the file's bytes), got "${type.slice(0, 60) || 'none'}"`,
    );
  }
  let name: string;
  try {
    name = safeUploadName(decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload')));
  } catch {
    return refuse(400, 'bad_request', 'X-File-Name must be the file name, URI-encoded');
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  const tooBig = (bytes: number) =>
    `${name} is ${MB(bytes)}; Corridor imports files up to ${MB(MAX_IMPORT_BYTES)}: split it into smaller files`;
  if (declared > MAX_IMPORT_BYTES) {
    // The rest of the body is not read: this connection cannot serve another request.
    res.setHeader('connection', 'close');
    refuse(413, 'too_large', tooBig(declared));
    req.resume();
    setTimeout(() => req.destroy(), 5000).unref();
    return;
  }
  const { uploadId, path } = newUploadPath(homeDir, name);
  const out = fs.createWriteStream(path);
  let size = 0;
  let failed = false;
  const fail = (status: number, code: 'too_large' | 'bad_request', message: string) => {
    if (failed) return;
    failed = true;
    out.destroy();
    fs.rm(path, { force: true }, () => {});
    req.unpipe(out);
    req.resume();
    res.setHeader('connection', 'close');
    refuse(status, code, message);
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) fail(413, 'too_large', tooBig(size));
  });
  req.on('aborted', () => fail(400, 'bad_request', 'the upload was cut off; try again'));
  out.on('error', (e) => fail(400, 'bad_request', `the file could not be stored: ${e.message}`));
  out.on('finish', () => {
    if (failed) return;
    const body: Result<ImportUpload> = { ok: true, value: { uploadId, name, bytes: size } };
    sendJson(res, 200, body);
  });
  req.pipe(out);
}
