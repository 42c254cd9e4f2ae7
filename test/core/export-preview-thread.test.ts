import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * An export's preview reads every row of the grid (a second or two at 100,000 rows), so the core
 * asks a job thread for it and keeps answering meanwhile. The preview is not a job: it leaves no
 * row in the jobs list.
 */
let w: StockWorld;
beforeAll(async () => {
  w = await stockWorld();
  await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.ngo, maxLabel: 'GREEN' }] });
  await w.call('sites.save', {
    rows: (await w.call('sites.list', {})).map((s) => ({ ...s, sharing: s.code === 'FOB-N' ? 'RED' : 'GREEN' })),
  });
  await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 4 }]);
  await w.receive(w.site.wh, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 9 }]);
});
afterAll(async () => {
  await w.t.core.jobs.idle();
  w.t.cleanup();
});

describe('an export preview', () => {
  it('is counted off the core’s thread: a call made after it is answered before it', async () => {
    const order: string[] = [];
    const preview = w.call('exports.preview', { source: 'onHand', format: 'csv', partnerOrgId: w.org.ngo }).then((p) => {
      order.push('preview');
      return p;
    });
    const status = w.call('system.status', {}).then(() => order.push('status'));
    const [p] = await Promise.all([preview, status]);
    expect(order).toEqual(['status', 'preview']);
    expect(p).toMatchObject({ partnerShortName: 'HH', rows: 1, label: 'GREEN' });
    expect(p.withheld).toEqual([{ label: 'RED', rows: 1, why: expect.stringContaining("above HH's highest label") }]);
  });

  it('leaves no job behind, and a bad request is refused on the core’s thread with its fields', async () => {
    await w.call('exports.preview', { source: 'onHand', format: 'xlsx', partnerOrgId: w.org.ngo });
    expect(await w.call('jobs.list', { limit: 50 })).toEqual([]);
    const bad = await refusedWritingNothing(w.t.core, 'exports.preview', { source: 'onHand', format: 'csv', partnerOrgId: w.org.wfp });
    expect(bad.message).toContain('WFP has no export profile');
  });

  it('a refusal in the preview’s thread reaches the caller with its code and the field it names', async () => {
    // Straight to the thread, past the handler's own check of the request (which refuses this
    // first, on the core's thread): the same refusal must come back from the thread too.
    const admin = (await w.call('auth.operators', {})).find((o) => o.role === 'administrator')!;
    const refused = await w.t.core.jobs
      .task('exportPreview', { kind: 'export', source: 'onHand', format: 'csv', columns: [{ colId: 'noSuchColumn' }] } as never, {
        id: admin.id,
        name: admin.displayName,
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('None of the columns asked for is in the'),
      issues: [{ path: ['columns'], message: 'No known column' }],
    });
  });

  it('with the four-eyes rule on, starting an export asks a job thread whether it goes above GREEN', async () => {
    const rules = await w.call('system.fourEyes.get', {});
    await w.call('system.fourEyes.save', { ...rules, exportsAboveGreen: true });
    const order: string[] = [];
    const start = w.t.core.invoke('jobs.start', { kind: 'export', source: 'onHand', format: 'csv' }).then((r) => {
      order.push('start');
      return r;
    });
    const status = w.call('system.status', {}).then(() => order.push('status'));
    const [started] = await Promise.all([start, status]);
    expect(order).toEqual(['status', 'start']);
    // FOB-N's row is RED: refused without an approver, nothing started.
    expect(started).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Second operator for exports above TLP:GREEN') },
    });
    expect(await w.call('jobs.list', { limit: 50 })).toEqual([]);
  });

  it('a newer preview from the same panel stops the one it replaces; other panels’ previews run on', async () => {
    const [panelA, panelB] = [randomUUID(), randomUUID()];
    const ask = (panel?: string) =>
      w.t.core.invoke('exports.preview', { source: 'onHand', format: 'csv', partnerOrgId: w.org.ngo, ...(panel ? { panel } : {}) });
    // Asked one after the other without waiting: the replaced one answers "cancelled" at once,
    // whether or not its thread had counted the rows already (its answer is then not given).
    const replaced = ask(panelA);
    const other = ask(panelB);
    const unnamed = ask();
    const newest = ask(panelA);
    const [r1, r2, r3, r4] = await Promise.all([replaced, other, unnamed, newest]);
    expect(r1).toMatchObject({ ok: false, error: { code: 'rule_violation', message: expect.stringMatching(/^Cancelled/) } });
    for (const r of [r2, r3, r4]) expect(r).toMatchObject({ ok: true, value: { partnerShortName: 'HH', rows: 1, label: 'GREEN' } });
    // The replaced preview's thread said it ended, and was released: nothing is left running.
    await w.t.core.jobs.idle();
    expect(w.t.core.jobs.tasksRunning()).toEqual([]);
    expect(await w.call('jobs.list', { limit: 50 })).toEqual([]);
    // The panel's next preview runs as usual.
    expect(await ask(panelA)).toMatchObject({ ok: true, value: { rows: 1 } });
  });

  it('refuses a panel id that is not one, naming the field', async () => {
    for (const panel of ['', 'panel-1', 'x'.repeat(101)]) {
      const r = await w.t.core.invoke('exports.preview', { source: 'onHand', format: 'csv', panel });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['panel'] }] } });
    }
  });
});
