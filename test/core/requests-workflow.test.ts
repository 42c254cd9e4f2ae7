import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpInput, OpName } from '../../electron/api/contract';
import type { RequestDetail } from '../../electron/api/requests';
import {
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestSide,
  type RequestStatus,
} from '../../electron/api/vocabularies';
import type { LocalCore } from '../../electron/services/core/create';
import { requestIn, requestWorld, transportRequest, type RequestWorld } from './requests-fixture';

/**
 * The request workflow as a table, over real SQLite: a request is brought into every state, then
 * every action is tried for each side through the operation that does it. The table (written out
 * by hand, not read from the definition) says which side may do what in which state. An allowed
 * one succeeds, moves the request where it should and adds a timeline entry with who, which
 * organisation, from and to; a refused one answers a message that says why and leaves every
 * request table exactly as it was.
 */

const ALLOWED: Record<RequestStatus, Partial<Record<RequestAction, RequestSide>>> = {
  draft: { edit: 'requesting', submit: 'requesting', cancel: 'requesting' },
  submitted: { review: 'providing', cancel: 'requesting' },
  under_review: { approve: 'providing', approvePartially: 'providing', decline: 'providing', cancel: 'requesting' },
  approved: { commit: 'providing', cancel: 'requesting' },
  partially_approved: { commit: 'providing', cancel: 'requesting' },
  in_progress: { commit: 'providing', deliver: 'providing', cancel: 'requesting' },
  declined: { close: 'requesting' },
  fulfilled: { close: 'requesting' },
  closed: {},
  cancelled: {},
};

/** Where an allowed action leads from each state (commit from in progress stays; a partial delivery stays). */
const TARGET: Partial<Record<RequestAction, RequestStatus>> = {
  submit: 'submitted',
  review: 'under_review',
  approve: 'approved',
  approvePartially: 'partially_approved',
  decline: 'declined',
  commit: 'in_progress',
  close: 'closed',
  cancel: 'cancelled',
};

/** The operation and input that attempt `action` on `r` for the organisation `org`. */
function attempt(r: RequestDetail, action: RequestAction, org: string): { name: OpName; input: unknown } {
  const base = { id: r.request.id, version: r.request.version, actingOrgId: org };
  const line = r.lines[0];
  switch (action) {
    case 'edit':
      return { name: 'requests.update', input: { ...base, title: 'Trucks for shelter kits (edited)' } };
    case 'commit':
      return { name: 'requests.commit', input: { ...base, lines: [{ lineId: line.id, quantity: line.approvedQuantity ?? 1 }] } };
    case 'deliver':
      return { name: 'requests.deliver', input: { ...base, lineId: line.id, quantity: 1, link: 'other', reference: 'Trip sheet 7' } };
    case 'approvePartially':
      return {
        name: 'requests.act',
        input: { ...base, action, comment: 'One truck only', lines: [{ lineId: line.id, approvedQuantity: 1 }] },
      };
    case 'decline':
    case 'cancel':
      return { name: 'requests.act', input: { ...base, action, comment: 'Because' } };
    default:
      return { name: 'requests.act', input: { ...base, action } };
  }
}

