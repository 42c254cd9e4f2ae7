import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CoreEvent } from '../api/events';
import type { Result } from '../api/result';
import type { Core } from '../services/core/create';
import { CONTENT_SECURITY_POLICY } from '../api/csp';

/** Larger than any legitimate paste (20,000 rows) yet small enough to refuse abuse early. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HttpTransportOptions {
  core: Core;
  token: string;
  /** Built renderer (electron-vite's out/renderer). */
  staticDir: string;
  maxBodyBytes?: number;
}

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

const refusal = (code: 'unauthorized' | 'forbidden' | 'too_large' | 'bad_request', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * The loopback transport of the core for browser mode and end-to-end tests. Only answers
 * requests addressed to 127.0.0.1/localhost on its own port (DNS-rebinding guard), requires the
 * per-start token on every API call, and serves the built renderer.
 */
export function createHttpTransport(opts: HttpTransportOptions): http.Server {
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const staticRoot = path.resolve(opts.staticDir);
  const eventClients = new Set<http.ServerResponse>();
  opts.core.subscribe((e: CoreEvent) => {
    const frame = `data: ${JSON.stringify(e)}\n\n`;
    for (const c of eventClients) c.write(frame);
  });

  const server = http.createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendJson(res, 403, refusal('forbidden', `Host "${host.slice(0, 100)}" is not this server; open the URL Corridor printed`));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      const given = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || url.searchParams.get('token');
      if (!tokenMatches(opts.token, given)) {
        sendJson(res, 401, refusal('unauthorized', 'missing or wrong token; open the full URL Corridor printed at start'));
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(req, res, eventClients);
      if (url.pathname === '/api/invoke' && req.method === 'POST') return handleInvoke(req, res, opts.core, maxBody);
      sendJson(res, 404, refusal('bad_request', `no API endpoint ${req.method} ${url.pathname}`));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, refusal('bad_request', `${req.method} is not allowed here`));
      return;
    }
    serveStatic(staticRoot, url.pathname, res);
  });
  server.on('close', () => eventClients.forEach((c) => c.end()));
  return server;
}

function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, clients: Set<http.ServerResponse>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  clients.add(res);
  req.on('close', () => clients.delete(res));
}

function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse, core: Core, maxBody: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBody) {
    sendJson(res, 413, refusal('too_large', `request body over ${maxBody} bytes; save fewer rows at once`));
    req.destroy();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBody && !refused) {
      refused = true;
      sendJson(res, 413, refusal('too_large', `request body over ${maxBody} bytes; save fewer rows at once`));
      req.destroy();
      return;
    }
    if (!refused) chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return;
    let body: { name?: unknown; input?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as typeof body;
    } catch {
      sendJson(res, 400, refusal('bad_request', 'body is not JSON; send {"name": "...", "input": {...}}'));
      return;
    }
    if (body === null || typeof body !== 'object') {
      sendJson(res, 400, refusal('bad_request', 'body must be a JSON object {"name", "input"}'));
      return;
    }
    core.invoke(body.name, body.input).then(
      (result) => sendJson(res, !result.ok && result.error.code === 'unknown_operation' ? 404 : 200, result),
      (e: Error) => sendJson(res, 500, { ok: false, error: { code: 'internal', message: e.message } }),
    );
  });
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    sendJson(res, 400, refusal('bad_request', 'bad URL encoding'));
    return;
  }
  const file = path.resolve(root, `.${rel === '/' ? '/index.html' : rel}`);
  // Path-traversal guard: never serve anything outside the renderer build.
  if (file !== root && !file.startsWith(root + path.sep)) {
    sendJson(res, 403, refusal('forbidden', 'outside the app folder'));
    return;
  }
  const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
  if (!fs.existsSync(target)) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('The renderer is not built: run "npm run build" first.');
    return;
  }
  const ext = path.extname(target);
  res.writeHead(200, {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(target).pipe(res);
}
