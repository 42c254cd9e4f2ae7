/* Quantities given in packs (stock document lines and manifest lines), in English. Spread into en.ts; fr and ar have the same keys. */
export const packsEn = {
  'manifest.col.packCount': 'Packs',
  'manifest.col.packName': 'Pack',
  'manifest.packOf': '{pack} of {size, number}',
  'packs.needItem': 'Pick the lot first: its item says which packs there are',
} as const satisfies Record<string, string>;

export type PacksKey = keyof typeof packsEn;
