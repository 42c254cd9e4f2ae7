import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpName } from '../../electron/api/contract';
import type { FourEyesGuard, FourEyesRules } from '../../electron/api/four-eyes';
import { LOCAL_SESSION } from '../../electron/services/core/context';
import { signInAs, tableCounts, TEST_PIN, writeSnapshot } from '../helpers/core';
import { exportThroughJob } from '../helpers/exports';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Four-eyes (issue 10): each guarded operation × (setting off / on without a second operator /
 * the same person / a storekeeper as second / a wrong PIN / a locked approver / a good one). A
 * refusal writes nothing but the wrong PIN's counter; an allowed call with a second operator
 * stamps both names on the document and the audit trail.
 */
let w: StockWorld;
const op = { storekeeper: '', approverA: '', approverB: '', locked: '' };
const SK = 'fe-storekeeper';
const A = 'fe-approver-a';

beforeAll(async () => {
  w = await stockWorld();
  op.storekeeper = await signInAs(w.t.core, 'Sgt. Store', 'storekeeper', SK);
  op.approverA = await signInAs(w.t.core, 'Lt. Approver A', 'approver', A);
  op.approverB = await signInAs(w.t.core, 'Maj. Approver B', 'approver', 'fe-approver-b');
  op.locked = await signInAs(w.t.core, 'Capt. Locked', 'approver', 'fe-locked');
  // Five wrong PINs lock Capt. Locked (at sign-in, as anyone would).
  for (let i = 0; i < 5; i++) await w.t.core.invoke('auth.signIn', { operatorId: op.locked, pin: '0000' }, 'fe-guess');
  await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 1000 }]);
});
afterAll(() => w?.t.cleanup());

async function setRules(change: Partial<FourEyesRules>): Promise<FourEyesRules> {
  const current = await w.call('system.fourEyes.get', {});
  return w.call('system.fourEyes.save', { ...current, ...change });
}

interface Subject {
  name: OpName;
  input: { id: string; version: number } & Record<string, unknown>;
  /** The document whose posting carries the second operator. */
  stamped: (value: unknown) => { id: string; secondOperator: string | null };
}

/** A fresh record for each case, so an allowed call never uses up the next case's. */
const SUBJECTS: Record<Exclude<FourEyesGuard, 'exportsAboveGreen'>, () => Promise<Subject>> = {
  countApproval: async () => {
    const sheet = await w.t.core.call('stock.count.create', { siteId: w.site.fob }, SK);
    for (const line of sheet.rows) await w.t.core.call('stock.count.setLine', { lineId: line.id, version: line.version, counted: 990 }, SK);
    const counted = await w.t.core.call('stock.count.get', { id: sheet.document.id }, SK);
    const submitted = await w.t.core.call('stock.count.submit', { id: sheet.document.id, version: counted.document.version }, SK);
    return {
      name: 'stock.count.approve',
      input: { id: submitted.document.id, version: submitted.document.version },
      stamped: (v) => (v as { count: { id: string; secondOperator: string | null } }).count,
    };
  },
  reversals: async () => {
    const posted = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    return {
      name: 'stock.documents.reverse',
      input: { id: posted.document.id, version: posted.document.version, reason: 'Entered twice' },
      stamped: (v) => (v as { document: { id: string; secondOperator: string | null } }).document,
    };
  },
  adjustments: async () => {
    const draft = await w.t.core.call(
      'stock.documents.create',
      {
        siteId: w.site.fob,
        kind: 'adjustment',
        reasonCode: 'counting_error',
        lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 150, direction: 'increase', condition: 'good' }],
      },
      SK,
    );
    return {
      name: 'stock.documents.post',
      input: { id: draft.document.id, version: draft.document.version },
      stamped: (v) => (v as { document: { id: string; secondOperator: string | null } }).document,
    };
  },
};

const failedAttempts = (id: string) =>
  (w.t.core.sqlite.prepare('SELECT failed_attempts FROM operators WHERE id = ?').get(id) as { failed_attempts: number }).failed_attempts;