/** Every row of every request table, as stored: a refusal leaves all of it, versions included. */
function requestTables(core: LocalCore): string {
  const tables = ['requests', 'request_lines', 'request_events', 'request_fulfilments', 'change_log', 'audit_log'];
  return JSON.stringify(tables.map((t) => core.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
}

let w: RequestWorld;
beforeAll(async () => {
  w = await requestWorld();
});
afterAll(() => w?.cleanup());

describe('the request workflow: every state × action × side', () => {
  for (const state of REQUEST_STATUSES)
    for (const action of REQUEST_ACTIONS)
      for (const side of ['requesting', 'providing'] as const) {
        const allowed = ALLOWED[state][action] === side;
        it(`${state} · ${action} · ${side} side: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const r = await requestIn(w, state);
          expect(r.request.status).toBe(state);
          const org = side === 'requesting' ? w.ngo : w.home;
          const { name, input } = attempt(r, action, org);
          const before = requestTables(w.core);
          const result = await w.core.invoke(name, input);
          if (allowed) {
            expect(result.ok, JSON.stringify(result)).toBe(true);
            const after = result.ok ? (result.value as RequestDetail) : r;
            const to = action === 'edit' ? state : action === 'deliver' ? 'in_progress' : TARGET[action]!;
            expect(after.request.status).toBe(to);
            expect(after.request.version).toBe(r.request.version + 1);
            if (action !== 'edit') {
              const entry = after.timeline.at(-1)!;
              expect(entry).toMatchObject({ action, orgId: org, operator: 'Capt. Test', fromStatus: state, toStatus: to });
            }
            // What the screen offered before is what the core allowed.
            expect(r.workflow[side].actions.map((a) => a.action)).toContain(action);
          } else {
            expect(result.ok).toBe(false);
            if (result.ok) return;
            expect(requestTables(w.core)).toBe(before);
            const stateAllows = ALLOWED[state][action] !== undefined;
            if (stateAllows) {
              // The state allows it, the side does not: the message names who may.
              expect(result.error.code).toBe('rule_violation');
              expect(result.error.message).toMatch(/only the (requesting|providing) organisation \((HHI|TLB)\) may do this/);
            } else {
              expect(result.error.code).toBe('conflict');
              expect(result.error.message).toMatch(/REQ-2026-\d{5}|not possible: this request is/);
            }
            expect(r.workflow[side].actions.map((a) => a.action)).not.toContain(action);
          }
        });
      }
});

describe('what submitting requires', () => {
  const submit = (r: RequestDetail) =>
    w.core.invoke('requests.act', { id: r.request.id, version: r.request.version, action: 'submit', actingOrgId: w.ngo });

  it('a request to a military unit needs the last-resort record: each missing field is named, nothing is written', async () => {
    const r = await w.call('requests.create', transportRequest(w, { civilianOptionsTried: '', exitPlan: '', militaryEnd: '' }));
    const before = requestTables(w.core);
    const result = await submit(r);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues!.map((i) => i.path[0])).toEqual(['civilianOptionsTried', 'militaryEnd', 'exitPlan']);
    expect(result.error.message).toMatch(
      /^Request REQ-2026-\d{5} cannot be submitted yet: Last resort: say which civilian options were tried/,
    );
    expect(requestTables(w.core)).toBe(before);
  });

  it('an escort request also needs the four criteria and the date to stop using escorts', async () => {
    const r = await w.call('requests.create', transportRequest(w, { type: 'escort', escortNeed: 'Cholera response, 30,000 people' }));
    const result = await submit(r);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues!.map((i) => i.path[0])).toEqual([
      'escortAuthorities',
      'escortSafety',
      'escortSustainability',
      'escortEndDate',
    ]);
    const filled = await w.call('requests.update', {
      id: r.request.id,
      version: r.request.version,
      actingOrgId: w.ngo,
      escortAuthorities: 'Governor of Varna; UNDSS',
      escortSafety: 'Armed groups on the N2 since May',
      escortSustainability: 'Escorts stop once the N2 is cleared',
      escortEndDate: '2026-07-31',
    });
    const ok = await submit(filled);
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
  });

  it('a request to an NGO needs no last-resort record; military → NGO needs what is asked and why', async () => {
    const toNgo = await w.call(
      'requests.create',
      transportRequest(w, { providerOrgId: w.ngo2, civilianOptionsTried: '', capabilityGap: '' }),
    );
    expect((await submit(toNgo)).ok).toBe(true);
    const fromMil = await w.call('requests.create', {
      requesterOrgId: w.home,
      providerOrgId: w.ngo,
      title: 'Road conditions to Tarvik',
      type: 'other',
      priority: 3,
      neededBy: '2026-06-20',
      justification: 'Planning the route of the water convoy',
      lines: [{ kind: 'capacity', description: 'Briefing on road access', quantity: 1, unit: 'briefing' }],
    });
    const refused = await w.core.invoke('requests.act', { id: fromMil.request.id, version: 1, action: 'submit' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues!.map((i) => i.path[0])).toEqual(['askedKnowledge', 'askedWhy']);
  });

  it('a request without lines cannot be submitted', async () => {
    const r = await w.call('requests.create', transportRequest(w, { lines: [] }));
    const result = await submit(r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Add at least one line/);
  });
});

describe('comments, quantities and the acting organisation', () => {
  it('decline, partial approval and cancel need a comment', async () => {
    const r = await requestIn(w, 'under_review');
    for (const action of ['decline', 'approvePartially', 'cancel'] as const) {
      const input: OpInput<'requests.act'> = {
        id: r.request.id,
        version: r.request.version,
        action,
        actingOrgId: action === 'cancel' ? w.ngo : w.home,
        lines: action === 'approvePartially' ? [{ lineId: r.lines[0].id, approvedQuantity: 1 }] : undefined,
      };
      const result = await w.core.invoke('requests.act', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues).toEqual([{ path: ['comment'], message: 'A comment is required' }]);
    }
  });

  it('an organisation that is not a party is refused, naming both parties', async () => {
    const r = await requestIn(w, 'submitted');
    const result = await w.core.invoke('requests.act', {
      id: r.request.id,
      version: r.request.version,
      action: 'review',
      actingOrgId: w.ngo2,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^WFA is not a party to request REQ-2026-\d{5}: act for HHI \(requesting\) or TLB \(providing\)$/,
      );
  });

  it('partial approval approves less than asked; commitment and delivery stay within it; delivering it all fulfils', async () => {
    const r = await requestIn(w, 'partially_approved');
    expect(r.lines[0]).toMatchObject({ quantity: 2, approvedQuantity: 1 });
    const over = await w.core.invoke('requests.commit', {
      id: r.request.id,
      version: r.request.version,
      lines: [{ lineId: r.lines[0].id, quantity: 2 }],
    });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.message).toMatch(/Line 1: at most the 1 trucks approved can be committed/);
    const c = await w.call('requests.commit', {
      id: r.request.id,
      version: r.request.version,
      lines: [{ lineId: r.lines[0].id, quantity: 1 }],
    });
    const d = await w.call('requests.deliver', {
      id: r.request.id,
      version: c.request.version,
      lineId: r.lines[0].id,
      quantity: 1,
      link: 'storage',
      reference: 'Hangar 2 agreement',
    });
    expect(d.request.status).toBe('fulfilled');
    expect(d.fulfilments).toMatchObject([{ lineNo: 1, quantity: 1, link: 'storage', reference: 'Hangar 2 agreement' }]);
    expect(d.timeline.map((e) => e.action)).toEqual(['create', 'submit', 'review', 'approvePartially', 'commit', 'deliver']);
    expect(d.timeline.find((e) => e.action === 'approvePartially')).toMatchObject({ comment: 'One truck only', org: 'TLB' });
  });

  it('a stale version is refused and changes nothing', async () => {
    const r = await requestIn(w, 'submitted');
    const before = requestTables(w.core);
    const result = await w.core.invoke('requests.act', { id: r.request.id, version: r.request.version - 1, action: 'review' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('conflict');
    expect(requestTables(w.core)).toBe(before);
  });
});
