import { say } from '../../api/i18n/current';
import { unitWord } from '../../api/i18n/vocabulary-words';
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

/**
 * The pack and its count first (they need no item), then the item's packs. Null when both are
 * given but the item is not known: the caller has already said what is wrong with the item.
 */
type PackItem = Pick<ItemFacts, 'code' | 'baseUnit' | 'packSizes'>;
type PackArgs = [packName: string | undefined | null, packCount: number | undefined | null, quantity: number | null];
export function quantityFromPacks(item: PackItem, ...given: PackArgs): PackResolution;
export function quantityFromPacks(item: PackItem | null, ...given: PackArgs): PackResolution | null;
export function quantityFromPacks(
  item: PackItem | null,
  packName: string | undefined | null,
  packCount: number | undefined | null,
  quantity: number | null,
): PackResolution | null {
  if (!packName) return { ok: false, field: 'packName', message: say('lineCheck.whichPack') };
  if (packCount == null) return { ok: false, field: 'packCount', message: say('lineCheck.howManyPacks', { pack: packName }) };
  if (!item) return null;
  const unit = unitWord(item.baseUnit);
  const pack = item.packSizes.find((p) => p.name.toLowerCase() === packName.toLowerCase());
  if (!pack) {
    const known = item.packSizes.map((p) => `${p.name}=${p.quantity}`).join(', ');
    return {
      ok: false,
      field: 'packName',
      message: known
        ? say('lineCheck.noSuchPack', { item: item.code, pack: packName, known })
        : say('lineCheck.noPacks', { item: item.code, unit }),
    };
  }
  const fromPacks = pack.quantity * packCount;
  const counted = { count: packCount, pack: pack.name, size: pack.quantity, total: fromPacks, unit };
  if (fromPacks > MAX_QUANTITY) {
    return { ok: false, field: 'packCount', message: say('lineCheck.packsTooMany', { ...counted, max: MAX_QUANTITY }) };
  }
  if (quantity !== null && quantity !== fromPacks) {
    return { ok: false, field: 'quantity', message: say('lineCheck.packsDisagree', { ...counted, quantity }) };
  }
  return { ok: true, quantity: fromPacks, packName: pack.name, packCount };
}
