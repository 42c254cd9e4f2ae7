import path from 'node:path';
import type { ImportPreview } from '../../electron/api/imports';
import type { OpInput } from '../../electron/api/contract';
import { saveUpload } from '../../electron/services/exchange/import/files';
import type { TestCore } from './core';
import { recordEvents } from './jobs';

type ImportInput = Omit<Extract<OpInput<'jobs.start'>, { kind: 'import' }>, 'kind' | 'uploadId'>;

/** Puts a file where an upload would (the core's home folder) and returns its upload id. */
export function upload(t: TestCore, name: string, data: Buffer | string): string {
  return saveUpload(path.join(t.dir, 'home'), name, data).uploadId;
}

/** Runs an import job (a real job thread) to its end: the preview, or the refusal's message. */
export async function importThroughJob(t: TestCore, uploadId: string, input: ImportInput) {
  const rec = recordEvents(t.core);
  const started = await t.core.call('jobs.start', { kind: 'import', uploadId, ...input });
  const job = await rec.ended(started.id);
  rec.unsubscribe();
  return { job, preview: job.result as ImportPreview | null, message: job.message };
}

/** As importThroughJob, failing the test unless the job ended done. */
export async function imported(t: TestCore, uploadId: string, input: ImportInput): Promise<ImportPreview> {
  const r = await importThroughJob(t, uploadId, input);
  if (r.job.state !== 'done') throw new Error(`import ${r.job.state}: ${r.message}`);
  return r.preview!;
}
