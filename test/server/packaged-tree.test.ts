import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreThreadMessage, HostMessage } from '../../electron/services/core/worker/messages';
import { tempDir } from '../helpers/core';

/**
 * `electron-builder --dir` for real, as `npm run dist` runs it, with one substitution: Electron's
 * own download is replaced by a stand-in Electron folder (electron-builder's `electronDist`),
 * whose "binary" carries a real fuse wire so the fuse flipping runs too. Checks the packaged tree
 * holds the app (every file electron-vite built), the migrations and only this platform's
 * better-sqlite3 binary, then runs the packaged core's thread from the extracted archive
 * against a new database. Prints the packaged sizes.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json', { paths: [ROOT] }));
const asar = builderRequire('@electron/asar') as {
  listPackage(archive: string): string[];
  extractAll(archive: string, dest: string): void;
};
const { getCurrentFuseWire } = builderRequire('@electron/fuses') as { getCurrentFuseWire(file: string): Promise<Record<string, number>> };

const TIMEOUT = 300_000;
const NATIVE = `${process.platform}-${process.arch}.node`;
// Electron's fuse wire: sentinel, version 1, 8 fuses as Electron 45 ships them ('1' on, '0' off).
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const SHIPPED_FUSES = '10110001';

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const sizeOf = (p: string): number =>
  fs.statSync(p).isDirectory() ? fs.readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0) : fs.statSync(p).size;
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());

/** The command before `&&` in the start:browser script: the renderer build it runs first. */
function startBrowserBuild(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return pkg.scripts['start:browser'].split('&&')[0].trim().split(/\s+/);
}

let dir: string;
let buildOutput = '';
let cleanup: () => void;
let resources: string;
let exe: string;

beforeAll(async () => {
  if (process.platform !== 'linux') return;
  ({ dir, cleanup } = tempDir());
  // The build step of `npm run start:browser`, as package.json writes it (its output is checked below).
  const [command, ...args] = startBrowserBuild();
  const build = await run(bin(command), args);
  if (build.code !== 0) throw new Error(`electron-vite build failed:\n${build.output}`);
  buildOutput = build.output;

  const electronDist = path.join(dir, 'electron-dist');
  fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(electronDist, 'electron'), `#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}\x01\x08${SHIPPED_FUSES}\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(electronDist, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(electronDist, 'version'), '45.4.1');

  const out = path.join(dir, 'dist');
  const pack = await run(bin('electron-builder'), [
    '--dir',
    '--publish',
    'never',
    '--config',
    'build/electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${out}`,
  ]);
  if (pack.code !== 0) throw new Error(`electron-builder --dir failed:\n${pack.output}`);
  const unpacked = fs.readdirSync(out).find((f) => f.endsWith('-unpacked'));
  if (!unpacked) throw new Error(`no *-unpacked folder in ${out}:\n${pack.output}`);
  resources = path.join(out, unpacked, 'resources');
  exe = path.join(out, unpacked, 'corridor');
}, TIMEOUT);
afterAll(() => cleanup?.());

