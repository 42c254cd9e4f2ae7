/* الكميات المعطاة بالعبوات (سطور مستندات المخزون وسطور البيان)، بالعربية (نفس مفاتيح packs.en.ts). */
import type { PacksKey } from './packs.en';

export const packsAr: Record<PacksKey, string> = {
  'manifest.col.packCount': 'العبوات',
  'manifest.col.packName': 'العبوة',
  'manifest.packOf': '{pack} من {size, number}',
  'packs.needItem': 'اختر الدفعة أولاً: صنفها يحدد العبوات المتاحة',
};
