import type { ConvoyDetail, OriginLot } from '../../api/convoys';
import type { ServiceContext } from '../core/context';
import { dayOffset } from './ensure';

/**
 * Convoys for the demo mission, written through the convoy operations: five vehicles; a closed
 * convoy from the Astara hub to HHI's Tarvik warehouse and a village school, received with a
 * shortage and a damaged line; one in transit to FOB-N under escort with an acknowledged movement
 * notification; one still being planned whose light truck is loaded close to its payload and whose
 * notification is not yet submitted for a departure 30 hours away.
 */
export async function loadDemoConvoys(ctx: ServiceContext, orgIds: Map<string, string>, siteIds: Map<string, string>): Promise<void> {
  if ((await ctx.call('convoys.list', {})).length > 0) return; // already loaded (or the user has convoys of their own)
  const org = (k: string) => orgIds.get(k)!;
  const site = (k: string) => siteIds.get(k)!;
  const now = ctx.now();
  const day = (offset: number) => dayOffset(now, offset);
  const hoursFromNow = (h: number) => new Date(Date.parse(now) + h * 3_600_000).toISOString().slice(0, 16) + 'Z';

  const existing = await ctx.call('vehicles.list', {});
  const wanted = [
    {
      plate: 'AVTC-118',
      kind: 'truck',
      ownerOrgId: org('AVTC'),
      payloadKg: 12000,
      cargoVolumeM3: 45,
      driverName: 'Petar Ilić',
      driverPhone: '+381 60 411 2210',
      driverLicence: 'VR-C-88121',
    },
    {
      plate: 'AVTC-203',
      kind: 'truck',
      ownerOrgId: org('AVTC'),
      payloadKg: 10000,
      cargoVolumeM3: 40,
      driverName: 'Miloš Đorđević',
      driverPhone: '+381 60 411 2244',
      driverLicence: 'VR-C-90417',
    },
    {
      plate: 'UNHLS-R07',
      kind: 'refrigerated_truck',
      ownerOrgId: org('UNHLS'),
      payloadKg: 4000,
      cargoVolumeM3: 18,
      refrigerated: true,
      driverName: 'Amina Kovač',
      driverPhone: '+381 60 520 0107',
    },
    {
      plate: 'UNHLS-L14',
      kind: 'light_truck',
      ownerOrgId: org('UNHLS'),
      payloadKg: 3500,
      cargoVolumeM3: 16,
      driverName: 'Jonas Berg',
      driverPhone: '+381 60 520 0114',
    },
    { plate: 'HHI-P02', kind: 'pickup', ownerOrgId: org('HHI'), payloadKg: 1000, cargoVolumeM3: 3.5, driverName: 'Sara Hodžić' },
  ] as const;
  const missing = wanted.filter((w) => !existing.some((e) => e.plate === w.plate));
  const saved = missing.length > 0 ? await ctx.call('vehicles.save', { rows: missing.map((w) => ({ ...w })) }) : [];
  const vehicle = (plate: string) => [...existing, ...saved].find((v) => v.plate === plate)!.id;

  /** The origin's lots of these items (the lot picker's query), as a user picking them would see them. */
  const lotsAt = (convoyId: string, itemCodes: string[]) => ctx.call('convoys.originLots', { convoyId, itemCodes });
  /** The FEFO-first lot of an item at the convoy's origin, and how much of it there is. */
  const lotOf = (stock: OriginLot[], itemCode: string) => stock.find((l) => l.itemCode === itemCode && l.fefoFirst);
  const move = async (c: ConvoyDetail, action: 'startLoading' | 'clear' | 'depart' | 'arrive' | 'close', at?: string, comment?: string) =>
    ctx.call('convoys.act', { id: c.id, version: (await ctx.call('convoys.get', { id: c.id })).version, action, at, comment });

  // 1. Closed: Astara hub → HHI Tarvik and Kelun school, four days ago; blankets short, tarpaulins damaged.
  const closed = await ctx.call('convoys.create', {
    originSiteId: site('TH-AST'),
    plannedDeparture: `${day(-4)}T06:00Z`,
    route: 'MSR Blue: Astara – Tarvik bridge – Kelun',
    stops: [{ siteId: site('HHI-TRV') }, { placeName: 'Kelun primary school' }],
    vehicleIds: [vehicle('AVTC-118')],
    notes: 'Winterisation round 2',
  });
  const closedLines0 = [
    { code: 'NFI-BLK-FL', qty: 60, stop: 0, consignee: 'HHI', hu: 'bales' },
    { code: 'SH-TRP-46', qty: 40, stop: 0, consignee: 'HHI', hu: 'bales' },
    { code: 'FD-HEB-100', qty: 20, stop: 1, consignee: 'VIRDA', hu: 'cartons' },
  ];
  let stock = await lotsAt(
    closed.id,
    closedLines0.map((l) => l.code),
  );
  const closedLines = closedLines0.filter((l) => lotOf(stock, l.code));
  const m1 = await ctx.call('convoys.manifest.save', {
    convoyId: closed.id,
    rows: closedLines.map((l) => ({
      vehicleId: vehicle('AVTC-118'),
      lotId: lotOf(stock, l.code)!.lotId,
      consigneeOrgId: org(l.consignee),
      stopId: closed.stops[l.stop].id,
      quantity: Math.min(l.qty, lotOf(stock, l.code)!.available),
      handlingUnitType: l.hu,
    })),
  });
  await move(closed, 'startLoading', `${day(-5)}T14:00Z`);
  await move(closed, 'clear', `${day(-4)}T05:30Z`);
  await move(closed, 'depart', `${day(-4)}T06:10Z`);
  for (const [i, stop] of closed.stops.entries()) {
    const lines = m1.lines.filter((l) => l.stopId === stop.id);
    if (lines.length === 0) continue;
    await ctx.call('convoys.receiveStop', {
      convoyId: closed.id,
      stopId: stop.id,
      at: `${day(-4)}T${i === 0 ? '11' : '14'}:00Z`,
      notes: i === 0 ? 'Two tarpaulin bales torn by the load straps; five blankets missing from a broken bale' : undefined,
      lines: lines.map((l) => {
        const item = l.lotId ? m1.items[m1.lots[l.lotId].itemId].code : null;
        if (item === 'NFI-BLK-FL') return { lineId: l.id, good: l.quantity - 5, damaged: 0 };
        if (item === 'SH-TRP-46') return { lineId: l.id, good: l.quantity - 2, damaged: 2 };
        return { lineId: l.id, good: l.quantity, damaged: 0 };
      }),
    });
  }
  await move(closed, 'arrive', `${day(-4)}T15:00Z`);
  await move(closed, 'close', `${day(-3)}T09:00Z`, 'Loss report filed with AVTC');

  // 2. In transit: Astara hub → FOB-N under escort, notification acknowledged.
  const transit = await ctx.call('convoys.create', {
    originSiteId: site('TH-AST'),
    plannedDeparture: hoursFromNow(-3),
    plannedArrival: hoursFromNow(2),
    movementNumber: 'MOVCON-N-2611-044',
    route: 'MSR Red via checkpoint Echo-2',
    escortNeeded: true,
    escortUnit: '2nd Logistics Battalion, QRF platoon',
    escortComposition: '2 armoured vehicles, 1 medical vehicle',
    stops: [{ siteId: site('FOB-N') }],
    vehicleIds: [vehicle('AVTC-203')],
  });
  await ctx.call('convoys.notification', { id: transit.id, version: transit.version, status: 'acknowledged' });
  stock = await lotsAt(transit.id, ['FD-WFL-25', 'NFI-BLK-FL']);
  const transitLots = ['FD-WFL-25', 'NFI-BLK-FL'].map((c) => lotOf(stock, c)).filter((l): l is OriginLot => Boolean(l));
  await ctx.call('convoys.manifest.save', {
    convoyId: transit.id,
    rows: transitLots.map((l) => ({
      vehicleId: vehicle('AVTC-203'),
      lotId: l.lotId,
      consigneeOrgId: org('L2H-N'),
      stopId: transit.stops[0].id,
      quantity: Math.min(40, l.available),
      handlingUnitType: l.itemCode === 'FD-WFL-25' ? 'bags' : 'bales',
    })),
  });
  await move(transit, 'startLoading');
  await move(transit, 'clear');
  await move(transit, 'depart');

  // 3. Planning: the light truck loaded to about 93% of its payload; departure in 30 h, notification not submitted.
  const planning = await ctx.call('convoys.create', {
    originSiteId: site('TH-AST'),
    plannedDeparture: hoursFromNow(30),
    route: 'Astara – Kelun distribution point',
    stops: [{ siteId: site('DP-KLN') }],
    vehicleIds: [vehicle('UNHLS-L14'), vehicle('UNHLS-R07')],
  });
  await ctx.call('convoys.notification', { id: planning.id, version: planning.version, status: 'not_submitted' });
  stock = await lotsAt(planning.id, ['FD-WFL-25']);
  const flour = lotOf(stock, 'FD-WFL-25');
  if (flour) {
    const first = await ctx.call('convoys.manifest.save', {
      convoyId: planning.id,
      rows: [
        {
          vehicleId: vehicle('UNHLS-L14'),
          lotId: flour.lotId,
          consigneeOrgId: org('VIRDA'),
          stopId: planning.stops[0].id,
          quantity: 1,
          handlingUnitType: 'bags',
        },
      ],
    });
    const perUnit = first.lines[0].weightKg ?? 25;
    const quantity = Math.max(1, Math.min(flour.available, Math.floor((3500 * 0.93) / perUnit)));
    await ctx.call('convoys.manifest.save', {
      convoyId: planning.id,
      rows: [{ id: first.lines[0].id, version: first.lines[0].version, quantity, handlingUnits: quantity }],
    });
  }
}
