import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';

/**
 * `npm start` and `npm run dev` as a user runs them on a fresh clone, up to the moment Electron
 * is launched: their own npm scripts (prestart/predev running Electron's installer, then
 * electron-vite), in a copy of the project whose node_modules links to the real packages except
 * `electron` and `electron-vite`, which are copied so nothing is planted in the real ones. The
 * Electron binary can't be downloaded here, so a stand-in script is planted where Electron's
 * installer unpacks it (node_modules/electron/dist, with path.txt and dist/version); it records
 * its arguments, folder and environment and exits.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ELECTRON_VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;
const TIMEOUT = 300_000;

const STAND_IN = `#!/bin/sh
# Stand-in for the Electron binary: records how it was launched, then exits like a closed app.
dir="$(dirname "$0")/launches"
mkdir -p "$dir"
n=$(ls "$dir" | wc -l)
mkdir "$dir/$n"
printf '%s\\n' "$@" > "$dir/$n/args"
pwd > "$dir/$n/cwd"
env > "$dir/$n/env"
exit 0
`;

interface Launch {
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/** A copy of the project as a fresh clone would have it after `npm ci`, without the Electron binary. */
function makeProject(dir: string): string {
  const project = path.join(dir, 'project');
  for (const part of ['package.json', 'electron.vite.config.ts', 'tsconfig.json', 'electron', 'renderer', 'db', 'build']) {
    fs.cpSync(path.join(ROOT, part), path.join(project, part), { recursive: true });
  }
  const modules = path.join(project, 'node_modules');
  fs.mkdirSync(path.join(modules, '.bin'), { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.bin' || name === '.package-lock.json') continue;
    if (name === 'electron' || name === 'electron-vite') {
      // Copied: electron-vite finds `electron` next to itself, and path.txt lives in electron/.
      fs.cpSync(path.join(ROOT, 'node_modules', name), path.join(modules, name), {
        recursive: true,
        filter: (src) => !/[\\/]electron[\\/](dist|path\.txt)/.test(src),
      });
    } else {
      fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
    }
  }
  // npm's bin links are relative (../pkg/bin.js), so the same links resolve into this copy.
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules', '.bin'))) {
    fs.symlinkSync(fs.readlinkSync(path.join(ROOT, 'node_modules', '.bin', name)), path.join(modules, '.bin', name));
  }
  return project;
}

/** Plants the stand-in exactly where Electron's installer would have unpacked the binary. */
function plantStandIn(project: string): string {
  const electronDir = path.join(project, 'node_modules', 'electron');
  const dist = path.join(electronDir, 'dist');
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'electron'), STAND_IN, { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'version'), ELECTRON_VERSION);
  fs.writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  return path.join(dist, 'launches');
}

function readLaunches(folder: string): Launch[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .sort()
    .map((n) => {
      const read = (f: string) => fs.readFileSync(path.join(folder, n, f), 'utf8');
      const env = Object.fromEntries(
        read('env')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      return { args: read('args').split('\n').filter(Boolean), cwd: read('cwd').trim(), env };
    });
}

/** Runs an npm command in the copy, with this machine's environment minus the outer npm run's. */
function npm(project: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_|NODE_OPTIONS$|VITEST|ELECTRON_)/i.test(k)),
  ) as Record<string, string>;
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd: project, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

let dir: string;
let cleanup: () => void;
let project: string;
let cache: string;
beforeAll(() => {
  if (process.platform === 'win32') return;
  ({ dir, cleanup } = tempDir());
  project = makeProject(dir);
  // An empty download cache, so a zip cached by an earlier real download cannot stand in.
  cache = path.join(dir, 'electron-cache');
  fs.mkdirSync(cache);
});
afterAll(() => cleanup?.());

// The stand-in binary is a shell script: not on Windows.
describe.skipIf(process.platform === 'win32')('npm start on a fresh clone', () => {
  it(
    'without the Electron binary and without network: stops before building, saying what to download from where',
    async () => {
      // A mirror that refuses connections at once stands for "no network".
      const run = await npm(project, ['start'], { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache });
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain(
        `Corridor cannot start: the Electron ${ELECTRON_VERSION} binary is not installed and could not be downloaded.`,
      );
      expect(run.output).toContain('http://127.0.0.1:9/');
      expect(run.output).toContain(cache);
      expect(run.output).toContain('npm run start:browser');
      expect(run.output).not.toContain('Electron uninstall');
      expect(fs.existsSync(path.join(project, 'out'))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'with the binary where the installer puts it: builds, then launches Electron on the project with the arguments after --',
    async () => {
      const launches = plantStandIn(project);
      const run = await npm(project, ['start', '--', '--', '--demo'], { electron_config_cache: cache });
      expect(run.code, run.output).toBe(0);
      const [launch, ...more] = readLaunches(launches);
      expect(more).toEqual([]);
      expect(launch.args).toEqual(['.', '--demo']);
      expect(fs.realpathSync(launch.cwd)).toBe(fs.realpathSync(project));
      // Electron loads package.json's main: the freshly built bundle, its threads, preload and page.
      const main = (JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')) as { main: string }).main;
      for (const file of [main, 'out/main/core-thread.js', 'out/preload/index.js', 'out/renderer/index.html']) {
        expect(fs.existsSync(path.join(project, file)), file).toBe(true);
      }
      // Nothing would make Electron run as plain Node or load the dev server.
      expect(launch.env.ELECTRON_RUN_AS_NODE).toBeUndefined();
      expect(launch.env.ELECTRON_RENDERER_URL).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    '`npm run dev` launches the same binary with the Vite dev server URL',
    async () => {
      const launches = path.join(project, 'node_modules', 'electron', 'dist', 'launches');
      const before = readLaunches(launches).length;
      const run = await npm(project, ['run', 'dev'], { electron_config_cache: cache });
      expect(run.code, run.output).toBe(0);
      const launch = readLaunches(launches)[before];
      expect(launch.args).toEqual(['.']);
      expect(launch.env.ELECTRON_RENDERER_URL).toMatch(/^http:\/\/localhost:\d+\/?$/);
    },
    TIMEOUT,
  );
});
