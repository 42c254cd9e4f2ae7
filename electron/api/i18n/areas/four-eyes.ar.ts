/* مبدأ العينين الأربع بالعربية (المفاتيح نفسها كما في four-eyes.en.ts). */
import type { FourEyesKey } from './four-eyes.en';

export const fourEyesAr: Record<FourEyesKey, string> = {
  'fourEyes.noun': 'إعدادات التحقق المزدوج',
  'fourEyes.guard.countApproval': 'مشغّل ثانٍ لاعتماد الجرد',
  'fourEyes.guard.reversals': 'مشغّل ثانٍ للعكس',
  'fourEyes.guard.adjustments': 'مشغّل ثانٍ للتسويات الكبيرة',
  'fourEyes.guard.exportsAboveGreen': 'مشغّل ثانٍ للتصدير فوق TLP:GREEN',
  'fourEyes.secondShape': 'يجب أن يكون المشغّل الثاني معتمِداً يُختار من القائمة مع رمزه السري',
  'fourEyes.noSuchApprover': 'هذا المشغّل الثاني غير موجود أو معطَّل؛ اختر معتمِداً من القائمة',
  'fourEyes.samePerson': '{operator} هو المشغّل على لوحة المفاتيح ولا يمكن أن يكون المشغّل الثاني أيضاً؛ يجب أن يكتب معتمِد آخر رمزه السري',
  'fourEyes.samePersonIssue': 'اختر معتمِداً آخر',
  'fourEyes.counterChecks': '{operator} أجرى جرد هذه الورقة ولا يمكنه أيضاً التحقق من اعتمادها؛ يجب أن يكتب معتمِد آخر رمزه السري',
  'fourEyes.notApprover': '{operator} دوره {role}؛ يجب أن يكون المشغّل الثاني {needed} أو مسؤولاً',
  'fourEyes.notApproverIssue': 'ليس معتمِداً',
  'fourEyes.required': 'الإعداد «{setting}» مفعَّل: يجب أن يتحقق معتمِد من هذا برمزه السري (صفحة قاعدة البيانات، التحقق المزدوج)',
  'fourEyes.requiredIssue': 'يلزم مشغّل ثانٍ',
  'field.fourEyes.countApproval': 'اعتماد الجرد',
  'field.fourEyes.reversals': 'العكس',
  'field.fourEyes.adjustments': 'التسويات',
  'field.fourEyes.adjustmentQuantity': 'حد التسوية',
  'field.fourEyes.exportsAboveGreen': 'التصدير فوق GREEN',
};
