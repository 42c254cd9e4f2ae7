/* eslint-disable max-lines -- demo data: the request scenario (every state, both directions, timelines over weeks) reads as one story */
import type { OpInput } from '../../api/contract';
import type { RequestDetail } from '../../api/requests';
import type { ServiceContext } from '../core/context';

/**
 * Shared-resource requests in the demo, in every state and both directions, entered through the
 * request operations with the times they happened (occurredAt), so the timelines spread over six
 * weeks and the measures say something: NGOs asking the battalion for trucks, storage, fuel,
 * tents and an escort (each with its last-resort record), the battalion asking an NGO for local
 * knowledge and the UN hub for storage; a partial approval, commitments, partial and full deliveries.
 */

type Create = OpInput<'requests.create'>;
type Step =
  | { at: number; act: 'submit' | 'review' | 'approve' | 'close'; comment?: string }
  | { at: number; act: 'decline' | 'cancel'; comment: string }
  | { at: number; act: 'approvePartially'; comment: string; approved: number[] }
  | { at: number; act: 'commit'; quantities: number[]; from?: number; comment?: string }
  | { at: number; act: 'deliver'; line: number; quantity: number; reference: string; note?: string; link?: 'storage' | 'other' };

interface DemoRequest {
  from: string;
  to: string;
  /** Days before today the draft was written. */
  drafted: number;
  request: Omit<Create, 'requesterOrgId' | 'providerOrgId' | 'lines' | 'neededBy' | 'militaryStart' | 'militaryEnd' | 'escortEndDate'> & {
    neededBy: number;
    militaryDays?: [number, number];
    escortEnd?: number;
  };
  lines: (Omit<Create['lines'] extends (infer L)[] | undefined ? L : never, 'itemId'> & { item?: string })[];
  steps: Step[];
}

const LAST_RESORT = (tried: string, gap: string, why: string, exit: string) => ({
  civilianOptionsTried: tried,
  capabilityGap: gap,
  whyMilitaryUnique: why,
  exitPlan: exit,
});

