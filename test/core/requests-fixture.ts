import type { OpInput } from '../../electron/api/contract';
import type { RequestDetail } from '../../electron/api/requests';
import type { RequestStatus } from '../../electron/api/vocabularies';
import type { LocalCore } from '../../electron/services/core/create';
import { openTestCore, type TestCore } from '../helpers/core';

/**
 * A small world for the request tests on a real SQLite file: this installation's military unit
 * (TLB, the home organisation), an NGO (HHI), a second NGO and an item; requests brought into
 * any state through the real operations.
 */
export interface RequestWorld extends TestCore {
  home: string;
  ngo: string;
  ngo2: string;
  tent: string;
  call: LocalCore['call'];
}

export async function requestWorld(now = '2026-06-15T09:00:00.000Z'): Promise<RequestWorld> {
  const t = await openTestCore({ now: () => now });
  const call = t.core.call.bind(t.core) as RequestWorld['call'];
  const home = (t.core.sqlite.prepare("SELECT value FROM settings WHERE key = 'home_organisation_id'").get() as { value: string }).value;
  const [ngo, ngo2] = await t.core.call('organisations.save', {
    rows: [
      { name: 'Helping Hands International', shortName: 'HHI', kind: 'ngo' },
      { name: 'Water for All', shortName: 'WFA', kind: 'ngo' },
    ],
  });
  const [tent] = await t.core.call('items.save', {
    rows: [{ code: 'TENT-F', name: 'Family tent', category: 'shelter', baseUnit: 'each' }],
  });
  return { ...t, call, home, ngo: ngo.id, ngo2: ngo2.id, tent: tent.id };
}

/** The last-resort record an NGO gives when asking a military unit. */
export const LAST_RESORT = {
  civilianOptionsTried: 'Two commercial carriers refused the route',
  capabilityGap: 'No civilian trucks able to cross the Tarvik bridge',
  whyMilitaryUnique: 'Only military trucks are allowed across the bridge',
  militaryStart: '2026-06-20',
  militaryEnd: '2026-06-25',
  exitPlan: 'Commercial carriers once the bridge reopens',
} as const;

/** An NGO's transport request to the home military unit: one capacity line of 2 trucks. */
export function transportRequest(w: RequestWorld, extra: Partial<OpInput<'requests.create'>> = {}): OpInput<'requests.create'> {
  return {
    requesterOrgId: w.ngo,
    providerOrgId: w.home,
    actingOrgId: w.ngo,
    title: 'Trucks for shelter kits to Tarvik',
    type: 'transport',
    priority: 2,
    neededBy: '2026-06-30',
    fromPlace: 'Port of Varna, warehouse 3',
    toPlace: 'Tarvik distribution point',
    justification: 'Shelter for 400 displaced families before the rains',
    ...LAST_RESORT,
    lines: [{ kind: 'capacity', description: 'Truck 10 t', quantity: 2, unit: 'trucks', durationDays: 3 }],
    ...extra,
  };
}

/** The steps from a new draft to each state (the provider acts as the home organisation, the default). */
export async function requestIn(w: RequestWorld, state: RequestStatus): Promise<RequestDetail> {
  let r: RequestDetail = await w.call('requests.create', transportRequest(w));
  const step = async <K extends 'requests.act' | 'requests.commit' | 'requests.deliver'>(
    name: K,
    input: Omit<OpInput<K>, 'id' | 'version'>,
  ) => {
    r = (await w.call(name, { id: r.request.id, version: r.request.version, ...input } as OpInput<K>)) as RequestDetail;
  };
  const line = () => r.lines[0].id;
  if (state === 'draft') return r;
  await step('requests.act', { action: 'submit', actingOrgId: w.ngo });
  if (state === 'submitted') return r;
  if (state === 'cancelled') {
    await step('requests.act', { action: 'cancel', actingOrgId: w.ngo, comment: 'No longer needed' });
    return r;
  }
  await step('requests.act', { action: 'review' });
  if (state === 'under_review') return r;
  if (state === 'declined' || state === 'closed') {
    await step('requests.act', { action: 'decline', comment: 'No trucks free that week' });
    if (state === 'closed') await step('requests.act', { action: 'close', actingOrgId: w.ngo });
    return r;
  }
  if (state === 'partially_approved') {
    await step('requests.act', { action: 'approvePartially', comment: 'One truck only', lines: [{ lineId: line(), approvedQuantity: 1 }] });
    return r;
  }
  await step('requests.act', { action: 'approve' });
  if (state === 'approved') return r;
  await step('requests.commit', { lines: [{ lineId: line(), quantity: 2, availableFrom: '2026-06-20' }] });
  if (state === 'in_progress') return r;
  await step('requests.deliver', { lineId: line(), quantity: 2, link: 'other', reference: 'Trip sheet 12' });
  return r;
}
