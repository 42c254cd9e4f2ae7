import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/services/core/errors';
import { signInAs, type TestCore } from '../helpers/core';
import { imported, importThroughJob, upload } from '../helpers/imports';
import { recordEvents } from '../helpers/jobs';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * The import wizard's spare thread (jobs/manager.ts, SPARE_KIND): readied when the wizard opens
 * and after each preview, it loads the core's modules before a job is asked for, runs exactly one
 * import (its input, operator and language come with the job, not with the thread) and ends.
 */

let w: StockWorld | null = null;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
  w = null;
});

const CATALOGUE = 'Code,Name,Category,Unit\nSP-1,Spare one,nfi,each\nSP-2,Spare two,shelter,each\n';

/** Starts an import job and says whether a spare was still waiting just after it started. */
async function startImport(t: TestCore, uploadId: string, commit: boolean) {
  const rec = recordEvents(t.core);
  const started = await t.core.call('jobs.start', { kind: 'import', uploadId, target: 'items', commit });
  const spareAfterStart = t.core.jobs.hasSpare();
  const job = await rec.ended(started.id);
  rec.unsubscribe();
  return { job, spareAfterStart };
}

describe('import: the spare thread the wizard readies', () => {
  it(
    'the wizard opening readies one; a preview takes it, the next preview and the commit each get one, and none waits after the commit',
    { timeout: 300_000 },
    async () => {
      w = await stockWorld();
      const { t } = w;
      expect(t.core.jobs.hasSpare()).toBe(false);
      expect(await w.call('imports.ready', {})).toBeNull();
      expect(t.core.jobs.hasSpare()).toBe(true);
      // Asked again (the wizard opened twice), it still keeps one.
      await w.call('imports.ready', {});
      expect(t.core.jobs.hasSpare()).toBe(true);

      const id = upload(t, 'catalogue.csv', CATALOGUE);
      const first = await startImport(t, id, false);
      expect(first.spareAfterStart).toBe(false); // taken by the preview
      expect(first.job.state).toBe('done');
      expect(first.job.result).toMatchObject({ creates: 2, updates: 0, badRows: 0, committed: false });
      // Readied again as the preview ended: the operator changes a mapping or commits next.
      expect(t.core.jobs.hasSpare()).toBe(true);

      const commit = await startImport(t, id, true);
      expect(commit.spareAfterStart).toBe(false);
      expect(commit.job.state).toBe('done');
      expect(commit.job.result).toMatchObject({ creates: 2, committed: true });
      expect(t.core.jobs.hasSpare()).toBe(false); // the wizard is done: no thread waits
      const codes = (await w.call('items.list', {})).map((i) => i.code);
      expect(codes).toEqual(expect.arrayContaining(['SP-1', 'SP-2']));
    },
  );

  it('a spare readied in English runs the next preview in the language of whoever starts it', { timeout: 300_000 }, async () => {
    w = await stockWorld();
    await w.call('imports.ready', {});
    await w.call('system.setLanguage', { language: 'fr' });
    const r = await importThroughJob(w.t, upload(w.t, 'fr.csv', 'Code,Name,Category,Unit,Unit weight (kg)\nAA-1,One,nfi,each,lourd\n'), {
      target: 'items',
    });
    expect(r.preview!.bad).toEqual([
      { row: 2, column: 'E (Unit weight (kg))', value: 'lourd', reason: 'Poids unitaire (kg) n’est pas un nombre' },
    ]);
  });

  it('a failed preview still readies one, and the next import on it runs', { timeout: 300_000 }, async () => {
    w = await stockWorld();
    const empty = await importThroughJob(w.t, upload(w.t, 'empty.csv', ''), { target: 'items' });
    expect(empty.job.state).toBe('failed');
    expect(empty.message).toContain('empty.csv is empty');
    expect(w.t.core.jobs.hasSpare()).toBe(true);
    const preview = await imported(w.t, upload(w.t, 'catalogue.csv', CATALOGUE), { target: 'items' });
    expect(preview.creates).toBe(2);
  });

  it('is for record editors: a viewer is refused and no thread is readied', async () => {
    w = await stockWorld();
    await signInAs(w.t.core, 'Pte. Viewer', 'viewer');
    const refused = await w.call('imports.ready', {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('forbidden');
    expect(w.t.core.jobs.hasSpare()).toBe(false);
  });

  it('closing the core ends a waiting spare', async () => {
    w = await stockWorld();
    await w.call('imports.ready', {});
    expect(w.t.core.jobs.hasSpare()).toBe(true);
    w.t.core.close();
    expect(w.t.core.jobs.hasSpare()).toBe(false);
  });
});
