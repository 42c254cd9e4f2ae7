import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_OPERATOR } from '../../electron/services/demo/identity';
import { tempDir } from '../helpers/core';

/**
 * The browser-mode command line as a user runs it (electron/server/cli.ts, loaded through tsx,
 * under the Node that runs the tests, i.e. the project's Node 24): its refusals, its one-line
 * banner, serving, and a clean stop on SIGTERM.
 *
 * tsx is loaded into the server's own process (`node --import tsx`) rather than run as its
 * `tsx` wrapper command: the wrapper relays a signal to its child and, when the child has not
 * acknowledged it within 30 ms (a loaded machine), ends itself with that signal (exit 143), which
 * says nothing about how our server stops.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const BANNER = /^Corridor running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{20,})$/;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function startCli(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** A fresh temp folder per test, removed afterwards. */
function scratch(): string {
  const { dir, cleanup } = tempDir('corridor-cli-');
  cleanups.push(cleanup);
  return dir;
}

async function refused(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const run = startCli(args);
  const code = await run.exited;
  return { code, stderr: run.stderr(), stdout: run.stdout() };
}

async function waitForBanner(run: Run): Promise<{ port: number; token: string }> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    const line = run.stdout().split('\n')[0];
    const m = BANNER.exec(line);
    if (m && run.stdout().includes('\n')) return { port: Number(m[1]), token: m[2] };
    if (run.child.exitCode !== null) throw new Error(`cli exited ${run.child.exitCode}: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no banner; stdout: ${run.stdout()} stderr: ${run.stderr()}`);
}

async function call(port: number, token: string, name: string, input: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}/api/invoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, input }),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } } };
}

describe('start:browser command line: refusals', () => {
  it('an unknown flag exits non-zero naming the flag', async () => {
    const r = await refused(['--db', path.join(scratch(), 'x.sqlite'), '--bogus']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('unknown flag --bogus');
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  });

  it('a stray positional argument is refused', async () => {
    const r = await refused(['corridor.sqlite']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('"corridor.sqlite"');
  });

  it('without --db it says the flag is required and how to give it', async () => {
    const r = await refused(['--port', '0']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--db FILE is required');
  });

  it('--lang names one of the catalogues’ languages', async () => {
    const r = await refused(['--db', path.join(scratch(), 'x.sqlite'), '--demo', '--lang', 'de']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--lang must be one of en, fr, ar, got "de"');
  });

  it('a port that is not a number is refused with the value given', async () => {
    const bad = ['abc', '70000', '-1', '1e3', ''];
    const runs = await Promise.all(bad.map((b) => refused(['--db', path.join(scratch(), 'x.sqlite'), `--port=${b}`])));
    runs.forEach((r, i) => {
      expect(r.code, bad[i]).not.toBe(0);
      expect(r.stderr, bad[i]).toContain(`--port must be a whole number from 0 to 65535, got "${bad[i]}"`);
    });
  });

  it('an unwritable database path exits non-zero and names the file', async () => {
    const dir = scratch();
    // Tests run as root, so permissions prove nothing: a folder that is really a file does.
    fs.writeFileSync(path.join(dir, 'afile'), 'not a folder');
    const target = path.join(dir, 'afile', 'db.sqlite');
    const r = await refused(['--db', target, '--home', path.join(dir, 'home')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`Cannot write the database file ${target}`);
    expect(r.stdout).toBe('');
  });

  it('a port in use exits non-zero with a clear message', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    cleanups.push(() => blocker.close());
    const port = (blocker.address() as net.AddressInfo).port;
    const dir = scratch();
    const r = await refused(['--db', path.join(dir, 'x.sqlite'), '--home', path.join(dir, 'home'), '--port', String(port)]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`port ${port} is in use`);
    expect(r.stdout).toBe('');
  });
});

describe('start:browser command line: serving', () => {
  it('prints exactly one line with the URL, serves the core, and stops cleanly on SIGTERM', async () => {
    const dir = scratch();
    const run = startCli(['--db', path.join(dir, 'corridor.sqlite'), '--home', path.join(dir, 'home'), '--port', '0']);
    const { port, token } = await waitForBanner(run);
    expect(port).toBeGreaterThan(0);

    const status = await call(port, token, 'system.status', {});
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ ok: true, value: { setupDone: false } });
    expect((await call(port, 'not-the-token', 'system.status', {})).status).toBe(401);
    expect(fs.existsSync(path.join(dir, 'corridor.sqlite'))).toBe(true);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stdout().split('\n').filter(Boolean)).toHaveLength(1);
    expect(BANNER.test(run.stdout().trim())).toBe(true);
    // The port is free again.
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('--demo sets up the demo installation before serving', async () => {
    const dir = scratch();
    const run = startCli(['--db', path.join(dir, 'demo.sqlite'), '--home', path.join(dir, 'home'), '--port', '0', '--demo']);
    const { port, token } = await waitForBanner(run);
    const status = await call(port, token, 'system.status', {});
    // Set up as the demo installation; a browser tab then signs in as one of the demo operators.
    expect(status.body).toMatchObject({ ok: true, value: { setupDone: true, operator: null } });
    const operators = await call(port, token, 'auth.operators', {});
    expect(JSON.stringify(operators.body)).toContain(DEMO_OPERATOR);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
