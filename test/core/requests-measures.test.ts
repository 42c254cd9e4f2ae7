import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpInput } from '../../electron/api/contract';
import type { RequestDetail, RequestMeasures } from '../../electron/api/requests';
import { OPEN_REQUEST_STATUSES } from '../../electron/api/vocabularies';
import { durations } from '../../electron/services/requests/measures';
import { requestWorld, transportRequest, type RequestWorld } from './requests-fixture';

/**
 * The measures, exact on a pinned clock (2026-06-15 09:00 UTC) with known timelines entered as
 * they happened (occurredAt):
 *   A  HHI, priority 2: submitted 1 May 10:00, approved 3 May 10:00 (2 days), fulfilled 8 May 10:00 (7 days)
 *   B  HHI, priority 3: submitted 10 May 10:00, declined 11 May 10:00 (1 day)
 *   C  WFA, priority 2: submitted 1 June 10:00, approved in part 5 June 10:00 (4 days), still in progress
 *   D  HHI, priority 1: submitted 10 June 10:00, not decided
 *   E  HHI, priority 1: a draft
 */

let w: RequestWorld;
let r: Record<'A' | 'B' | 'C' | 'D' | 'E', RequestDetail>;

async function step<K extends 'requests.act' | 'requests.commit' | 'requests.deliver'>(
  d: RequestDetail,
  name: K,
  input: Omit<OpInput<K>, 'id' | 'version'>,
): Promise<RequestDetail> {
  return (await w.call(name, { id: d.request.id, version: d.request.version, ...input } as OpInput<K>)) as RequestDetail;
}
const submitted = async (requester: string, priority: 1 | 2 | 3, at: string) => {
  const d = await w.call(
    'requests.create',
    transportRequest(w, { requesterOrgId: requester, actingOrgId: requester, priority, occurredAt: at }),
  );
  return step(d, 'requests.act', { action: 'submit', actingOrgId: requester, occurredAt: at });
};

beforeAll(async () => {
  w = await requestWorld('2026-06-15T09:00:00.000Z');
  let A = await submitted(w.ngo, 2, '2026-05-01T10:00:00Z');
  A = await step(A, 'requests.act', { action: 'review', occurredAt: '2026-05-02T10:00:00Z' });
  A = await step(A, 'requests.act', { action: 'approve', occurredAt: '2026-05-03T10:00:00Z' });
  A = await step(A, 'requests.commit', { lines: [{ lineId: A.lines[0].id, quantity: 2 }], occurredAt: '2026-05-04T10:00:00Z' });
  A = await step(A, 'requests.deliver', {
    lineId: A.lines[0].id,
    quantity: 2,
    link: 'other',
    reference: 'Trip 1',
    occurredAt: '2026-05-08T10:00:00Z',
  });
  let B = await submitted(w.ngo, 3, '2026-05-10T10:00:00Z');
  B = await step(B, 'requests.act', { action: 'review', occurredAt: '2026-05-10T12:00:00Z' });
  B = await step(B, 'requests.act', { action: 'decline', comment: 'No trucks', occurredAt: '2026-05-11T10:00:00Z' });
  let C = await submitted(w.ngo2, 2, '2026-06-01T10:00:00Z');
  C = await step(C, 'requests.act', { action: 'review', occurredAt: '2026-06-02T10:00:00Z' });
  C = await step(C, 'requests.act', {
    action: 'approvePartially',
    comment: 'One truck',
    lines: [{ lineId: C.lines[0].id, approvedQuantity: 1 }],
    occurredAt: '2026-06-05T10:00:00Z',
  });
  C = await step(C, 'requests.commit', { lines: [{ lineId: C.lines[0].id, quantity: 1 }], occurredAt: '2026-06-06T10:00:00Z' });
  const D = await submitted(w.ngo, 1, '2026-06-10T10:00:00Z');
  const E = await w.call('requests.create', transportRequest(w, { priority: 1 }));
  r = { A, B, C, D, E };
});
afterAll(() => w?.cleanup());

