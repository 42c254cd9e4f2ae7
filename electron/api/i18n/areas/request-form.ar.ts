/* استمارة الطلب المطبوعة وزر طباعتها في صفحة الطلب واختيار سطر البيان عند الربط بقافلة (المفاتيح نفسها في request-form.en.ts). */
import type { RequestFormKey } from './request-form.en';

export const requestFormAr: Record<RequestFormKey, string> = {
  'requestForm.title': 'طلب موارد مشتركة',
  'requestForm.sharing': 'المشاركة',
  'requestForm.noDeliveries': 'لم يُسلَّم شيء ولم يُخطَّط شيء على قافلة بعد.',
  'requestForm.col.when': 'متى',
  'requestForm.col.change': 'الحالة',
  'requestForm.col.action': 'الإجراء',
  'requestForm.col.by': 'بواسطة (المنظمة)',
  'requestForm.sign.requesting': 'عن المنظمة الطالبة',
  'requestForm.sign.providing': 'عن المنظمة المقدِّمة',
  'requestForm.print': 'طباعة الاستمارة',
  'requestForm.printHint': 'ملف PDF لهذا الطلب بلغتك: الرأس والسطور وسجل الملاذ الأخير والتسليمات والسجل الزمني.',
  'requestForm.printing': 'جارٍ إنشاء ملف PDF…',
  'requestForm.saved': 'حُفظ {file} في {where}',
  'requestForm.error': 'تعذّرت طباعة استمارة الطلب',
  'requests.linkManifestLine': 'سطر البيان',
  'requests.anyManifestLine': 'لا سطر بعينه (المركبة أو القافلة)',
  'requests.manifestLineOption': '{item} — {quantity} {unit} ({plate})',
};
