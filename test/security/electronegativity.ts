/**
 * `npm run lint:electron`, part of `npm test`: Doyensec's Electronegativity scanner over the
 * Electron shell's sources and the page, as a reviewer would run it (`electronegativity -e 45`).
 * Fails on any HIGH or MEDIUM finding and on any file the scanner could not parse (a file it
 * cannot read is a file it did not check). Works offline: the one check that downloads
 * Electron's release list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is left out, since the
 * Electron version is pinned by package-lock.json; the scanner's translation download fails
 * within a second and it falls back to its bundled English texts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const ROOT = path.resolve(__dirname, '..', '..');
const WORK = path.join(ROOT, '.tmp', 'electronegativity');
const STAGE = path.join(WORK, 'app');
const REPORT = path.join(WORK, 'findings.csv');
const ELECTRON_VERSION = '45.0.0';
// Check names as the CLI takes them (class names); this is AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK.
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Findings the scanner marks for manual review on every app that has the feature at all, with
 * the review that was done. Matched by check and file, so a second preload or window elsewhere
 * is a new finding and fails.
 */
const REVIEWED: { issue: string; filename: string; review: string }[] = [
  {
    issue: 'PRELOAD_JS_CHECK',
    filename: 'electron/main/window.ts',
    review:
      'the one preload (electron/preload/index.ts) exposes only invoke(name, input) and on(listener) through contextBridge ' +
      'in a sandboxed, context-isolated window; test/server/electron-shell.test.ts checks that nothing else crosses',
  },
];

// The scanner takes one input folder and walks all of it (node_modules included) before
// filtering, so the files it should see are staged: the Electron side, the page and its code.
fs.rmSync(WORK, { recursive: true, force: true });
for (const part of ['electron', 'renderer/src', 'renderer/index.html', 'package.json']) {
  fs.cpSync(path.join(ROOT, part), path.join(STAGE, part), { recursive: true });
}

const cli = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(
  process.execPath,
  [cli, '-i', STAGE, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-x', OFFLINE_EXCLUDED.join(','), '-o', REPORT],
  { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
);
const output = `${run.stdout}\n${run.stderr}`;
if (run.status !== 0 || !fs.existsSync(REPORT)) {
  console.error(output);
  console.error(`electronegativity: the scanner failed (exit ${run.status}), no report written`);
  process.exit(1);
}

const unparsed = output.split('\n').filter((l) => /Error parsing/.test(l));
const rows = Papa.parse<Record<string, string>>(fs.readFileSync(REPORT, 'utf8'), {
  header: true,
  skipEmptyLines: true,
  transformHeader: (h) => h.trim(),
}).data;
const reviewOf = (r: Record<string, string>) => REVIEWED.find((x) => x.issue === r.issue && x.filename === r.filename)?.review;
const blocking = rows.filter((r) => (r.severity === 'HIGH' || r.severity === 'MEDIUM') && !reviewOf(r));
for (const r of rows) {
  const review = reviewOf(r);
  console.log(`${r.severity.padEnd(13)} ${r.issue.padEnd(40)} ${r.filename}:${r.location}  ${r.description}`);
  if (review) console.log(`${''.padEnd(14)}reviewed: ${review}`);
}
for (const l of unparsed) console.log(`UNPARSED      ${l.trim()}`);
const count = (s: string) => rows.filter((r) => r.severity === s).length;
console.log(
  `electronegativity (Electron ${ELECTRON_VERSION}, ${OFFLINE_EXCLUDED.join(', ')} left out offline): ` +
    `${blocking.length} high or medium not reviewed, ${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ` +
    `${count('INFORMATIONAL')} informational, ${unparsed.length} files not parsed`,
);
process.exit(blocking.length > 0 || unparsed.length > 0 ? 1 : 0);