const DEMO_REQUESTS: DemoRequest[] = [
  {
    from: 'HHI',
    to: 'NSLB',
    drafted: 41,
    request: {
      title: 'Trucks for food rations, Aster Falls → Tarvik',
      // HHI's own reference, as its request list carries it (a re-import of the list finds it).
      partnerReference: 'HHI-LOG-2026-031',
      type: 'transport',
      priority: 2,
      neededBy: -34,
      fromPlace: 'Aster Falls transit hub, bay 2',
      toPlace: 'HHI warehouse, Tarvik',
      justification: 'Monthly rations for 2,400 households; the commercial fleet is stuck behind the Aster landslide.',
      contact: 'Amina Diallo, HHI logistics, +999 21 400 112',
      ...LAST_RESORT(
        'AVTC and two Tarvik carriers asked on 12 and 14 of last month: no trucks able to use the bypass.',
        'Ten-tonne trucks with high clearance for the unpaved bypass.',
        'Only the battalion’s 6×6 trucks are cleared for the bypass until the landslide is removed.',
        'AVTC resumes the run once the road is cleared (council estimate: three weeks).',
      ),
      militaryDays: [-36, -33],
    },
    lines: [{ kind: 'capacity', description: 'Truck 10 t, 6×6', quantity: 2, unit: 'trucks', durationDays: 3 }],
    steps: [
      { at: 40, act: 'submit' },
      { at: 39, act: 'review' },
      { at: 38, act: 'approve', comment: 'Two trucks from the convoy troop' },
      { at: 37, act: 'commit', quantities: [2], from: -36 },
      { at: 33, act: 'deliver', line: 1, quantity: 2, reference: 'Convoy troop trip sheet TS-0412' },
      { at: 32, act: 'close', comment: 'Received in full, thank you' },
    ],
  },
  {
    from: 'VIRDA',
    to: 'NSLB',
    drafted: 22,
    request: {
      title: 'Diesel for the Tarvik water pumping station',
      type: 'fuel',
      priority: 1,
      neededBy: -10,
      fromPlace: 'FOB North fuel point',
      toPlace: 'Tarvik pumping station',
      justification: 'The pumps supply 18,000 people; the town’s fuel station has been dry for a week.',
      contact: 'Petar Ilic, VIRDA WASH, +999 21 555 019',
      ...LAST_RESORT(
        'Commercial suppliers in Aster Falls and the council’s reserve; both empty.',
        '5,000 L of diesel over two weeks.',
        'The battalion holds the only fuel stock in the district.',
        'The council’s supply contract restarts on the 1st.',
      ),
      militaryDays: [-18, -4],
    },
    lines: [{ kind: 'capacity', description: 'Diesel', quantity: 5000, unit: 'L', durationDays: 14 }],
    steps: [
      { at: 21, act: 'submit' },
      { at: 21, act: 'review' },
      { at: 19, act: 'approve' },
      { at: 19, act: 'commit', quantities: [5000], from: -18 },
      { at: 15, act: 'deliver', line: 1, quantity: 2000, reference: 'Fuel point log FP-2231', note: 'First of three deliveries' },
      { at: 8, act: 'deliver', line: 1, quantity: 1500, reference: 'Fuel point log FP-2260' },
    ],
  },
  {
    from: 'HHI',
    to: 'NSLB',
    drafted: 16,
    request: {
      title: 'Family tents for the Tarvik flood response',
      // HHI's own reference, as its request list carries it (a re-import of the list finds it).
      partnerReference: 'HHI-LOG-2026-047',
      type: 'items',
      priority: 1,
      neededBy: -6,
      toPlace: 'Tarvik distribution point',
      justification: '160 families without shelter after the river flooded the lower town.',
      ...LAST_RESORT(
        'HHI’s own pipeline (six weeks away) and UNHLS common stock (none left).',
        '100 family tents now.',
        'The battalion’s contingency stock at FOB North is the only stock in the sector.',
        'HHI replaces the tents from its pipeline when it arrives.',
      ),
      militaryDays: [-12, -5],
    },
    lines: [{ kind: 'item', item: 'SH-TNT-16', quantity: 100, unit: 'each' }],
    steps: [
      { at: 15, act: 'submit' },
      { at: 14, act: 'review' },
      { at: 12, act: 'approvePartially', comment: '60 tents: 40 stay in the contingency stock for the sector', approved: [60] },
      { at: 11, act: 'commit', quantities: [60], from: -10 },
    ],
  },
  {
    from: 'WWB',
    to: 'NSLB',
    drafted: 14,
    request: {
      title: 'Escort for water trucking to Kell villages',
      type: 'escort',
      priority: 2,
      neededBy: -7,
      fromPlace: 'Tarvik',
      toPlace: 'Kell, upper valley villages',
      justification: 'Water trucking to 3,000 people cut off from their wells.',
      ...LAST_RESORT(
        'Community acceptance negotiated by WWB; local authorities could not guarantee passage.',
        'Safe passage through the Kell gorge.',
        'Only the mission can provide an armed escort.',
        'Escorts stop once the gorge checkpoint is handed to the district police.',
      ),
      militaryDays: [-7, 14],
      escortNeed: 'Life-saving: no other water source for the upper valley villages.',
      escortAuthorities: 'Tarvik District Council; UN security focal point.',
      escortSafety: 'Two incidents on the gorge road in the past month.',
      escortSustainability: 'Weekly runs, reviewed each week; WWB drills a borehole in Kell.',
      escortEnd: 14,
    },
    lines: [{ kind: 'capacity', description: 'Escort vehicle with crew', quantity: 2, unit: 'vehicles', durationDays: 21 }],
    steps: [
      { at: 13, act: 'submit' },
      { at: 12, act: 'review' },
      { at: 10, act: 'decline', comment: 'The gorge road was assessed as permissive; the UN security focal point advises no escort.' },
    ],
  },
  {
    from: 'HHI',
    to: 'NSLB',
    drafted: 5,
    request: {
      title: 'Covered storage at FOB North for seed stock',
      type: 'storage',
      priority: 3,
      neededBy: 10,
      toPlace: 'FOB North warehouse',
      justification: 'Seed for the planting season must stay dry until distribution.',
      ...LAST_RESORT(
        'UNHLS Aster Falls hub (full) and Tarvik market warehouses (no roof repairs yet).',
        '40 m³ of covered storage for three weeks.',
        'FOB North has the only dry covered space in the district this month.',
        'Tarvik warehouses are repaired by the end of the month.',
      ),
      militaryDays: [8, 29],
    },
    lines: [{ kind: 'capacity', description: 'Covered storage', quantity: 40, unit: 'm³', durationDays: 21 }],
    steps: [
      { at: 4, act: 'submit' },
      { at: 2, act: 'review' },
    ],
  },
  {
    from: 'NSLB',
    to: 'HHI',
    drafted: 4,
    request: {
      title: 'Road and market conditions, Tarvik – Kell',
      type: 'other',
      priority: 3,
      neededBy: 7,
      justification: 'Planning the resupply convoys of the engineer company in the upper valley.',
      askedKnowledge: 'Which roads to Kell are passable for 10 t trucks, and market prices of fuel and flour in Kell.',
      askedWhy: 'To route the engineer convoys without taking the villages’ fuel.',
    },
    lines: [{ kind: 'capacity', description: 'Briefing by HHI field team', quantity: 1, unit: 'briefing' }],
    steps: [{ at: 3, act: 'submit' }],
  },
  {
    from: 'NSLB',
    to: 'UNHLS',
    drafted: 30,
    request: {
      title: 'Storage at the Aster Falls hub for engineer stores',
      type: 'storage',
      priority: 3,
      neededBy: -20,
      toPlace: 'Aster Falls transit hub',
      justification: 'Bridging material waiting for the Aster crossing repair.',
      askedKnowledge: '20 m³ of storage at the hub for two weeks.',
      askedWhy: 'FOB North is full with the flood response stock.',
    },
    lines: [{ kind: 'capacity', description: 'Open storage, fenced', quantity: 20, unit: 'm³', durationDays: 14 }],
    steps: [
      { at: 29, act: 'submit' },
      { at: 28, act: 'review' },
      { at: 26, act: 'approve' },
      { at: 26, act: 'commit', quantities: [20], from: -24 },
      { at: 24, act: 'deliver', line: 1, quantity: 20, reference: 'Hub storage agreement ASF-26-031', link: 'storage' },
    ],
  },
  {
    from: 'TDC',
    to: 'NSLB',
    drafted: 3,
    request: {
      title: 'Generator for the Tarvik clinic',
      type: 'equipment',
      priority: 2,
      neededBy: 5,
      justification: 'The clinic’s generator failed; vaccines need power for the fridges.',
      ...LAST_RESORT(
        'Rental in Aster Falls (none available) and UNHLS (none in stock).',
        'A 20 kVA generator for two weeks.',
        'The battalion holds the district’s only spare generators.',
        'The clinic’s new generator arrives in two weeks.',
      ),
      militaryDays: [1, 15],
    },
    lines: [{ kind: 'capacity', description: 'Generator 20 kVA', quantity: 1, unit: 'generator', durationDays: 14 }],
    steps: [
      { at: 2, act: 'submit' },
      { at: 2, act: 'review' },
      { at: 1, act: 'approve', comment: 'From the engineer company’s spares' },
    ],
  },
  {
    from: 'AHAO',
    to: 'NSLB',
    drafted: 20,
    request: {
      title: 'Airlift of donor assessment team',
      type: 'transport',
      priority: 3,
      neededBy: -12,
      justification: 'Assessment of the flood response for the donor.',
      ...LAST_RESORT('Commercial charter', 'A helicopter seat for four', 'No civilian flights', 'Road travel once cleared'),
      militaryDays: [-12, -11],
    },
    lines: [{ kind: 'capacity', description: 'Helicopter seat', quantity: 4, unit: 'seats' }],
    steps: [
      { at: 19, act: 'submit' },
      { at: 17, act: 'cancel', comment: 'The road reopened; the team travels with UNHLS' },
    ],
  },
  {
    from: 'UNHLS',
    to: 'NSLB',
    drafted: 1,
    request: {
      title: 'Forklift at the Aster Falls hub',
      type: 'equipment',
      priority: 3,
      neededBy: 12,
      justification: 'Unloading the seed pipeline.',
    },
    lines: [{ kind: 'capacity', description: 'Forklift 3 t with driver', quantity: 1, unit: 'forklift', durationDays: 5 }],
    steps: [],
  },
];

