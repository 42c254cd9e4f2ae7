import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from './server';

/**
 * soak:http: malformed request lines, headers and bodies sent over raw TCP to a running
 * browser-mode server. Every input must get a 4xx answer and the server must never exit.
 * Inputs come from a seeded generator, so a failing run can be replayed with its seed.
 */
export interface HttpSoakFigures {
  seed: number;
  inputs: number;
  byFamily: Record<Family, number>;
  answered4xx: number;
  /** Inputs answered with anything but 4xx, or not answered: each is a failure. */
  failures: { family: Family; input: string; answer: string }[];
  serverExits: number;
  stillServing: boolean;
  seconds: number;
}
type Family = 'request line' | 'headers' | 'body';

/** mulberry32: small, seeded, good enough to pick cases. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}
type Rng = ReturnType<typeof prng>;

const BAD_TARGETS = ['//[/', '//a:99999/', '//%/', '//xn--/', '//1.2.3.4.5/', '//[::1/', '//a@b@c/', 'http://[/', '*', '//%zz%/', '//:/'];

/** One malformed request as raw bytes. `host` is the right Host header, used where the case needs it. */
function malformedRequest(r: Rng, family: Family, host: string, token: string): Buffer {
  const crlf = '\r\n';
  if (family === 'request line') {
    const target = r.pick([
      ...BAD_TARGETS,
      `/${'a'.repeat(20_000 + r.int(20_000))}`,
      `/${r.bytes(8).toString('latin1')}`,
      `/api/invoke${'\u0000'.repeat(1 + r.int(3))}`,
    ]);
    // Not here: "GET  /  HTTP/1.1" (two spaces), which RFC 9112 lets a server parse leniently, as Node does.
    const line = r.pick([
      `GET ${target} HTTP/1.1`,
      `POST ${target} HTTP/1.1`,
      `G\u0001T / HTTP/1.1`,
      `GET / HTTP/9.9`,
      `GET /`,
      `${r
        .bytes(4 + r.int(40))
        .toString('latin1')
        .replace(/[\r\n]/g, 'x')}`,
      `GET / HTTP/1.1 extra`,
      `GET\t/\tHTTP/1.1`,
      `GET / FTP/1.1`,
      `${'A'.repeat(5000)} / HTTP/1.1`,
    ]);
    return Buffer.from(`${line}${crlf}Host: ${host}${crlf}${crlf}`, 'latin1');
  }
  if (family === 'headers') {
    const start = `POST /api/invoke HTTP/1.1${crlf}`;
    const json = `Content-Type: application/json${crlf}`;
    const auth = `Authorization: Bearer ${token}${crlf}`;
    const body = '{"name":"system.status","input":{}}';
    const len = `Content-Length: ${body.length}${crlf}`;
    const cases = [
      `${start}${json}${auth}${len}${crlf}${body}`, // no Host
      `${start}Host: evil.example${crlf}${json}${auth}${len}${crlf}${body}`,
      `${start}Host: 127.0.0.1:1${crlf}${json}${auth}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}Host: evil.example${crlf}${json}${auth}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Content-Length: ${body.length}${crlf}Content-Length: ${body.length + 3}${crlf}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Content-Length: -1${crlf}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Content-Length: 1e3${crlf}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Transfer-Encoding: chunked${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Transfer-Encoding: chunked${crlf}${crlf}zz${crlf}${body}${crlf}0${crlf}${crlf}`,
      `${start}Host: ${host}${crlf}${json}${auth}Transfer-Encoding: gzip, identity${crlf}${crlf}`,
      `${start}Host: ${host}${crlf}${json}${auth}Bad Header Name: x${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}NoColonHere${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}X-Folded: a${crlf} b${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}X-Nul: a\u0000b${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}X-Big: ${'b'.repeat(17_000 + r.int(10_000))}${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${len}${crlf}${body}`, // no token
      // A wrong token: its last character changed (to "x", or "y" for a token that ends in "x": the
      // server's random token ends in "x" one time in 62, and that "wrong" token was the right one).
      `${start}Host: ${host}${crlf}${json}Authorization: Bearer ${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}Authorization: Basic ${token}${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Origin: http://evil.example${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${json}${auth}Origin: null${crlf}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}Content-Type: text/plain${crlf}${auth}${len}${crlf}${body}`,
      `${start}Host: ${host}${crlf}${auth}${len}${crlf}${body}`, // no content type
      `${start}Host: ${host}${crlf}${r
        .bytes(30)
        .toString('latin1')
        .replace(/[\r\n]/g, '')}${crlf}${len}${crlf}${body}`,
      `GET /api/events HTTP/1.1${crlf}Host: ${host}${crlf}Authorization: Bearer nope${crlf}${crlf}`,
      `DELETE /api/invoke HTTP/1.1${crlf}Host: ${host}${crlf}${auth}${crlf}`,
      `PUT / HTTP/1.1${crlf}Host: ${host}${crlf}${len}${crlf}${body}`,
    ];
    return Buffer.from(r.pick(cases), 'latin1');
  }
  const bodies: (() => Buffer)[] = [
    () => Buffer.from('{"name":"system.status","input":{}'), // truncated
    () => Buffer.from('not json at all'),
    () => Buffer.from(''),
    () => Buffer.from('null'),
    () => Buffer.from('[1,2,3]'),
    () => Buffer.from('"system.status"'),
    () => Buffer.from('{}'),
    () => Buffer.from('{"name": 5, "input": {}}'),
    () => Buffer.from(`{"name": "${'x'.repeat(r.int(5000))}", "input": {}}`),
    () => Buffer.from(`{"name": "__proto__", "input": {"__proto__": {"polluted": true}}}`),
    () => Buffer.from('['.repeat(50_000 + r.int(50_000))),
    () => Buffer.from(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    () => r.bytes(1 + r.int(2000)),
    () => Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
    () => Buffer.from('{"name":"system.status","input":{}}\u0000garbage'),
    () => Buffer.from('{"name":"system.status","input":{}}{"name":"system.status"}'),
  ];
  const body = r.pick(bodies)();
  const oversize = r.int(20) === 0;
  const head =
    `POST /api/invoke HTTP/1.1${crlf}Host: ${host}${crlf}Content-Type: application/json${crlf}` +
    `Authorization: Bearer ${token}${crlf}Content-Length: ${oversize ? 10 ** 12 : body.length}${crlf}${crlf}`;
  return Buffer.concat([Buffer.from(head, 'latin1'), oversize ? body.subarray(0, 10) : body]);
}

/** Sends raw bytes on a fresh connection; resolves with the status line of the answer, or why there was none. */
function send(port: number, bytes: Buffer, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    const done = (answer: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done('no answer (timed out)'), timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (d) => {
      got += d.toString('latin1');
      const line = got.split('\r\n')[0];
      if (got.includes('\r\n')) done(line);
    });
    socket.on('error', (e) => done(got ? got.split('\r\n')[0] : `no answer (${e.message})`));
    socket.on('close', () => done(got ? got.split('\r\n')[0] : 'no answer (connection closed)'));
  });
}

