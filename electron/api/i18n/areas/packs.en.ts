/* Quantities given in packs (stock document lines and manifest lines), in English. Spread into en.ts; fr and ar have the same keys. */
export const packsEn = {
  'manifest.col.packCount': 'Packs',
  'manifest.col.packName': 'Pack',
  'manifest.packOf': '{pack} of {size, number}',
  'packs.needItem': 'Pick the lot first: its item says which packs there are',
  'packs.needName': 'Say which pack the pack count is in (e.g. carton)',
  'packs.needCount': 'Say how many {pack}s',
  'packs.unknown': '{item} has no pack "{pack}"; its packs are {known}',
  'packs.none': '{item} has no pack sizes; give the quantity in {unit}',
  'packs.tooMany':
    'Pack count: {count, number} {pack} of {size, number} make {total, number} {unit}, more than one line may hold ({max, number})',
  'packs.mismatch': '{count} {pack} of {size} make {total} {unit}, not {quantity}; give one or the other',
} as const satisfies Record<string, string>;

export type PacksKey = keyof typeof packsEn;
