/* eslint-disable max-lines -- the loopback server: its routing, token checks, event stream, uploads and downloads read as one surface */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CoreEvent } from '../api/events';
import type { ErrorCode, Result } from '../api/result';
import type { Core } from '../services/core/create';
import { CONTENT_SECURITY_POLICY } from '../api/csp';
import { rendererMimeType, resolveRendererFile } from '../api/renderer-files';
import { contentTypeOf, exportFileOf, removeExportFile } from '../services/exchange/files';
import { newUploadTarget } from '../services/backups/uploads';
import { receiveUpload } from './upload';
import { sendAttachmentFile } from './attachment-file';

/** Larger than any legitimate paste (20,000 rows) yet small enough to refuse abuse early. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface HttpTransportOptions {
  core: Core;
  token: string;
  /** Built renderer (electron-vite's out/renderer). */
  staticDir: string;
  maxBodyBytes?: number;
  /** The per-machine folder the core's export jobs write their files under (exports/<job id>/). */
  homeDir?: string;
}

type Refusal = Extract<ErrorCode, 'unauthorized' | 'forbidden' | 'too_large' | 'bad_request'>;

/** Headers on every answer: nothing is cached, sniffed, framed or leaks the token in a Referer. */
const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extra });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, code: Refusal, message: string, extra?: http.OutgoingHttpHeaders): void {
  const body: Result<never> = { ok: false, error: { code, message } };
  sendJson(res, status, body, extra);
}

/**
 * Who may talk to this server. A web page on another origin can make the browser send requests
 * here (DNS rebinding, cross-site form posts, "simple" text/plain fetches without preflight), so:
 * the Host must be this server's own 127.0.0.1/localhost:port; an Origin, when the browser sends
 * one, must be that same host; and the token is required (see handleApi).
 */
function checkAddressedToUs(req: http.IncomingMessage, port: number | undefined): string | null {
  // Node keeps the first of several Host headers; HTTP/1.1 says such a request is malformed.
  if ((req.headersDistinct.host?.length ?? 0) > 1) return 'more than one Host header';
  const host = req.headers.host ?? '';
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(host)) return `Host "${host.slice(0, 100)}" is not this server; open the URL Corridor printed`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return `requests from the page at ${origin.slice(0, 100)} are not allowed; open the URL Corridor printed`;
  }
  return null;
}

/**
 * The loopback transport of the core for browser mode and end-to-end tests: serves the built
 * renderer, answers POST /api/invoke and streams core events on GET /api/events.
 */
export function createHttpTransport(opts: HttpTransportOptions): http.Server {
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const staticRoot = path.resolve(opts.staticDir);
  const eventClients = new Set<http.ServerResponse>();
  const unsubscribe = opts.core.subscribe((e: CoreEvent) => {
    const frame = `data: ${JSON.stringify(e)}\n\n`;
    for (const c of eventClients) c.write(frame);
  });

  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const port = (server.address() as { port: number } | null)?.port;
    // A request line without a version is HTTP/0.9, which Node still accepts; nothing here speaks it.
    if (req.httpVersionMajor !== 1) return refuse(res, 400, 'bad_request', `HTTP/${req.httpVersion} is not supported; use HTTP/1.1`);
    const notForUs = checkAddressedToUs(req, port);
    if (notForUs) return refuse(res, 403, 'forbidden', notForUs);
    const url = requestUrl(req);
    if (!url) return refuse(res, 400, 'bad_request', 'malformed request path');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url, opts.core, opts.token, maxBody, eventClients, opts.homeDir);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(res, 405, 'bad_request', `${req.method} is not allowed here`, { allow: 'GET, HEAD' });
    }
    // The first visit carries the token in the address; from then on the browser holds it in a
    // cookie, so reloads and new tabs at the bare address work and the token is never shown again.
    const given = url.searchParams.get('token');
    const cookie = given !== null && tokenMatches(opts.token, given) ? sessionCookie(port ?? 0, opts.token) : undefined;
    serveStatic(staticRoot, url.pathname, res, cookie ? { 'set-cookie': cookie } : {});
  };
  // No exception in a request handler may end the process: a bad request gets an answer and
  // the server goes on serving everyone else.
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch (e) {
      console.error('[corridor] request failed:', e instanceof Error ? e.message : String(e));
      if (!res.headersSent) refuse(res, 400, 'bad_request', 'the request could not be understood');
      else res.destroy();
    }
  });
  // Malformed request lines and headers never reach the handler; answer them plainly.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.on('close', () => {
    unsubscribe();
    eventClients.forEach((c) => c.end());
  });
  return server;
}

/**
 * The request's path and query, parsed against a fixed base. The raw request target is the
 * client's to choose: `//[/` or `//a:99999/` would parse as a host part and throw, so only an
 * origin-form target (one leading slash) is taken, and anything that still fails to parse is
 * refused rather than thrown.
 */