export async function runHttpSoak(opts: {
  inputs: number;
  seconds: number;
  seed?: number;
  concurrency?: number;
}): Promise<HttpSoakFigures> {
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const r = prng(seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-soak-http-'));
  const started = Date.now();
  let server: RunningServer | undefined;
  let stopping = false;
  const figures: HttpSoakFigures = {
    seed,
    inputs: 0,
    byFamily: { 'request line': 0, headers: 0, body: 0 },
    answered4xx: 0,
    failures: [],
    serverExits: 0,
    stillServing: false,
    seconds: 0,
  };
  try {
    server = await startServer({ db: path.join(dir, 'corridor.sqlite'), home: path.join(dir, 'home') });
    const s = server;
    void s.exited.then(() => {
      if (!stopping) figures.serverExits += 1;
    });
    const host = `127.0.0.1:${s.port}`;
    const families: Family[] = ['request line', 'headers', 'body'];
    const deadline = started + opts.seconds * 1000;
    let next = 0;
    const worker = async () => {
      while (next < opts.inputs && Date.now() < deadline && figures.serverExits === 0) {
        next += 1;
        const family = families[r.int(3)];
        const bytes = malformedRequest(r, family, host, s.token);
        const answer = await send(s.port, bytes, 10_000);
        figures.inputs += 1;
        figures.byFamily[family] += 1;
        if (/^HTTP\/1\.[01] 4\d\d /.test(answer)) figures.answered4xx += 1;
        else if (figures.failures.length < 20)
          figures.failures.push({ family, input: JSON.stringify(bytes.toString('latin1').slice(0, 200)), answer });
        else figures.failures.push({ family, input: '(not kept)', answer });
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
    // Still alive and still answering a well-formed call.
    figures.stillServing =
      figures.serverExits === 0 &&
      (await s.invoke<{ appVersion: string }>('system.status', {}).then(
        (v) => typeof v.appVersion === 'string',
        () => false,
      ));
  } finally {
    stopping = true;
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    figures.seconds = Math.round((Date.now() - started) / 100) / 10;
  }
  return figures;
}

export function describeHttpSoak(f: HttpSoakFigures): string {
  const lines = f.failures.slice(0, 10).map((x) => `  not 4xx (${x.family}): ${x.input} → ${x.answer}`);
  return [
    ...lines,
    `soak:http seed ${f.seed}: ${f.inputs} malformed inputs (request lines ${f.byFamily['request line']}, headers ${f.byFamily.headers}, ` +
      `bodies ${f.byFamily.body}) in ${f.seconds} s; answered 4xx ${f.answered4xx}; other or no answer ${f.failures.length}; ` +
      `server exits ${f.serverExits}; still serving ${f.stillServing ? 'yes' : 'NO'}`,
  ].join('\n');
}
