import JSZip from 'jszip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBackup } from '../../../db/backup-file';
import { defaultMigrationsFolder } from '../../../db/open';
import type { SupportBundleOutcome } from '../../api/system';
import type { LocalCore } from '../core/create';
import { exportJobFolder } from '../exchange/files';
import { aboutInfo, logsFolder } from './about';
import { say } from '../../api/i18n/current';

/**
 * The support bundle, one zip: versions and where things live (about.json), the shell's log
 * (main.log and its rotated main.log.1: times, crashes and failed loads, no record contents),
 * the last integrity report and the job history (each job's kind, times, operator and outcome;
 * inputs left out), and, only when asked, a checked backup of the database. Operator names are
 * the only personal data it holds unless the database is included.
 */
export async function runSupportBundle(
  core: LocalCore,
  includeDatabase: boolean,
  job: { jobId: string; homeDir: string; migrationsFolder?: string },
  run: { progress(done: number, total: number, step: string): void; checkCancelled(): void },
): Promise<SupportBundleOutcome> {
  const ctx = core.context('jobs.start');
  const steps = includeDatabase ? 4 : 3;
  const zip = new JSZip();
  run.progress(0, steps, say('jobs.step.versions'));
  zip.file('about.json', JSON.stringify({ ...aboutInfo(ctx), writtenAt: ctx.now() }, null, 2));

  run.progress(1, steps, say('jobs.step.logHistory'));
  for (const name of ['main.log.1', 'main.log']) {
    const file = path.join(logsFolder(job.homeDir), name);
    if (fs.existsSync(file)) zip.file(`logs/${name}`, fs.readFileSync(file));
  }
  const jobs = core.jobs.list(200);
  const integrity = jobs.find((j) => j.kind === 'integrity' && j.state === 'done');
  zip.file('integrity-report.json', JSON.stringify(integrity?.result ?? { note: 'No integrity check has been run yet.' }, null, 2));
  zip.file(
    'jobs.json',
    JSON.stringify(
      jobs.map(({ result: _result, ...j }) => j),
      null,
      2,
    ),
  );
  run.checkCancelled();

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-support-'));
  try {
    if (includeDatabase) {
      run.progress(2, steps, say('jobs.step.copyingDatabase'));
      const copy = path.join(scratch, 'corridor.sqlite');
      await writeBackup(core.sqlite, copy, {
        knownSchema: ctx.schemaVersion,
        migrationsFolder: job.migrationsFolder ?? defaultMigrationsFolder(),
        checkCancelled: run.checkCancelled,
      });
      zip.file('database/corridor.sqlite', fs.createReadStream(copy));
    }
    run.progress(steps - 1, steps, say('jobs.step.writingZip'));
    const folder = exportJobFolder(job.homeDir, job.jobId);
    fs.mkdirSync(folder, { recursive: true });
    const fileName = `corridor-support-${ctx.now().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.zip`;
    const target = path.join(folder, fileName);
    await new Promise<void>((resolve, reject) => {
      zip
        .generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 } })
        .on('error', reject)
        .pipe(fs.createWriteStream(target))
        .on('finish', resolve)
        .on('error', reject);
    });
    run.progress(steps, steps, say('jobs.step.done'));
    return { fileName, bytes: fs.statSync(target).size, contents: Object.keys(zip.files).filter((n) => !zip.files[n].dir) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
