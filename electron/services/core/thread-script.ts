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
 * Names a folder of built thread entries (`out/main`) for a process run from source. Set only by
 * scripts that have just built that folder from the same sources (`npm run start:browser`, `npm run
 * bench`: useBuiltThreads), so their threads load one bundled file each (~0.3 s) as the Electron
 * app's do, not hundreds of modules compiled by tsx (~1 s and ~100 MB more per job thread). Tests
 * leave it unset: they run the sources as they are.
 */
export const BUILT_THREADS_ENV = 'CORRIDOR_THREADS_DIR';

/** Has this process's threads (and theirs: worker threads copy the environment) start from `dir`'s built entries. */
export function useBuiltThreads(dir: string): void {
  const missing = (['core-thread', 'job-thread'] as const).map((e) => path.join(dir, `${e}.js`)).filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`Corridor's built thread scripts are missing (${missing.join(', ')}); run "npm run build" first`);
  process.env[BUILT_THREADS_ENV] = path.resolve(dir);
}

/**
 * The file and Node flags a `new Worker(...)` needs for one of our thread entries.
 * Built (Electron, packaged or not): electron-vite emits `out/main/<entry>.js`; this code may sit
 * in index.js or in a chunk one folder down, so both folders are looked in (inside app.asar too:
 * Electron ≥ 18 loads worker scripts from the archive).
 * From source (the browser CLI under tsx, vitest): the `.ts` entry, loaded through tsx's CommonJS
 * hook, unless BUILT_THREADS_ENV names a build. `--import tsx` is not enough on Node 24: its ESM
 * hooks register after Node has already begun loading the worker's entry with its own type
 * stripping, which cannot resolve our extensionless imports.
 */
export function threadScript(entry: ThreadEntry): { file: string; execArgv: string[] } {
  const built = process.env[BUILT_THREADS_ENV];
  if (__filename.endsWith('.ts') && !built) {
    const tsx = createRequire(__filename).resolve('tsx/cjs');
    return { file: path.join(__dirname, SOURCES[entry]), execArgv: ['--require', tsx] };
  }
  const candidates = built
    ? [path.join(built, `${entry}.js`)]
    : [path.join(__dirname, `${entry}.js`), path.join(__dirname, '..', `${entry}.js`)];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error(`Corridor's ${entry} script is missing (looked in: ${candidates.join(', ')}); rebuild the app`);
  return { file, execArgv: [] };
}
