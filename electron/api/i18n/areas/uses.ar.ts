/* ما يستخدم السجل بعد (انظر uses.en.ts). */
import type { UsesKey } from './uses.en';

export const usesAr: Record<UsesKey, string> = {
  'uses.organisations': '{count, plural, one {سجل واحد من المنظمات} two {سجلان من المنظمات} other {# من المنظمات}}',
  'uses.contacts': '{count, plural, one {سجل واحد من جهات الاتصال} two {سجلان من جهات الاتصال} other {# من جهات الاتصال}}',
  'uses.agreements': '{count, plural, one {سجل واحد من الاتفاقات} two {سجلان من الاتفاقات} other {# من الاتفاقات}}',
  'uses.sites': '{count, plural, one {سجل واحد من المواقع} two {سجلان من المواقع} other {# من المواقع}}',
  'uses.items': '{count, plural, one {سجل واحد من الأصناف} two {سجلان من الأصناف} other {# من الأصناف}}',
  'uses.vehicles': '{count, plural, one {سجل واحد من المركبات} two {سجلان من المركبات} other {# من المركبات}}',
  'uses.operators': '{count, plural, one {سجل واحد من المشغّلين} two {سجلان من المشغّلين} other {# من المشغّلين}}',
  'uses.exportProfiles': '{count, plural, one {سجل واحد من ملفات التصدير} two {سجلان من ملفات التصدير} other {# من ملفات التصدير}}',
  'uses.stockLots': '{count, plural, one {سجل واحد من دفعات المخزون} two {سجلان من دفعات المخزون} other {# من دفعات المخزون}}',
  'uses.stockDocuments': '{count, plural, one {سجل واحد من مستندات المخزون} two {سجلان من مستندات المخزون} other {# من مستندات المخزون}}',
  'uses.stockDocumentLines': '{count, plural, one {سجل واحد من بنود المستندات} two {سجلان من بنود المستندات} other {# من بنود المستندات}}',
  'uses.stockLedger': '{count, plural, one {سجل واحد من قيود السجل} two {سجلان من قيود السجل} other {# من قيود السجل}}',
  'uses.stockBalances': '{count, plural, one {سجل واحد من أرصدة المخزون} two {سجلان من أرصدة المخزون} other {# من أرصدة المخزون}}',
  'uses.stockSiteCategoryTotals':
    '{count, plural, one {سجل واحد من مجاميع المخزون} two {سجلان من مجاميع المخزون} other {# من مجاميع المخزون}}',
  'uses.stockThresholds': '{count, plural, one {سجل واحد من حدود المخزون} two {سجلان من حدود المخزون} other {# من حدود المخزون}}',
  'uses.stockCountLines': '{count, plural, one {سجل واحد من بنود الجرد} two {سجلان من بنود الجرد} other {# من بنود الجرد}}',
  'uses.documentCounters':
    '{count, plural, one {سجل واحد من عدّادات المستندات} two {سجلان من عدّادات المستندات} other {# من عدّادات المستندات}}',
  'uses.requests': '{count, plural, one {سجل واحد من الطلبات} two {سجلان من الطلبات} other {# من الطلبات}}',
  'uses.requestLines': '{count, plural, one {سجل واحد من بنود الطلبات} two {سجلان من بنود الطلبات} other {# من بنود الطلبات}}',
  'uses.requestAttachments': '{count, plural, one {سجل واحد من مرفقات الطلبات} two {سجلان من مرفقات الطلبات} other {# من مرفقات الطلبات}}',
  'uses.requestEvents':
    '{count, plural, one {سجل واحد من إدخالات السجل الزمني للطلبات} two {سجلان من إدخالات السجل الزمني للطلبات} other {# من إدخالات السجل الزمني للطلبات}}',
  'uses.requestFulfilments': '{count, plural, one {سجل واحد من التسليمات} two {سجلان من التسليمات} other {# من التسليمات}}',
  'uses.requestConvoyLinks': '{count, plural, one {سجل واحد من روابط القوافل} two {سجلان من روابط القوافل} other {# من روابط القوافل}}',
  'uses.convoys': '{count, plural, one {سجل واحد من القوافل} two {سجلان من القوافل} other {# من القوافل}}',
  'uses.convoyStops': '{count, plural, one {سجل واحد من محطات القوافل} two {سجلان من محطات القوافل} other {# من محطات القوافل}}',
  'uses.convoyVehicles': '{count, plural, one {سجل واحد من مركبات القوافل} two {سجلان من مركبات القوافل} other {# من مركبات القوافل}}',
  'uses.convoyEvents':
    '{count, plural, one {سجل واحد من إدخالات السجل الزمني للقوافل} two {سجلان من إدخالات السجل الزمني للقوافل} other {# من إدخالات السجل الزمني للقوافل}}',
  'uses.manifestLines': '{count, plural, one {سجل واحد من بنود البيانات} two {سجلان من بنود البيانات} other {# من بنود البيانات}}',
  'uses.waybills': '{count, plural, one {سجل واحد من بوالص الشحن} two {سجلان من بوالص الشحن} other {# من بوالص الشحن}}',
  'uses.other': '{count, plural, one {سجل آخر واحد} two {سجلان آخران} other {# من السجلات الأخرى}}',
  'uses.atLeast': 'ما لا يقل عن {what}',
  'uses.usedBy': 'مستخدم في {uses}',
};
