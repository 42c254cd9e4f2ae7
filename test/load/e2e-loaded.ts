/**
 * The end-to-end suite, several times in a row, while stress-ng keeps the CPUs busy: a test that
 * passes only on an idle machine hides a race. Stops at the first failing run.
 *
 *   npm run test:e2e:loaded [-- --runs 5 --cpu 2]
 *
 * Needs stress-ng (Debian/Ubuntu: apt-get install stress-ng; macOS: brew install stress-ng) and
 * what the e2e tests need (Chromium). Builds the renderer once first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-results', 'e2e-loaded');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} takes a whole number of at least 1 (got "${process.argv[i + 1] ?? ''}")`);
    process.exit(2);
  }
  return v;
}

const runs = option('runs', 5);
const cpus = option('cpu', 2);

if (spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).error) {
  console.error(
    'stress-ng is not installed. Install it (Debian/Ubuntu: sudo apt-get install stress-ng; macOS: brew install stress-ng), then run again.',
  );
  process.exit(2);
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const minutes = (ms: number) => `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s`;

interface VitestJson {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

function runOnce(n: number): Promise<{ code: number; report: VitestJson | null; ms: number; log: string }> {
  const report = path.join(OUT, `run-${n}.json`);
  const log = path.join(OUT, `run-${n}.log`);
  fs.rmSync(report, { force: true });
  const started = Date.now();
  const out = fs.openSync(log, 'w');
  const child = spawn(
    'npx',
    ['vitest', 'run', '--config', 'test/vitest.e2e.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: ROOT, stdio: ['ignore', out, out] },
  );
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      fs.closeSync(out);
      const parsed = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, 'utf8')) as VitestJson) : null;
      resolve({ code: code ?? 1, report: parsed, ms: Date.now() - started, log });
    });
  });
}

async function main(): Promise<number> {
  fs.mkdirSync(OUT, { recursive: true });
  console.log('Building the renderer once…');
  const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; nothing was run.');
    return 1;
  }

  // Its own process group, so stopping it stops its workers too.
  const stress: ChildProcess = spawn('stress-ng', ['--cpu', String(cpus), '--quiet'], { stdio: 'ignore', detached: true });
  const stopStress = () => {
    try {
      if (stress.pid) process.kill(-stress.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('SIGINT', () => {
    stopStress();
    process.exit(130);
  });

  console.log(
    `stress-ng --cpu ${cpus} started on ${os.cpus().length} CPUs (load average ${load()}). Up to ${runs} runs of the e2e suite; logs in ${path.relative(ROOT, OUT)}/.`,
  );
  const lines: string[] = [];
  let failed = 0;
  try {
    for (let n = 1; n <= runs; n++) {
      const r = await runOnce(n);
      const tests = r.report ? `${r.report.numPassedTests}/${r.report.numTotalTests} tests passed` : 'no report';
      const line = `run ${n}/${runs}: ${r.code === 0 ? 'passed' : 'FAILED'}, ${tests}, ${minutes(r.ms)}, load average ${load()}`;
      lines.push(line);
      console.log(line);
      if (r.code !== 0) {
        failed = n;
        for (const file of r.report?.testResults ?? [])
          for (const t of file.assertionResults.filter((a) => a.status === 'failed'))
            console.log(`  ✗ ${path.relative(ROOT, file.name)} › ${t.fullName}\n    ${(t.failureMessages[0] ?? '').split('\n')[0]}`);
        console.log(`  full output: ${path.relative(ROOT, r.log)}`);
        break;
      }
    }
  } finally {
    stopStress();
  }
  console.log('\nSummary');
  for (const l of lines) console.log(`  ${l}`);
  console.log(
    failed ? `Stopped at run ${failed}: the suite is not yet stable under load.` : `All ${runs} runs passed under stress-ng --cpu ${cpus}.`,
  );
  return failed ? 1 : 0;
}

void main().then((code) => process.exit(code));
