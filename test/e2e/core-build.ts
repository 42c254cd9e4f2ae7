import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** Where `npm run build` puts the core's thread bundles, which the e2e server's threads start from. */
export const BUILT_MAIN = path.join(ROOT, 'out', 'main');

let coreBuildChecked = false;

/**
 * The core's thread bundles exist and are newer than every source they are built from: the server
 * starts its threads from them, so a service edited since the last build would otherwise be tested
 * as it was (checked once per test file's process).
 */
export function checkCoreBuilt(): void {
  if (coreBuildChecked) return;
  let builtAt = Infinity;
  for (const entry of ['core-thread', 'job-thread']) {
    const built = path.join(BUILT_MAIN, `${entry}.js`);
    if (!fs.existsSync(built)) throw new Error(`The core is not built (${built} is missing): run "npm run build" first.`);
    builtAt = Math.min(builtAt, fs.statSync(built).mtimeMs);
  }
  for (const folder of ['electron', 'db']) {
    for (const name of fs.readdirSync(path.join(ROOT, folder), { recursive: true }) as string[]) {
      const file = path.join(ROOT, folder, name);
      if (/\.(ts|sql|json)$/.test(name) && fs.statSync(file).mtimeMs > builtAt) {
        throw new Error(`The core's build in out/main is older than ${path.relative(ROOT, file)}: run "npm run build" first.`);
      }
    }
  }
  coreBuildChecked = true;
}
