/* الكميات المعطاة بالعبوات (سطور مستندات المخزون وسطور البيان)، بالعربية (نفس مفاتيح packs.en.ts). */
import type { PacksKey } from './packs.en';

export const packsAr: Record<PacksKey, string> = {
  'manifest.col.packCount': 'العبوات',
  'manifest.col.packName': 'العبوة',
  'manifest.packOf': '{pack} من {size, number}',
  'packs.needItem': 'اختر الدفعة أولاً: صنفها يحدد العبوات المتاحة',
  'packs.needName': 'حدّد العبوة التي يُعدّ بها العدد (مثلاً كرتونة)',
  'packs.needCount': 'حدّد عدد {pack}',
  'packs.unknown': 'لا توجد للصنف {item} عبوة «{pack}»؛ عبواته هي {known}',
  'packs.none': 'لا توجد أحجام عبوات للصنف {item}؛ أعطِ الكمية بوحدة {unit}',
  'packs.tooMany':
    'عدد العبوات: {count, number} {pack} من {size, number} تساوي {total, number} {unit}، أكثر مما يحمله سطر واحد ({max, number})',
  'packs.mismatch': '{count} {pack} من {size} تساوي {total} {unit}، لا {quantity}؛ أعطِ إحداهما فقط',
};
