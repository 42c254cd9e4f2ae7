/* Quantités données en conditionnements (lignes de documents de stock et de manifeste), en français (mêmes clés que packs.en.ts). */
import type { PacksKey } from './packs.en';

export const packsFr: Record<PacksKey, string> = {
  'manifest.col.packCount': 'Condit.',
  'manifest.col.packName': 'Conditionnement',
  'manifest.packOf': '{pack} de {size, number}',
  'packs.needItem': 'Choisissez d’abord le lot : son article dit quels conditionnements existent',
};