function requestUrl(req: http.IncomingMessage): URL | null {
  const target = req.url ?? '/';
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/**
 * Browser mode's session cookie: the token, HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page or link sends it), Path=/ and no Domain (this host only). Cookies ignore ports, so
 * the name carries the port: two Corridors on one machine keep apart. No Max-Age: it ends with the
 * browser, and a new start has a new token anyway.
 */
export const sessionCookieName = (port: number) => `corridor-${port}`;
function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function sessionCookieOf(req: http.IncomingMessage, port: number): string | null {
  const name = sessionCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * A cookie goes with any request the browser makes here, also one another page on this machine
 * (another port is the same site) asks for. So a call that relies on the cookie must carry the
 * per-tab header `x-corridor-session`: a page on another origin can only send such a header after
 * a CORS preflight, which this server never grants (and its Origin is refused in checkAddressedToUs).
 */
function sentByOurPage(req: http.IncomingMessage): boolean {
  return typeof req.headers[SESSION_HEADER] === 'string';
}

function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  core: Core,
  token: string,
  maxBody: number,
  eventClients: Set<http.ServerResponse>,
  homeDir?: string,
): void {
  const port = req.socket.localPort ?? 0;
  const header = req.headers.authorization;
  const bearer = header && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '') : null;
  const byCookie = tokenMatches(token, sessionCookieOf(req, port));
  if (url.pathname === '/api/events' && req.method === 'GET') {
    // EventSource cannot set headers: the event stream also accepts ?token= (or the page's cookie;
    // a stream only reads, and another origin cannot read it without CORS, which is never granted).
    if (!byCookie && !tokenMatches(token, bearer ?? url.searchParams.get('token'))) {
      return refuse(res, 401, 'unauthorized', 'missing or wrong token; open the full URL Corridor printed at start');
    }
    return openEventStream(req, res, eventClients);
  }
  const authorized = tokenMatches(token, bearer) || (byCookie && sentByOurPage(req));
  if (url.pathname === '/api/invoke' && req.method === 'POST') {
    if (!authorized) {
      return refuse(
        res,
        401,
        'unauthorized',
        'missing or wrong token: open the full URL Corridor printed at start once in this browser (a script sends the token as "Authorization: Bearer <token>")',
      );
    }
    // A cross-site form or no-preflight fetch can only send text/plain, form or multipart bodies.
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return refuse(res, 415, 'bad_request', `content-type must be application/json, got "${type.slice(0, 60) || 'none'}"`);
    }
    return handleInvoke(req, res, core, maxBody);
  }
  if (!authorized) {
    return refuse(res, 401, 'unauthorized', 'missing or wrong token; open the full URL Corridor printed at start');
  }
  const download = /^\/api\/export-file\/([^/]+)$/.exec(url.pathname);
  if (download && req.method === 'GET') return sendExportFile(res, homeDir, download[1]);
  if (sendAttachmentFile(req, url, res, homeDir, BASE_HEADERS, refuse)) return;
  if (url.pathname === '/api/restore-upload' && req.method === 'POST') return receiveRestoreUpload(req, res, homeDir);
  if (url.pathname === '/api/import-file' && req.method === 'POST') {
    return receiveUpload(req, res, homeDir, (status, code, message) => refuse(res, status, code, message), sendJson);
  }
  refuse(res, 404, 'bad_request', `no API endpoint ${req.method} ${url.pathname}; use POST /api/invoke or GET /api/events`);
}

/**
 * A finished export job's file, as a download: the token is required like any API call (the
 * renderer fetches it with its Authorization header and saves the blob), the job id is all the
 * client names, so no path ever comes from outside.
 */
function sendExportFile(res: http.ServerResponse, homeDir: string | undefined, jobId: string): void {
  const file = homeDir ? exportFileOf(homeDir, jobId) : null;
  if (!file) return refuse(res, 404, 'bad_request', 'no finished export with this job id');
  const size = fs.statSync(file.path).size;
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': contentTypeOf(file.name),
    'content-length': size,
    'content-disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9+._-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  // Once sent in full the file is the user's; the copy here goes (a cut-off download keeps it for a retry).
  res.on('finish', () => removeExportFile(homeDir!, jobId));
  fs.createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** The largest file accepted for restore (a backup of the 1.5 GB scale database fits many times). */
const MAX_UPLOAD_BYTES = 16 * 1024 ** 3;

/**
 * A backup file sent for restore (the body, as application/octet-stream: a type no cross-site form
 * can send), streamed to <home>/uploads under a name of Corridor's choosing, which is returned;
 * `backups.restore { upload }` then checks and restores it. Nothing is restored by the upload.
 */
function receiveRestoreUpload(req: http.IncomingMessage, res: http.ServerResponse, homeDir: string | undefined): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    return refuse(res, 415, 'bad_request', `content-type must be application/octet-stream, got "${type.slice(0, 60) || 'none'}"`);
  }
  if (!homeDir) return refuse(res, 404, 'bad_request', 'this server keeps no uploads');
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
    return refuse(res, 413, 'too_large', `a backup over ${MAX_UPLOAD_BYTES} bytes cannot be uploaded`, { connection: 'close' });
  }
  const target = newUploadTarget(homeDir);
  const out = fs.createWriteStream(target.partial);
  let size = 0;
  let failed = false;
  const fail = (status: number, code: Refusal, message: string) => {
    if (failed) return;
    failed = true;
    out.destroy();
    fs.rmSync(target.partial, { force: true });
    refuse(res, status, code, message, { connection: 'close' });
    req.destroy();
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) fail(413, 'too_large', `a backup over ${MAX_UPLOAD_BYTES} bytes cannot be uploaded`);
  });
  req.on('aborted', () => fail(400, 'bad_request', 'the upload was cut off'));
  out.on('error', (e) => fail(507, 'bad_request', `the upload could not be stored: ${e.message}`));
  req.pipe(out);
  out.on('finish', () => {
    if (failed) return;
    fs.renameSync(target.partial, target.final);
    sendJson(res, 200, { ok: true, value: { upload: target.name, bytes: size } });
  });
}

