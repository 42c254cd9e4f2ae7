import type Database from 'better-sqlite3';
import type { ManifestItem, ManifestLine, ManifestLineView, ManifestLot, ManifestView } from '../../api/convoys';
import type { PackSize } from '../../api/vocabularies';
import { all } from '../stock/sql';
import { inSlices, marks } from '../core/in-slices';

/**
 * Manifest lines as the window gets them: each line's ids and numbers, and its lot's and item's
 * facts once each beside them (a 2,000-line manifest was 1.7 MB with them on every line).
 */
export function compactManifest(sqlite: Database.Database, wide: ManifestLineView[]): Omit<ManifestView, 'loads'> {
  const lots: Record<string, ManifestLot> = {};
  const items: Record<string, ManifestItem> = {};
  const lines = wide.map((l): ManifestLine => {
    if (l.lotId && l.itemId && !lots[l.lotId])
      lots[l.lotId] = { itemId: l.itemId, lotNumber: l.lotNumber ?? '', expiryDate: l.expiryDate, ownerOrgId: l.ownerOrgId ?? '' };
    if (l.itemId && !items[l.itemId])
      items[l.itemId] = {
        code: l.itemCode ?? '',
        name: l.itemName ?? '',
        baseUnit: l.baseUnit ?? '',
        dgClass: l.dgClass,
        unNumber: l.unNumber,
        packSizes: [],
      };
    return {
      id: l.id,
      version: l.version,
      vehicleId: l.vehicleId,
      lotId: l.lotId,
      consigneeOrgId: l.consigneeOrgId,
      stopId: l.stopId,
      quantity: l.quantity,
      packName: l.packName,
      packCount: l.packCount,
      handlingUnits: l.handlingUnits,
      handlingUnitType: l.handlingUnitType,
      weightKg: l.weightKg,
      volumeM3: l.volumeM3,
      dangerousGoods: l.dangerousGoods,
      coldChain: l.coldChain,
      fefoOverrideReason: l.fefoOverrideReason,
      waybillId: l.waybillId,
      receivedGood: l.receivedGood,
      receivedDamaged: l.receivedDamaged,
    };
  });
  // The items' packs, asked for once per item (not joined onto every line).
  const packs = inSlices(Object.keys(items), (slice) =>
    all<{ id: string; packSizes: string | null }>(
      sqlite,
      `SELECT id, pack_sizes AS packSizes FROM items WHERE id IN (${marks(slice)})`,
      ...slice,
    ),
  );
  for (const r of packs) items[r.id].packSizes = JSON.parse(r.packSizes || '[]') as PackSize[];
  return { lines, lots, items };
}