describe('request measures', () => {
  it('overall, for all time: durations, fulfilment rate, declined, open by priority and age', async () => {
    expect(r.A.request.status).toBe('fulfilled');
    expect(r.C.request.status).toBe('in_progress');
    const m: RequestMeasures = await w.call('requests.measures', {});
    expect(m.asOf).toBe('2026-06-15T09:00:00.000Z');
    expect(m.overall).toEqual({
      submitted: 4,
      toDecision: { count: 3, medianDays: 2, p90Days: 4 },
      toFulfilment: { count: 1, medianDays: 7, p90Days: 7 },
      fulfilmentRate: 0.5,
      declined: 1,
      cancelled: 0,
      openByPriority: { 1: 2, 2: 1, 3: 0 },
      openByAge: { notSubmitted: 1, under7: 1, from7to30: 1, over30: 0 },
    });
  });

  it('for May only (the period filters submissions; what is open now stays)', async () => {
    const m = await w.call('requests.measures', { from: '2026-05-01', to: '2026-05-31' });
    expect(m.overall).toMatchObject({
      submitted: 2,
      toDecision: { count: 2, medianDays: 1.5, p90Days: 2 },
      toFulfilment: { count: 1, medianDays: 7, p90Days: 7 },
      fulfilmentRate: 1,
      declined: 1,
      openByPriority: { 1: 2, 2: 1, 3: 0 },
    });
  });

  it('per partner: each organisation other than this installation’s', async () => {
    const m = await w.call('requests.measures', {});
    expect(m.byPartner.map((p) => [p.org, p.submitted, p.toDecision.medianDays, p.fulfilmentRate])).toEqual([
      ['HHI', 3, 1.5, 1],
      ['WFA', 1, 4, 0],
    ]);
  });

  it('a period that ends before it starts is refused', async () => {
    const result = await w.core.invoke('requests.measures', { from: '2026-06-01', to: '2026-05-01' });
    expect(result.ok).toBe(false);
  });

  it('median and 90th percentile (nearest rank) on known lists', () => {
    expect(durations([])).toEqual({ count: 0, medianDays: null, p90Days: null });
    expect(durations([5])).toEqual({ count: 1, medianDays: 5, p90Days: 5 });
    expect(durations([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ count: 10, medianDays: 5.5, p90Days: 9 });
    expect(durations([10, 1, 2])).toEqual({ count: 3, medianDays: 2, p90Days: 10 });
  });

  it('the register filters by status, priority, organisation, direction, age and overdue', async () => {
    const numbers = async (input: OpInput<'requests.list'>) => (await w.call('requests.list', input)).rows.map((x) => x.number).sort();
    const n = (d: RequestDetail) => d.request.number;
    expect(await numbers({ status: ['in_progress', 'submitted'] })).toEqual([n(r.C), n(r.D)].sort());
    expect(await numbers({ priority: [1] })).toEqual([n(r.D), n(r.E)].sort());
    expect(await numbers({ orgId: w.ngo2 })).toEqual([n(r.C)]);
    expect(await numbers({ direction: 'from_military' })).toEqual([]);
    expect((await numbers({ direction: 'to_military' })).length).toBe(5);
    expect(await numbers({ olderThanDays: 14 })).toEqual([n(r.A), n(r.B), n(r.C)].sort());
    const page = await w.call('requests.list', { sort: [{ colId: 'priority', sort: 'asc' }], limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((x) => x.priority)).toEqual([1, 1]);
    expect(page.rows.every((x) => x.overdue === false)).toBe(true);
  });

  it('each figure opens the register filtered to the requests it counts (period, partner, stage, priority, age)', async () => {
    const total = async (input: OpInput<'requests.list'>) => (await w.call('requests.list', input)).total;
    const OPEN = OPEN_REQUEST_STATUSES; // drafts count as open in the measures
    for (const [period, orgId] of [
      [{}, undefined],
      [{ from: '2026-05-01', to: '2026-05-31' }, undefined],
      [{ from: '2026-05-10', to: '2026-06-10' }, w.ngo],
      [{}, w.ngo2],
    ] as const) {
      const m = await w.call('requests.measures', period);
      const set = orgId ? m.byPartner.find((p) => p.orgId === orgId)! : m.overall;
      const within = { submittedFrom: m.from ?? undefined, submittedTo: m.to ?? undefined, orgId };
      expect(await total({ ...within, reached: 'submission' })).toBe(set.submitted);
      expect(await total({ ...within, reached: 'decision' })).toBe(set.toDecision.count);
      expect(await total({ ...within, reached: 'fulfilment' })).toBe(set.toFulfilment.count);
      expect(await total({ ...within, reached: 'declined' })).toBe(set.declined);
      expect(await total({ ...within, status: ['cancelled'] })).toBe(set.cancelled);
      for (const p of [1, 2, 3] as const) expect(await total({ orgId, status: [...OPEN], priority: [p] })).toBe(set.openByPriority[p]);
      expect(await total({ orgId, status: [...OPEN], youngerThanDays: 7 })).toBe(set.openByAge.under7);
      expect(await total({ orgId, status: [...OPEN], olderThanDays: 7, youngerThanDays: 31 })).toBe(set.openByAge.from7to30);
      expect(await total({ orgId, status: [...OPEN], olderThanDays: 31 })).toBe(set.openByAge.over30);
    }
    // The last day of the period counts whole (submitted 10 June 10:00 is inside "until 10 June").
    expect(await total({ submittedFrom: '2026-06-10', submittedTo: '2026-06-10' })).toBe(1);
    expect(await total({ submittedFrom: '2026-05-01', submittedTo: '2026-05-31', reached: 'approved' })).toBe(1);
  });
});