describe('four-eyes: each guarded operation × each case', () => {
  for (const guard of Object.keys(SUBJECTS) as (keyof typeof SUBJECTS)[]) {
    const rulesOn = { [guard]: true, adjustmentQuantity: 100 };
    const rulesOff = { [guard]: false };
    const cases: {
      name: string;
      on: boolean;
      second?: () => { operatorId: string; pin: string };
      refused?: RegExp;
    }[] = [
      { name: 'setting off, no second operator: allowed', on: false },
      { name: 'setting on, no second operator: refused naming the setting', on: true, refused: /The setting ".+" is on/ },
      {
        name: 'the operator at the keyboard as second: refused',
        on: true,
        second: () => ({ operatorId: op.approverA, pin: TEST_PIN }),
        refused: /Lt\. Approver A is the operator at the keyboard/,
      },
      {
        name: 'a storekeeper as second: refused',
        on: true,
        second: () => ({ operatorId: op.storekeeper, pin: TEST_PIN }),
        refused: /Sgt\. Store is a Storekeeper; the second operator must be an Approver/,
      },
      {
        name: 'a wrong PIN: refused',
        on: true,
        second: () => ({ operatorId: op.approverB, pin: '9999' }),
        refused: /Wrong PIN for Maj\. Approver B/,
      },
      {
        name: 'a locked approver: refused',
        on: true,
        second: () => ({ operatorId: op.locked, pin: TEST_PIN }),
        refused: /Capt\. Locked is locked/,
      },
      { name: 'a good second approver: allowed, both names stored', on: true, second: () => ({ operatorId: op.approverB, pin: TEST_PIN }) },
    ];
    for (const c of cases) {
      it(`${guard} · ${c.name}`, async () => {
        await setRules(c.on ? rulesOn : rulesOff);
        const subject = await SUBJECTS[guard]();
        const input = c.second ? { ...subject.input, secondOperator: c.second() } : subject.input;
        const before = writeSnapshot(w.t.core);
        const failedBefore = failedAttempts(op.approverB);
        const r = await w.t.core.invoke(subject.name, input, A);
        if (c.refused) {
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error.message).toMatch(c.refused);
          if (c.second?.().pin === '9999') {
            // Only the wrong PIN's counter is written (an operators row and its change-log entry).
            expect(failedAttempts(op.approverB)).toBe(failedBefore + 1);
            const { change_log: _c, ...counts } = tableCounts(w.t.core);
            const { change_log: _b, ...countsBefore } = before.counts;
            expect(counts).toEqual(countsBefore);
            expect(writeSnapshot(w.t.core).audit).toBe(before.audit);
            // The next right PIN clears it (as at sign-in).
            await w.t.core.call('auth.signIn', { operatorId: op.approverB, pin: TEST_PIN }, 'fe-approver-b');
          } else {
            expect(writeSnapshot(w.t.core)).toEqual(before);
          }
          return;
        }
        expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
        if (!r.ok) return;
        const doc = subject.stamped(r.value);
        expect(doc.secondOperator).toBe(c.second ? 'Maj. Approver B' : null);
        if (c.second) {
          const audit = w.t.core.sqlite
            .prepare(
              'SELECT operator, second_operator_id AS secondId, second_operator AS second FROM audit_log WHERE entity_id = ? ORDER BY at DESC LIMIT 1',
            )
            .get(doc.id);
          expect(audit).toEqual({ operator: 'Lt. Approver A', secondId: op.approverB, second: 'Maj. Approver B' });
        }
      });
    }
  }
});

describe('four-eyes: who may check, and what the window is told', () => {
  it('a storekeeper at the keyboard approves a count with an approver checking it; alone, they are refused', async () => {
    await setRules({ countApproval: true });
    const subject = await SUBJECTS.countApproval();
    const sheet = await w.t.core.call('stock.count.get', { id: subject.input.id }, SK);
    const approve = sheet.document.workflow.actions.find((a) => a.action === 'approve');
    expect(approve).toMatchObject({ needsSecondOperator: true });
    expect(await w.t.core.invoke('stock.count.approve', subject.input, SK)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const done = await w.t.core.call(
      'stock.count.approve',
      { ...subject.input, secondOperator: { operatorId: op.approverB, pin: TEST_PIN } },
      SK,
    );
    expect(done.count).toMatchObject({ status: 'posted', postedBy: 'Sgt. Store', secondOperator: 'Maj. Approver B' });
    expect(done.adjustment?.document.secondOperator).toBe('Maj. Approver B');
    const trail = await w.t.core.call('audit.list', { entityId: done.count.id, limit: 5 }, SK);
    expect(trail[0]).toMatchObject({ operator: 'Sgt. Store', secondOperator: 'Maj. Approver B' });
  });

  it('with count approval guarded, whoever counted the sheet cannot be its second operator', async () => {
    await setRules({ countApproval: true });
    const sheet = await w.t.core.call('stock.count.create', { siteId: w.site.fob }, 'fe-approver-b');
    for (const line of sheet.rows) {
      await w.t.core.call('stock.count.setLine', { lineId: line.id, version: line.version, counted: 1 }, 'fe-approver-b');
    }
    const { version } = (await w.call('stock.count.get', { id: sheet.document.id })).document;
    const input = { id: sheet.document.id, version, secondOperator: { operatorId: op.approverB, pin: TEST_PIN } };
    const before = writeSnapshot(w.t.core);
    const r = await w.t.core.invoke('stock.count.approve', input, A);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Maj\. Approver B counted this sheet/) } });
    expect(writeSnapshot(w.t.core)).toEqual(before);
  });

  it('needsSecondOperator follows the settings: reversals and adjustments over the threshold only', async () => {
    await setRules({ reversals: false, adjustments: true, adjustmentQuantity: 200 });
    const small = await SUBJECTS.adjustments(); // 150 ≤ 200
    const get = async (id: string) => (await w.t.core.call('stock.documents.get', { id }, SK)).document.workflow.actions;
    expect((await get(small.input.id)).find((a) => a.action === 'post')?.needsSecondOperator).toBeUndefined();
    await setRules({ adjustmentQuantity: 100 });
    expect((await get(small.input.id)).find((a) => a.action === 'post')?.needsSecondOperator).toBe(true);
    const reversal = await SUBJECTS.reversals();
    // A storekeeper sees no Reverse while reversals need no second operator (an approver's alone)…
    expect((await get(reversal.input.id)).map((a) => a.action)).not.toContain('reverse');
    await setRules({ reversals: true });
    // …and may reverse with an approver checking it once they do.
    expect((await get(reversal.input.id)).find((a) => a.action === 'reverse')?.needsSecondOperator).toBe(true);
  });

  it("the settings are an administrator's, audited, refused on a stale version", async () => {
    const rules = await w.call('system.fourEyes.get', {});
    expect(await w.t.core.invoke('system.fourEyes.save', rules, A)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const saved = await w.t.core.call('system.fourEyes.save', { ...rules, exportsAboveGreen: true }, LOCAL_SESSION);
    expect(saved).toMatchObject({ exportsAboveGreen: true, version: rules.version + 1 });
    expect((await w.call('audit.list', { entity: 'setting', entityId: 'four_eyes', limit: 1 }))[0]).toMatchObject({
      operator: 'Capt. Test',
    });
    expect(await w.t.core.invoke('system.fourEyes.save', rules)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a new installation has every guard off', async () => {
    const { openTestCore } = await import('../helpers/core');
    const t = await openTestCore();
    try {
      expect(await t.core.call('system.fourEyes.get', {})).toMatchObject({
        countApproval: false,
        reversals: false,
        adjustments: false,
        exportsAboveGreen: false,
        version: 1,
      });
    } finally {
      t.cleanup();
    }
  });
});