// The stand-in is a Linux Electron folder (a macOS build needs Electron.app, Windows electron.exe).
describe.runIf(process.platform === 'linux')('electron-builder --dir (stand-in Electron)', () => {
  it('builds quietly for start:browser: no build lines or chunk-size warning before its URL line', () => {
    expect(startBrowserBuild().slice(0, 2)).toEqual(['electron-vite', 'build']);
    expect(buildOutput).toBe('');
  });

  it('packages every built file, the migrations, and only this platform’s SQLite binary', () => {
    const archive = path.join(resources, 'app.asar');
    const inArchive = new Set(asar.listPackage(archive).map((f) => f.replace(/\\/g, '/').replace(/^\//, '')));
    // Everything electron-vite built is what the main process may load (its worker threads and chunks included).
    const built = filesUnder(path.join(ROOT, 'out')).filter((f) => !f.endsWith('.map'));
    expect(built).toContain(path.join('main', 'core-thread.js'));
    for (const f of built) expect(inArchive.has(`out/${f.replace(/\\/g, '/')}`), f).toBe(true);
    expect(inArchive.has('package.json')).toBe(true);
    expect([...inArchive].filter((f) => f.endsWith('.map'))).toEqual([]);

    // node_modules: better-sqlite3 alone (Vite bundled everything else), and of it no sources.
    const modules = [...inArchive].filter((f) => /^node_modules\/[^/]+$/.test(f));
    expect(modules).toEqual(['node_modules/better-sqlite3']);
    expect([...inArchive].filter((f) => /better-sqlite3\/(deps|src)\/|sqlite3\.c$|binding\.gyp$/.test(f))).toEqual([]);
    expect([...inArchive].filter((f) => f.endsWith('.node'))).toEqual([`node_modules/better-sqlite3/prebuilds/${NATIVE}`]);
    // Unpacked from the archive: that one binary and nothing else.
    expect(filesUnder(`${archive}.unpacked`).map((f) => f.replace(/\\/g, '/'))).toEqual([
      `node_modules/better-sqlite3/prebuilds/${NATIVE}`,
    ]);

    // The PDF font and its licence, outside the archive (electron/services/convoys/print/pdf.ts reads them there).
    expect(filesUnder(path.join(resources, 'fonts')).sort()).toEqual(
      ['LICENSE', 'ttf/DejaVuSans-Bold.ttf', 'ttf/DejaVuSans-BoldOblique.ttf', 'ttf/DejaVuSans-Oblique.ttf', 'ttf/DejaVuSans.ttf'].map(
        (f) => f.split('/').join(path.sep),
      ),
    );

    const migrations = path.join(resources, 'migrations');
    expect(filesUnder(migrations).sort()).toEqual(filesUnder(path.join(ROOT, 'db', 'migrations')).sort());

    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `packaged app (${process.platform}-${process.arch}): app.asar ${mb(sizeOf(archive))}, app.asar.unpacked ${mb(sizeOf(`${archive}.unpacked`))}, ` +
        `migrations ${(sizeOf(migrations) / 1024).toFixed(0)} KB, ${inArchive.size} archive entries`,
    );
  });

  it('flips the fuses in the packaged binary, named for the product (corridor)', async () => {
    const wire = await getCurrentFuseWire(exe);
    // RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, V8 snapshot, FileProtocolPrivileges
    const states = Object.keys(wire)
      .filter((k) => /^\d+$/.test(k))
      .map((k) => String.fromCharCode(wire[k]))
      .join('');
    expect(states).toBe('01001100');
  });

  it('the packaged core thread opens a new database from the extracted archive', async () => {
    const app = path.join(dir, 'extracted');
    asar.extractAll(path.join(resources, 'app.asar'), app);
    const pkg = JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')) as { productName: string; main: string };
    expect(pkg.productName).toBe('Corridor');
    expect(fs.existsSync(path.join(app, pkg.main))).toBe(true);

    const home = path.join(dir, 'home');
    const worker = new Worker(path.join(app, 'out', 'main', 'core-thread.js'), {
      workerData: { databasePath: path.join(home, 'corridor.sqlite'), homeDir: home, migrationsFolder: path.join(resources, 'migrations') },
    });
    try {
      const messages: CoreThreadMessage[] = [];
      const next = (type: CoreThreadMessage['type']) =>
        new Promise<CoreThreadMessage>((resolve, reject) => {
          const seen = messages.find((m) => m.type === type || m.type === 'failed');
          if (seen) return resolve(seen);
          worker.once('error', reject);
          const on = (m: CoreThreadMessage) => {
            if (m.type === type || m.type === 'failed') {
              worker.off('message', on);
              resolve(m);
            }
          };
          worker.on('message', on);
        });
      worker.on('message', (m: CoreThreadMessage) => messages.push(m));
      expect(await next('ready')).toMatchObject({ type: 'ready' });
      worker.postMessage({ type: 'invoke', id: 1, name: 'system.status', input: {} } satisfies HostMessage);
      expect(await next('result')).toMatchObject({ type: 'result', id: 1, result: { ok: true, value: { setupDone: false } } });
      worker.postMessage({ type: 'close' } satisfies HostMessage);
    } finally {
      await worker.terminate();
    }
  });
});
