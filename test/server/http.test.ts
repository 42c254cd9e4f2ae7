/* eslint-disable max-lines -- the HTTP transport: who may call, what it accepts, static files and malformed requests, all against one started server */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/api/csp';
import { createHttpTransport } from '../../electron/server/http';
import { openTestCore, tableCounts, type TestCore, signInAs } from '../helpers/core';

/**
 * The loopback transport against a real core on a real SQLite file, over real sockets: who is
 * refused (and with which status), what reaches the core, and what the static server serves.
 */

const TOKEN = 'test-token-0123456789abcdefghij';
const MAX_BODY = 1024;

let t: TestCore;
let server: http.Server;
let port: number;
let staticDir: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string; issues?: { path: unknown[] }[] } };
}

/** One request with full control over headers and the raw path (fetch would normalise both). */
function send(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer[] }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...opts.headers };
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers, setHost: false });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    // The server may close while a refused upload is still being written; the answer counts.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    if (Array.isArray(opts.body)) {
      for (const chunk of opts.body) req.write(chunk);
    } else if (opts.body !== undefined) {
      req.write(opts.body);
    }
    req.end();
  });
}

/** This client's session (as a browser tab sends it); signed in as the administrator in beforeAll. */
const SESSION = 'http-test-session-0001';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'x-corridor-session': SESSION };
const invoke = (name: string, input: unknown, headers: Record<string, string> = auth) =>
  send({ method: 'POST', path: '/api/invoke', headers, body: JSON.stringify({ name, input }) });

beforeAll(async () => {
  t = await openTestCore();
  staticDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Corridor</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Must never be reachable: it sits one folder above the served one.
  fs.writeFileSync(path.join(t.dir, 'package.json'), '{"secret": "OUTSIDE-THE-APP"}');
  server = createHttpTransport({ core: t.core, token: TOKEN, staticDir, maxBodyBytes: MAX_BODY });
  await signInAs(t.core, 'Capt. Test', 'administrator', `http:${SESSION}`);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  t.cleanup();
});

