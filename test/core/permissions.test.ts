import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type OpName } from '../../electron/api/contract';
import { PERMISSION_ROLE, ROLES, roleAllows, type Role } from '../../electron/api/permissions';
import { signInAs, writeSnapshot } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * The table test of issue 10: every operation of the contract × every role. An operation whose
 * permission the role lacks is refused with `forbidden`, naming the permission, and changes
 * nothing (every table, the audit trail, the settings); one the role has is never refused for
 * the role (it may still refuse the empty input). Generated from the contract, so a new
 * operation is in the table by being in the contract.
 */
let w: StockWorld;
const sessions = {} as Record<Role, string>;
const names = Object.keys(contract) as OpName[];
/** Signing in and out and locking change the session itself (operators.test.ts and idle-lock.test.ts cover them). */
const SESSION_OPS = new Set<OpName>(['auth.signIn', 'auth.signOut', 'auth.lock']);

beforeAll(async () => {
  w = await stockWorld();
  for (const role of ROLES) {
    sessions[role] = `table-${role}`;
    await signInAs(w.t.core, `Table ${role}`, role, sessions[role]);
  }
});
afterAll(() => w?.t.cleanup());

describe('every contract operation × every role', () => {
  it('every operation names a permission the roles know', () => {
    for (const name of names) expect(contract[name].permission, name).toBeDefined();
    expect(names.length).toBeGreaterThan(60);
  });

  for (const role of ROLES) {
    for (const name of names.filter((n) => !SESSION_OPS.has(n))) {
      const permission = contract[name].permission;
      // jobs.start's permission depends on the job (below); its least need is reading.
      const needed = typeof permission === 'string' ? permission : 'read';
      const allowed = roleAllows(role, needed);
      it(`${role} · ${name} · ${allowed ? 'allowed' : 'refused'}`, async () => {
        const before = writeSnapshot(w.t.core);
        const r = await w.t.core.invoke(name, {}, sessions[role]);
        if (allowed) {
          if (!r.ok) expect(['forbidden', 'not_ready'], `${name} for ${role}: ${r.error.message}`).not.toContain(r.error.code);
        } else {
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error.code).toBe('forbidden');
          expect(r.error.message).toContain(`"${needed}" permission`);
          expect(r.error.message).toContain(`Table ${role}`);
          expect(writeSnapshot(w.t.core)).toEqual(before);
        }
      });
    }
  }

  it('a caller without a session, or a session nobody signed in on, may call only the public operations', async () => {
    for (const session of [null, 'never-signed-in']) {
      for (const name of names.filter((n) => contract[n].permission !== 'public')) {
        const before = writeSnapshot(w.t.core);
        const r = await w.t.core.invoke(name, {}, session);
        expect(r, `${name} without a sign-in`).toMatchObject({ ok: false, error: { code: 'not_ready' } });
        expect(writeSnapshot(w.t.core)).toEqual(before);
      }
    }
  });
});

describe('valid calls, refused by role', () => {
  it('a viewer cannot post a real draft (a forged call): forbidden, nothing written; a storekeeper can', async () => {
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }],
    });
    const post = { id: draft.document.id, version: draft.document.version };
    const before = writeSnapshot(w.t.core);
    const forged = await w.t.core.invoke('stock.documents.post', post, sessions.viewer);
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('"stock.edit" permission') } });
    expect(writeSnapshot(w.t.core)).toEqual(before);
    const posted = await w.t.core.call('stock.documents.post', post, sessions.storekeeper);
    expect(posted.document).toMatchObject({ status: 'posted', postedBy: 'Table storekeeper' });
    // Reversing is an approver's: the storekeeper is refused, the approver is not.
    const reverse = { id: posted.document.id, version: posted.document.version, reason: 'Entered twice' };
    expect(await w.t.core.invoke('stock.documents.reverse', reverse, sessions.storekeeper)).toMatchObject({ error: { code: 'forbidden' } });
    expect((await w.t.core.call('stock.documents.reverse', reverse, sessions.approver)).document.status).toBe('posted');
  });

  it("the workflow's allowed actions follow the operator's role", async () => {
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }],
    });
    const actionsFor = async (role: Role, id: string) =>
      (await w.t.core.call('stock.documents.get', { id }, sessions[role])).document.workflow;
    expect((await actionsFor('viewer', draft.document.id)).actions).toEqual([]);
    expect((await actionsFor('viewer', draft.document.id)).refused.map((r) => r.action)).toContain('post');
    expect((await actionsFor('storekeeper', draft.document.id)).actions.map((a) => a.action)).toContain('post');
    const posted = await w.t.core.call(
      'stock.documents.post',
      { id: draft.document.id, version: draft.document.version },
      sessions.storekeeper,
    );
    expect((await actionsFor('storekeeper', posted.document.id)).actions.map((a) => a.action)).not.toContain('reverse');
    expect((await actionsFor('approver', posted.document.id)).actions.map((a) => a.action)).toContain('reverse');
    const list = await w.t.core.call('stock.documents.list', {}, sessions.viewer);
    expect(list.rows.every((d) => d.workflow.actions.length === 0)).toBe(true);
  });

  it("jobs.start needs what the job does: a partner export is an approver's, the demo an administrator's", async () => {
    const [partner] = await w.call('organisations.list', {});
    const exportForPartner = { kind: 'export' as const, source: 'organisations', format: 'csv', partnerOrgId: partner.id };
    for (const [input, needed] of [
      [exportForPartner, 'exports.release'],
      [{ kind: 'demo' }, 'settings'],
    ] as const) {
      // Only the refusals: an allowed call would start a real job thread.
      for (const role of ROLES.filter((r) => !roleAllows(r, needed))) {
        const before = writeSnapshot(w.t.core);
        const r = await w.t.core.invoke('jobs.start', input, sessions[role]);
        expect(r, `${role} ${input.kind}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden', message: expect.stringContaining(needed) },
        });
        expect(writeSnapshot(w.t.core)).toEqual(before);
      }
      expect(PERMISSION_ROLE[needed]).not.toBe('viewer');
    }
  });
});
