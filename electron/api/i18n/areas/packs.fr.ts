/* Quantités données en conditionnements (lignes de documents de stock et de manifeste), en français (mêmes clés que packs.en.ts). */
import type { PacksKey } from './packs.en';

export const packsFr: Record<PacksKey, string> = {
  'manifest.col.packCount': 'Condit.',
  'manifest.col.packName': 'Conditionnement',
  'manifest.packOf': '{pack} de {size, number}',
  'packs.needItem': 'Choisissez d’abord le lot : son article dit quels conditionnements existent',
  'packs.needName': 'Indiquez le conditionnement du nombre donné (par ex. carton)',
  'packs.needCount': 'Indiquez combien de {pack}',
  'packs.unknown': '{item} n’a pas de conditionnement « {pack} » ; ses conditionnements sont {known}',
  'packs.none': '{item} n’a pas de conditionnement ; donnez la quantité en {unit}',
  'packs.tooMany':
    'Nombre de conditionnements : {count, number} {pack} de {size, number} font {total, number} {unit}, plus qu’une ligne ne peut contenir ({max, number})',
  'packs.mismatch': '{count} {pack} de {size} font {total} {unit}, pas {quantity} ; donnez l’un ou l’autre',
};