function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, clients: Set<http.ServerResponse>): void {
  res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
  res.write(': connected\n\n');
  clients.add(res);
  req.on('close', () => clients.delete(res));
}

function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse, core: Core, maxBody: number): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  const tooLarge = () => {
    refused = true;
    chunks.length = 0;
    refuse(res, 413, 'too_large', `request body over ${maxBody} bytes; save fewer rows at once`, { connection: 'close' });
    // Keep reading (and discarding) so the client gets to read the 413 instead of a reset
    // connection; a client that goes on sending for long is cut off.
    setTimeout(() => req.destroy(), 5000).unref();
  };
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    // Chunked uploads declare no length: count what actually arrives.
    if (size > maxBody) return tooLarge();
    chunks.push(chunk);
  });
  if (Number(req.headers['content-length'] ?? 0) > maxBody) tooLarge();
  req.on('end', () => {
    if (refused) return;
    try {
      answerInvoke(res, core, Buffer.concat(chunks), sessionOf(req));
    } catch (e) {
      console.error('[corridor] invoke failed:', e instanceof Error ? e.message : String(e));
      if (!res.headersSent) refuse(res, 400, 'bad_request', 'the request could not be understood');
    }
  });
}

/**
 * The browser tab's session (a random id it made and keeps in its sessionStorage), sent with
 * every call as `x-corridor-session`. The token says the caller may talk to this server; the
 * session says which sign-in it holds, so two tabs can be two operators. Without a valid one
 * the caller is signed out (null): it may read the status and sign-in list, nothing else.
 */
export const SESSION_HEADER = 'x-corridor-session';
const SESSION_ID = /^[A-Za-z0-9_-]{16,128}$/;
export function sessionOf(req: http.IncomingMessage): string | null {
  const id = req.headers[SESSION_HEADER];
  return typeof id === 'string' && SESSION_ID.test(id) ? `http:${id}` : null;
}

function answerInvoke(res: http.ServerResponse, core: Core, raw: Buffer, session: string | null): void {
  let body: { name?: unknown; input?: unknown };
  try {
    body = JSON.parse(raw.toString('utf8')) as typeof body;
  } catch {
    return refuse(res, 400, 'bad_request', 'body is not JSON; send {"name": "area.verb", "input": {...}}');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return refuse(res, 400, 'bad_request', 'body must be a JSON object {"name": "area.verb", "input": {...}}');
  }
  core
    .invoke(body.name, body.input, session)
    .then(
      (result) => sendJson(res, !result.ok && result.error.code === 'unknown_operation' ? 404 : 200, result),
      (e: Error) => sendJson(res, 500, { ok: false, error: { code: 'internal', message: e.message } }),
    )
    // An answer that cannot be written (client gone, unserialisable value) must not become an
    // unhandled rejection, which would end the process.
    .catch((e: unknown) => {
      console.error('[corridor] answer failed:', e instanceof Error ? e.message : String(e));
      if (!res.headersSent) refuse(res, 500, 'bad_request', 'the answer could not be sent');
      else res.destroy();
    });
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse, extra: http.OutgoingHttpHeaders): void {
  const file = resolveRendererFile(root, pathname);
  // Path-traversal guard: never serve anything outside the renderer build.
  if (!file) return refuse(res, 403, 'forbidden', 'outside the app folder');
  const isFile = (p: string) => fs.existsSync(p) && fs.statSync(p).isFile();
  // Unknown paths without an extension are app routes and get the page; missing assets are 404.
  const target = isFile(file) ? file : path.extname(file) ? null : path.join(root, 'index.html');
  if (!target) return refuse(res, 404, 'bad_request', `no file ${pathname.slice(0, 100)}`);
  if (!isFile(target)) {
    res.writeHead(500, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('The renderer is not built: run "npm run build" first.');
    return;
  }
  const isHtml = path.extname(target) === '.html';
  res.writeHead(200, {
    ...BASE_HEADERS,
    ...extra,
    'content-type': rendererMimeType(target),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    // Built assets carry a content hash in their names; the page itself must always be fresh.
    'cache-control': isHtml ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}
