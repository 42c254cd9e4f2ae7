import { say } from '../../api/i18n/current';
import { MAX_QUANTITY } from '../../api/vocabularies';
import type { ItemFacts } from './lookups';

/*
 * A quantity given in packs (5 cartons of 20 → 100 base units), resolved against the item's pack
 * sizes: the one rule for stock document lines and manifest lines. A base quantity given beside
 * the packs must agree with them.
 */

export type PackField = 'packName' | 'packCount' | 'quantity';
export type PackResolution =
  { ok: true; quantity: number; packName: string; packCount: number } | { ok: false; field: PackField; message: string };

export function quantityFromPacks(
  item: Pick<ItemFacts, 'code' | 'baseUnit' | 'packSizes'>,
  packName: string | undefined | null,
  packCount: number | undefined | null,
  quantity: number | null,
): PackResolution {
  if (!packName) return { ok: false, field: 'packName', message: say('packs.needName') };
  if (packCount == null) return { ok: false, field: 'packCount', message: say('packs.needCount', { pack: packName }) };
  const pack = item.packSizes.find((p) => p.name.toLowerCase() === packName.toLowerCase());
  if (!pack) {
    const known = item.packSizes.map((p) => `${p.name}=${p.quantity}`).join(', ');
    return {
      ok: false,
      field: 'packName',
      message: known
        ? say('packs.unknown', { item: item.code, pack: packName, known })
        : say('packs.none', { item: item.code, unit: item.baseUnit }),
    };
  }
  const fromPacks = pack.quantity * packCount;
  if (fromPacks > MAX_QUANTITY) {
    return {
      ok: false,
      field: 'packCount',
      message: say('packs.tooMany', {
        count: packCount,
        pack: pack.name,
        size: pack.quantity,
        total: fromPacks,
        unit: item.baseUnit,
        max: MAX_QUANTITY,
      }),
    };
  }
  if (quantity !== null && quantity !== fromPacks) {
    return {
      ok: false,
      field: 'quantity',
      message: say('packs.mismatch', {
        count: packCount,
        pack: pack.name,
        size: pack.quantity,
        total: fromPacks,
        unit: item.baseUnit,
        quantity,
      }),
    };
  }
  return { ok: true, quantity: fromPacks, packName: pack.name, packCount };
}