describe('four-eyes: exports above TLP:GREEN', () => {
  it('are refused without an approver checking them; with one, the export history names both and the job keeps no PIN', async () => {
    await w.call('organisations.save', {
      rows: [{ name: 'Sector Intelligence Cell', shortName: 'SIC', kind: 'military', sharing: 'AMBER' }],
    });
    await setRules({ exportsAboveGreen: true });
    const request = { source: 'organisations' as const, params: {}, format: 'csv' as const };
    const preview = await w.call('exports.preview', request);
    expect(preview).toMatchObject({ label: 'AMBER', needsSecondOperator: true });
    const before = writeSnapshot(w.t.core);
    const refused = await w.t.core.invoke('jobs.start', { kind: 'export', ...request });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Second operator for exports above TLP:GREEN') },
    });
    expect(writeSnapshot(w.t.core)).toEqual(before);
    const same = await w.t.core.invoke('jobs.start', {
      kind: 'export',
      ...request,
      secondOperator: { operatorId: op.storekeeper, pin: TEST_PIN },
    });
    expect(same).toMatchObject({ ok: false, error: { message: expect.stringContaining('the second operator must be an Approver') } });

    const { job } = await exportThroughJob(w.t, { ...request, secondOperator: { operatorId: op.approverB, pin: TEST_PIN } });
    const [latest] = await w.call('exports.history', { limit: 1 });
    expect(latest).toMatchObject({ operator: 'Capt. Test', secondOperator: 'Maj. Approver B', label: 'AMBER' });
    const stored = w.t.core.sqlite.prepare('SELECT input_json FROM jobs WHERE id = ?').pluck().get(job.id) as string;
    expect(stored).not.toContain('secondOperator');
    expect(stored).not.toContain(TEST_PIN);

    // A GREEN export needs no one else.
    await setRules({ exportsAboveGreen: true });
    const green = await w.call('exports.preview', { source: 'items', params: {}, format: 'csv' });
    expect(green.needsSecondOperator).toBe(green.label !== 'CLEAR' && green.label !== 'GREEN');
  });

  it('ask for no one else when nothing above GREEN would go out: a partner capped at GREEN, or the AMBER row filtered out', async () => {
    await setRules({ exportsAboveGreen: true });
    const request = { source: 'organisations' as const, params: {}, format: 'csv' as const };
    expect((await w.call('exports.preview', request)).needsSecondOperator).toBe(true);
    // For a partner whose highest label is GREEN the AMBER organisation is withheld, so it goes.
    await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.ngo, maxLabel: 'GREEN', callSigns: 'omit' }] });
    const forNgo = { ...request, partnerOrgId: w.org.ngo };
    expect(await w.call('exports.preview', forNgo)).toMatchObject({ needsSecondOperator: false });
    const { job } = await exportThroughJob(w.t, forNgo);
    expect(job.state).toBe('done');
    // Filtered to the other organisations as the grid shows them, the AMBER one is not in the file.
    const filtered = { ...request, filterModel: { shortName: { filterType: 'text', type: 'notContains', filter: 'SIC' } } };
    expect(await w.call('exports.preview', filtered)).toMatchObject({ needsSecondOperator: false });
    expect((await exportThroughJob(w.t, filtered)).job.state).toBe('done');
    // Sorted or not, one AMBER row among the rest still needs the approver.
    const sorted = { ...request, sort: [{ colId: 'name', sort: 'desc' as const }] };
    expect(await w.t.core.invoke('jobs.start', { kind: 'export', ...sorted })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Second operator for exports above TLP:GREEN') },
    });
  });
});