describe('HTTP transport: who may call', () => {
  it('answers a well-formed call with the core result', async () => {
    const r = await invoke('system.status', {});
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, value: { setupDone: true, operator: { displayName: 'Capt. Test' } } });
    // Without a session header the caller is signed out: the status answers, nothing else does.
    const signedOut = await invoke('system.status', {}, { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
    expect(signedOut.json()).toMatchObject({ ok: true, value: { operator: null } });
    const refused = await invoke('items.list', {}, { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
    expect(refused.json()).toMatchObject({ ok: false, error: { code: 'not_ready' } });
  });

  it('401 without a token, with a wrong token, or with the token in the wrong place', async () => {
    const body = JSON.stringify({ name: 'system.status', input: {} });
    const cases: { path: string; headers: Record<string, string> }[] = [
      { path: '/api/invoke', headers: { 'content-type': 'application/json' } },
      { path: '/api/invoke', headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token' } },
      { path: '/api/invoke', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}x` } },
      // The query string is accepted for the event stream only (EventSource cannot set headers).
      { path: `/api/invoke?token=${TOKEN}`, headers: { 'content-type': 'application/json' } },
      { path: '/api/invoke', headers: { 'content-type': 'application/json', authorization: TOKEN } },
      { path: '/api/invoke', headers: { 'content-type': 'application/json', 'x-token': TOKEN } },
      { path: '/api/invoke', headers: { 'content-type': 'application/json', cookie: `token=${TOKEN}` } },
    ];
    for (const c of cases) {
      const r = await send({ method: 'POST', path: c.path, headers: c.headers, body });
      expect(r.status, `${c.path} ${JSON.stringify(c.headers)}`).toBe(401);
      expect(r.json().error).toMatchObject({ code: 'unauthorized' });
    }
    const events = await send({ path: '/api/events?token=nope' });
    expect(events.status).toBe(401);
    const unknownEndpoint = await send({ path: '/api/other' });
    expect(unknownEndpoint.status).toBe(401);
  });

  it('403 for another Host (DNS rebinding) or another port, even with the token', async () => {
    for (const host of ['evil.com', `evil.com:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `127.0.0.1.nip.io:${port}`]) {
      const r = await invoke('system.status', {}, { ...auth, host });
      expect(r.status, host).toBe(403);
      expect(r.json().error?.code).toBe('forbidden');
      expect(r.json().error?.message).toContain('Host');
    }
    const page = await send({ path: '/', headers: { host: 'evil.com' } });
    expect(page.status).toBe(403);
  });

  it('403 when a page on another origin makes the browser call, even with the token', async () => {
    for (const origin of ['http://evil.com', 'null', `http://localhost:${port}`, `https://127.0.0.1:${port}`]) {
      const r = await invoke('system.status', {}, { ...auth, origin });
      expect(r.status, origin).toBe(403);
    }
    const same = await invoke('system.status', {}, { ...auth, origin: `http://127.0.0.1:${port}` });
    expect(same.status).toBe(200);
  });

  it('refuses a cross-site "simple" request (text/plain, no preflight) and writes nothing', async () => {
    const before = tableCounts(t.core);
    const body = JSON.stringify({ name: 'organisations.save', input: { rows: [{ name: 'CSRF Org', shortName: 'CSRF', kind: 'ngo' }] } });
    const noAuth = await send({ method: 'POST', path: '/api/invoke', headers: { 'content-type': 'text/plain' }, body });
    expect(noAuth.status).toBe(401);
    const plain = await send({
      method: 'POST',
      path: '/api/invoke',
      headers: { ...auth, 'content-type': 'text/plain;charset=UTF-8' },
      body,
    });
    expect(plain.status).toBe(415);
    expect(plain.json().error?.message).toContain('application/json');
    const form = await send({
      method: 'POST',
      path: '/api/invoke',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=organisations.save',
    });
    expect(form.status).toBe(415);
    expect(tableCounts(t.core)).toEqual(before);
  });
});

describe('HTTP transport: the browser session cookie', () => {
  const cookieOf = (r: Answer) => (r.headers['set-cookie'] ?? [])[0] ?? '';

  it('the first visit with the token sets an HttpOnly SameSite=Strict cookie for this host and port; others set none', async () => {
    const first = await send({ path: `/?token=${TOKEN}` });
    expect(first.status).toBe(200);
    const parts = cookieOf(first)
      .split(';')
      .map((p) => p.trim());
    expect(parts[0]).toBe(`corridor-${port}=${TOKEN}`);
    expect(parts).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(cookieOf(first)).not.toMatch(/Domain|Max-Age|Expires/i);
    expect((await send({ path: '/' })).headers['set-cookie']).toBeUndefined();
    expect((await send({ path: `/?token=${TOKEN}x` })).headers['set-cookie']).toBeUndefined();
    expect((await send({ path: '/?token=' })).headers['set-cookie']).toBeUndefined();
  });

  it('a call with only the cookie and the page header works, as a new tab or a reload sends it', async () => {
    const headers = { cookie: `other=1; corridor-${port}=${TOKEN}`, 'content-type': 'application/json', 'x-corridor-session': SESSION };
    const r = await invoke('system.status', {}, headers);
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, value: { operator: { displayName: 'Capt. Test' } } });
    const sameOrigin = await invoke('system.status', {}, { ...headers, origin: `http://127.0.0.1:${port}` });
    expect(sameOrigin.status).toBe(200);
    const events = await new Promise<number>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie: headers.cookie } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      });
      req.on('error', reject);
    });
    expect(events).toBe(200);
  });

  it('refuses the cookie from another origin, without the page header, for another port, or with a wrong value', async () => {
    const before = tableCounts(t.core);
    const body = JSON.stringify({ name: 'organisations.save', input: { rows: [{ name: 'CSRF Org', shortName: 'CSRF', kind: 'ngo' }] } });
    const good = { cookie: `corridor-${port}=${TOKEN}`, 'content-type': 'application/json', 'x-corridor-session': SESSION };
    for (const origin of ['http://evil.com', `http://127.0.0.1:${port + 1}`, 'null']) {
      const r = await send({ method: 'POST', path: '/api/invoke', headers: { ...good, origin }, body });
      expect(r.status, origin).toBe(403);
    }
    // A cross-site "simple" request cannot add the page header without a preflight, which is never granted.
    const { 'x-corridor-session': _session, ...noHeader } = good;
    const cases: Record<string, string>[] = [
      noHeader,
      { ...good, cookie: `corridor-${port + 1}=${TOKEN}` },
      { ...good, cookie: `corridor-${port}=${TOKEN}x` },
      { ...good, cookie: `corridor=${TOKEN}` },
    ];
    for (const headers of cases) {
      const r = await send({ method: 'POST', path: '/api/invoke', headers, body });
      expect(r.status, JSON.stringify(headers)).toBe(401);
    }
    const download = await send({ path: '/api/export-file/nope', headers: { cookie: good.cookie } });
    expect(download.status).toBe(401);
    const preflight = await send({ method: 'OPTIONS', path: '/api/invoke', headers: { origin: 'http://evil.com' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(tableCounts(t.core)).toEqual(before);
  });
});

describe('HTTP transport: what it accepts', () => {
  it('413 for a body over the limit, declared or streamed in chunks without a length', async () => {
    const big = JSON.stringify({ name: 'system.status', input: { pad: 'x'.repeat(MAX_BODY * 2) } });
    const declared = await send({
      method: 'POST',
      path: '/api/invoke',
      headers: { ...auth, 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.json().error).toMatchObject({ code: 'too_large' });

    const chunk = Buffer.from('x'.repeat(600));
    const chunked = await send({
      method: 'POST',
      path: '/api/invoke',
      headers: { ...auth, 'transfer-encoding': 'chunked' },
      body: [Buffer.from('{"name":"system.status","input":"'), chunk, chunk, chunk, Buffer.from('"}')],
    });
    expect(chunked.status).toBe(413);
    expect(chunked.json().error?.message).toContain(String(MAX_BODY));

    // Just under the limit still works.
    const fits = await invoke('system.status', {});
    expect(fits.status).toBe(200);
  });

  it('404 with an error value for an unknown operation', async () => {
    const r = await invoke('stock.teleport', {});
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(r.json().error?.message).toContain('stock.teleport');
  });

  it('400 for a body that is not JSON or not an object', async () => {
    for (const body of ['{"name": "system.status",', 'name=system.status', '[1,2]', 'null', '']) {
      const r = await send({ method: 'POST', path: '/api/invoke', headers: auth, body });
      expect(r.status, body).toBe(400);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
  });

  it('malformed input comes back as invalid_input with field issues, and nothing is written', async () => {
    const before = tableCounts(t.core);
    const r = await invoke('organisations.save', { rows: [{ name: '', shortName: 'X', kind: 'spaceship' }] });
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body.ok).toBe(false);
    expect(body.error?.code).toBe('invalid_input');
    expect(body.error?.issues?.length).toBeGreaterThan(0);
    expect(body.error?.issues?.map((i) => i.path[0])).toContain('rows');
    expect(tableCounts(t.core)).toEqual(before);
  });

  it('a write through HTTP reaches the SSE stream as a `changed` event', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: `/api/events?token=${TOKEN}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream');
        let buffer = '';
        res.on('data', (c: Buffer) => {
          buffer += c.toString('utf8');
          // The stream is open once the greeting arrives; then write.
          if (buffer.startsWith(': connected') && !buffer.includes('data:')) {
            void invoke('organisations.save', { rows: [{ name: 'Event Relief', shortName: 'ER', kind: 'ngo' }] });
          }
          const frame = buffer.split('\n\n').find((f) => f.startsWith('data: '));
          if (frame) {
            req.destroy();
            resolve(frame.slice('data: '.length));
          }
        });
      });
      req.on('error', reject);
    });
    const event = JSON.parse(await received) as { type: string; changes: { type: string; records?: { op: string }[] }[] };
    expect(event.type).toBe('changed');
    expect(event.changes).toContainEqual({ type: 'organisations', records: [expect.objectContaining({ op: 'insert', version: 1 })] });
  });
});

describe('HTTP transport: static files', () => {
  it('serves index.html with the shared CSP and no caching', async () => {
    const r = await send({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('<title>Corridor</title>');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const asset = await send({ path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
  });

  it('never serves a file outside the renderer folder, however the path is spelled', async () => {
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/assets/../../package.json',
      '/..%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/..%5cpackage.json',
      '/%2e%2e%2fpackage.json',
      '/%252e%252e/package.json',
      `/${encodeURIComponent(path.join(t.dir, 'package.json'))}`,
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const p of attempts) {
      const r = await send({ path: p });
      expect(r.text, p).not.toContain('OUTSIDE-THE-APP');
      expect([400, 403, 404], `${p} → ${r.status}`).toContain(r.status);
    }
    // The spellings that survive URL normalisation as a traversal hit the guard itself.
    expect((await send({ path: '/..%2fpackage.json' })).status).toBe(403);
    expect((await send({ path: '/assets/..%2f..%2fpackage.json' })).status).toBe(403);
  });

  it('gives the page for app routes and 404 for missing assets, and refuses other methods', async () => {
    expect((await send({ path: '/items' })).text).toContain('<title>Corridor</title>');
    expect((await send({ path: '/assets/missing.js' })).status).toBe(404);
    expect((await send({ method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(405);
  });
});

/** Sends bytes as they are (no client-side URL parsing) and returns the status line's code. */
function sendRaw(requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

describe('HTTP transport: malformed requests never end the server', () => {
  it('answers 4xx to request targets that do not parse as URLs, and goes on serving', async () => {
    const targets = ['//[/', '//a:99999/', '//%/', '//xn--/', '//1.2.3.4.5/', '//[::1/api/invoke', '/%', '//', 'http://[/', '*'];
    for (const target of targets) {
      const status = await sendRaw(`GET ${target} HTTP/1.1`);
      expect(status, target).toBeGreaterThanOrEqual(400);
      expect(status, target).toBeLessThan(500);
    }
    // A garbage request line is answered by Node's parser with a 400 too.
    expect(await sendRaw('GARBAGE\u0001 / HTTP/1.1')).toBe(400);
    const after = await invoke('system.status', {});
    expect(after.status).toBe(200);
  });

  it('refuses an HTTP/0.9 request line (no version), which Node accepts, found by soak:http', async () => {
    expect(await sendRaw('GET /')).toBe(400);
  });

  it('refuses a request with two Host headers (Node would keep the first), found by soak:http', async () => {
    // The right Host first, then a foreign one (and sendRaw's own): before the check, Node kept
    // the first and the request went on to the token check (401).
    const status = await sendRaw(`GET /api/other HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: evil.example`);
    expect(status).toBe(403);
  });
});
