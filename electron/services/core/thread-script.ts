import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The entry files of Corridor's worker threads: built as their own entries beside out/main/index.js. */
export type ThreadEntry = 'core-thread' | 'job-thread';

/** Where each entry's source lives, relative to this file (electron/services/core). */
const SOURCES: Record<ThreadEntry, string> = {
  'core-thread': path.join('worker', 'core-thread.ts'),
  'job-thread': path.join('..', 'jobs', 'job-thread.ts'),
};

/**
 * The file and Node flags a `new Worker(...)` needs for one of our thread entries.
 * Built (Electron, packaged or not): electron-vite emits `out/main/<entry>.js`; this code may sit
 * in index.js or in a chunk one folder down, so both folders are looked in (inside app.asar too:
 * Electron ≥ 18 loads worker scripts from the archive).
 * From source (the browser CLI under tsx, vitest): the `.ts` entry, loaded through tsx's CommonJS
 * hook. `--import tsx` is not enough on Node 24: its ESM hooks register after Node has already
 * begun loading the worker's entry with its own type stripping, which cannot resolve our
 * extensionless imports.
 */
export function threadScript(entry: ThreadEntry): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) {
    const tsx = createRequire(__filename).resolve('tsx/cjs');
    return { file: path.join(__dirname, SOURCES[entry]), execArgv: ['--require', tsx] };
  }
  const candidates = [path.join(__dirname, `${entry}.js`), path.join(__dirname, '..', `${entry}.js`)];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error(`Corridor's ${entry} script is missing (looked in: ${candidates.join(', ')}); rebuild the app`);
  return { file, execArgv: [] };
}
