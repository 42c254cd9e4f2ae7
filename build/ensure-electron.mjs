// `prestart` / `predev`: makes sure the Electron binary is there before electron-vite looks for
// it. Since Electron 42 `npm install` no longer downloads it, and electron-vite only reads
// node_modules/electron/path.txt (written by the download), so a fresh clone failed with
// "Error: Electron uninstall". This runs Electron's own installer, which does nothing when the
// binary is already unpacked and otherwise downloads it once (cached for later installs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
const installed = () => {
  try {
    const exe = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    return fs.existsSync(path.join(electronDir, 'dist', exe));
  } catch {
    return false;
  }
};

if (!installed()) {
  const source = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/';
  console.log(`Corridor: downloading Electron ${version} once (about 100 MB) from ${source} …`);
}
const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (run.status === 0 && installed()) process.exit(0);

// @electron/get's cache folder (env-paths 'electron'), unless electron_config_cache moves it.
const defaultCache = {
  darwin: path.join(os.homedir(), 'Library', 'Caches', 'electron'),
  win32: path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'electron', 'Cache'),
}[process.platform];
const cache =
  process.env.electron_config_cache ||
  defaultCache ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'electron');
console.error(
  [
    '',
    `Corridor cannot start: the Electron ${version} binary is not installed and could not be downloaded.`,
    `  What failed: ${(run.stderr || '').trim().split('\n')[0] || `Electron's installer exited with ${run.status}`}`,
    `  It is fetched once from ${process.env.ELECTRON_MIRROR || 'GitHub releases (https://github.com/electron/electron/releases)'},`,
    `  cached in ${cache} and unpacked into ${path.join(electronDir, 'dist')}.`,
    '  Connect to the internet (or set ELECTRON_MIRROR to a reachable mirror, HTTPS_PROXY for a proxy)',
    '  and run the command again. Without the network, `npm run start:browser -- --db FILE` runs the',
    '  same app in your browser.',
    '',
  ].join('\n'),
);
process.exit(1);