export async function loadDemoRequests(ctx: ServiceContext, orgIds: Map<string, string>, itemIds: Map<string, string>): Promise<void> {
  const existing = await ctx.call('requests.list', { limit: 1 });
  if (existing.total > 0) return;
  const now = Date.parse(ctx.now());
  // A fixed time of day some days back, never later than now.
  const at = (daysAgo: number, hour = 9) => {
    const d = new Date(now - daysAgo * 86_400_000);
    d.setUTCHours(hour, 0, 0, 0);
    return new Date(Math.min(d.getTime(), now)).toISOString();
  };
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  const id = (map: Map<string, string>, key: string) => {
    const v = map.get(key);
    if (!v) throw new Error(`Demo requests refer to an unknown record ${key}`);
    return v;
  };
  for (const demo of DEMO_REQUESTS) {
    const requester = id(orgIds, demo.from);
    const provider = id(orgIds, demo.to);
    const { neededBy, militaryDays, escortEnd, ...header } = demo.request;
    let r: RequestDetail = await ctx.call('requests.create', {
      ...header,
      requesterOrgId: requester,
      providerOrgId: provider,
      actingOrgId: requester,
      neededBy: day(neededBy),
      militaryStart: militaryDays ? day(militaryDays[0]) : undefined,
      militaryEnd: militaryDays ? day(militaryDays[1]) : undefined,
      escortEndDate: escortEnd != null ? day(escortEnd) : undefined,
      occurredAt: at(demo.drafted, 8),
      lines: demo.lines.map(({ item, ...l }) => ({ ...l, itemId: item ? id(itemIds, item) : undefined })),
    });
    let hour = 10;
    for (const s of demo.steps) {
      const base = { id: r.request.id, version: r.request.version, occurredAt: at(s.at, hour++) };
      const side = ['submit', 'cancel', 'close'].includes(s.act) ? requester : provider;
      if (s.act === 'commit')
        r = await ctx.call('requests.commit', {
          ...base,
          actingOrgId: side,
          comment: s.comment,
          lines: r.lines.map((l, i) => ({
            lineId: l.id,
            quantity: s.quantities[i],
            availableFrom: s.from != null ? day(s.from) : undefined,
          })),
        });
      else if (s.act === 'deliver')
        r = await ctx.call('requests.deliver', {
          ...base,
          actingOrgId: side,
          lineId: r.lines[s.line - 1].id,
          quantity: s.quantity,
          link: s.link ?? 'other',
          reference: s.reference,
          note: s.note,
          deliveredOn: base.occurredAt.slice(0, 10),
        });
      else
        r = await ctx.call('requests.act', {
          ...base,
          actingOrgId: side,
          action: s.act,
          comment: 'comment' in s ? s.comment : undefined,
          lines: s.act === 'approvePartially' ? r.lines.map((l, i) => ({ lineId: l.id, approvedQuantity: s.approved[i] })) : undefined,
        });
    }
  }
}

/**
 * A partial fulfilment going on by convoy: of the diesel for the Tarvik pumps (3,500 of 5,000 L
 * delivered), the remaining 1,500 L are linked to the planned convoy; they count as delivered
 * when it arrives. Run after the demo convoys; skipped when there is no planned convoy.
 */
export async function linkDemoRequestsToConvoys(ctx: ServiceContext): Promise<void> {
  const [diesel] = (await ctx.call('requests.list', { search: 'Diesel for the Tarvik', limit: 1 })).rows;
  const planned = (await ctx.call('convoys.list', { status: 'planning' }))[0];
  if (!diesel || !planned || diesel.status !== 'in_progress') return;
  const r = await ctx.call('requests.get', { id: diesel.id });
  if (r.convoyLinks.length > 0) return;
  const line = r.lines[0];
  await ctx.call('requests.linkConvoy', {
    id: r.request.id,
    version: r.request.version,
    lineId: line.id,
    convoyId: planned.id,
    quantity: (line.approvedQuantity ?? 0) - line.deliveredQuantity,
    actingOrgId: r.request.providerOrgId,
  });
}
