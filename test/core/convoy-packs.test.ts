import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * Manifest quantities in packs (issue 13 point 3), on real SQLite: the same rule as stock document
 * lines (count × the item's pack size), weight from the resulting base quantity, a base quantity
 * typed alone going back to base units, and refusals that name the pack and the item.
 */

let w: StockWorld;
let convoyId: string;
let lotId: string;
let stopId: string;
let truck: string;

beforeEach(async () => {
  w = await stockWorld();
  const rice = (await w.call('items.list', {})).find((i) => i.code === 'RICE-25')!;
  await w.call('items.save', { rows: [{ ...rice, packSizes: 'pallet=40', unitWeightKg: 25, unitVolumeM3: 0.04 }] });
  truck = (await w.call('vehicles.save', { rows: [{ plate: 'UN-1', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40 }] }))[0].id;
  const grn = await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 400 },
  ]);
  lotId = grn.lines[0].lotId!;
  const c = await w.call('convoys.create', { originSiteId: w.site.fob, stops: [{ siteId: w.site.wh }], vehicleIds: [truck] });
  convoyId = c.id;
  stopId = c.stops[0].id;
});
afterEach(() => w.t.cleanup());

const refusal = (rows: unknown[]) =>
  w.t.core.invoke('convoys.manifest.save', { convoyId, rows } as never).then((r) => {
    if (r.ok) throw new Error('saved');
    return r.error;
  });

describe('manifest quantities in packs', () => {
  it('takes a count of pallets as 40 base units each, weighs the result, and goes back to base units when a quantity is typed', async () => {
    const first = await w.call('convoys.manifest.save', {
      convoyId,
      rows: [{ vehicleId: truck, lotId, consigneeOrgId: w.org.wfp, stopId, packName: 'Pallet', packCount: 2 }],
    });
    const line = first.lines[0];
    expect(line).toMatchObject({ quantity: 80, packName: 'pallet', packCount: 2, weightKg: 2000 });
    expect(first.loads[0].weightKg).toBe(2000);

    const three = await w.call('convoys.manifest.save', { convoyId, rows: [{ id: line.id, version: line.version, packCount: 3 }] });
    expect(three.lines[0]).toMatchObject({ quantity: 120, packName: 'pallet', packCount: 3, weightKg: 3000 });

    const base = await w.call('convoys.manifest.save', {
      convoyId,
      rows: [{ id: line.id, version: three.lines[0].version, quantity: 50 }],
    });
    expect(base.lines[0]).toMatchObject({ quantity: 50, packName: null, packCount: null, weightKg: 1250 });

    const manifest = await w.call('convoys.manifest.get', { convoyId });
    expect(manifest.lines[0]).toMatchObject({ quantity: 50, packName: null });
    // The line's lot and item (with the packs the grid offers) come once beside the lines, in the manifest and in each save's answer.
    expect(manifest.lots).toEqual({ [lotId]: { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp } });
    expect(manifest.items).toEqual({
      [w.item.rice]: {
        code: 'RICE-25',
        name: 'Rice 25 kg bag',
        baseUnit: 'each',
        dgClass: null,
        unNumber: null,
        packSizes: [{ name: 'pallet', quantity: 40 }],
      },
    });
    expect(base.items).toEqual(manifest.items);
    expect(manifest.lines[0]).not.toHaveProperty('itemCode');
  });

  it('refuses an unknown pack, packs that disagree with the quantity, packs without a lot, and more pallets than the origin holds', async () => {
    const unknown = await refusal([{ vehicleId: truck, lotId, consigneeOrgId: w.org.wfp, stopId, packName: 'crate', packCount: 1 }]);
    expect(unknown.issues).toEqual([{ path: ['rows', 0, 'packName'], message: 'RICE-25 has no pack "crate"; its packs are pallet=40' }]);
    const disagree = await refusal([{ lotId, packName: 'pallet', packCount: 2, quantity: 70 }]);
    expect(disagree.issues?.[0]).toEqual({
      path: ['rows', 0, 'quantity'],
      message: '2 pallet of 40 make 80 each, not 70; give one or the other',
    });
    const noLot = await refusal([{ packName: 'pallet', packCount: 2 }]);
    expect(noLot.issues?.[0]).toMatchObject({ path: ['rows', 0, 'packName'], message: expect.stringContaining('Pick the lot first') });
    const tooMany = await refusal([{ lotId, packName: 'pallet', packCount: 11 }]);
    expect(tooMany.issues?.[0]).toMatchObject({ path: ['rows', 0, 'quantity'], message: expect.stringContaining('440') });
    expect((await w.call('convoys.manifest.get', { convoyId })).lines).toEqual([]);
  });
});
