/* رفض بند مستند المخزون وفحوص التأريخ بأثر رجعي بالعربية (المفاتيح نفسها في line-checks.en.ts). */
import type { LineChecksKey } from './line-checks.en';

export const lineChecksAr: Record<LineChecksKey, string> = {
  'lineCheck.lotMissing': 'هذه الدفعة غير موجودة؛ اختر واحدة من القائمة',
  'lineCheck.lotOtherItem': 'الدفعة لصنف غير صنف البند ({item})',
  'lineCheck.lotOtherOwner': '{lot} مملوكة لـ{owner}، لا لـ{given}؛ اختر دفعة لذلك المالك',
  'lineCheck.theOwnerGiven': 'المالك المحدد',
  'lineCheck.chooseLot': 'اختر الدفعة التي يؤخذ منها المخزون',
  'lineCheck.itemRequired': 'الصنف مطلوب',
  'lineCheck.ownerRequired': 'المالك مطلوب: حدد المنظمة التي يعود إليها المخزون',
  'lineCheck.itemMissing': 'الصنف غير موجود؛ اختر واحدًا من الفهرس',
  'lineCheck.itemArchived': 'الصنف {item} مؤرشف؛ استعده أولًا',
  'lineCheck.needsLot': 'يُتتبع {item} بالدفعة: أدخل رقم الدفعة',
  'lineCheck.needsExpiry': 'يُتتبع {item} بتاريخ انتهاء الصلاحية: أدخل تاريخ انتهاء الصلاحية',
  'lineCheck.ownerMissing': 'المالك غير موجود؛ اختر منظمة من القائمة',
  'lineCheck.donorMissing': 'المانح غير موجود؛ اختر منظمة من القائمة',
  'lineCheck.onlyGood': 'لا يُ{kind, select, issue {صرف} other {شحن}} إلا المخزون السليم؛ غيّر حالة المخزون أولًا',
  'lineCheck.alreadyDamaged': 'هذا المخزون تالف أصلًا؛ اشطبه كخسارة بدلًا من ذلك',
  'lineCheck.toCondition': 'حدد الحالة التي ينتقل إليها المخزون',
  'lineCheck.sameCondition': 'المخزون في حالة «{condition}» أصلًا؛ اختر حالة أخرى',
  'lineCheck.direction': 'حدد هل يزيد التسوية المخزون أم ينقصه',
  'lineCheck.whichPack': 'حدد العبوة التي يُحسب بها عدد العبوات (مثل carton)',
  'lineCheck.howManyPacks': 'حدد عدد {pack}',
  'lineCheck.noSuchPack': 'ليس لـ{item} عبوة «{pack}»؛ عبواته هي {known}',
  'lineCheck.noPacks': 'ليس لـ{item} أحجام عبوات؛ أدخل الكمية بـ{unit}',
  'lineCheck.packsTooMany':
    'عدد العبوات: {count, number} {pack} من {size, number} تساوي {total, number} {unit}، أكثر مما يحمله بند واحد ({max, number})',
  'lineCheck.packsDisagree': '{count, number} {pack} من {size, number} تساوي {total, number} {unit}، لا {quantity, number}؛ أدخل أحدهما',
  'lineCheck.quantityRequired': 'الكمية مطلوبة',
  'lineCheck.beforeArrival': 'بتاريخ {day}، قبل استلام {lot} في {site}{on}: أرّخ المستند في يوم وصولها أو بعده',
  'lineCheck.future': 'التاريخ {given} في المستقبل (اليوم هو {today})؛ مستندات المخزون تسجّل ما حدث',
  'lineCheck.futureShort': 'التاريخ في المستقبل',
  'lineCheck.backdate':
    'بتاريخ {day}، أي قبل {back, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}: المستندات الأقدم من حد التأريخ بأثر رجعي ({limit, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}) تحتاج إلى سبب للتأريخ بأثر رجعي',
  'lineCheck.fefo':
    'الأقرب انتهاءً أولًا: الدفعة {earlier} تنتهي صلاحيتها قبلها ({expiry}، المتاح {left, number}) — اخترها قبل الدفعة {lot}{lotExpiry, select, none {} other { ({lotExpiry})}}، أو اذكر سبب مخالفة قاعدة الأقرب انتهاءً أولًا',
  'lineCheck.arrivedOn': ' (في {day})',
  'lineCheck.cardNegative':
    'بتاريخ {day}، سيجعل هذا بطاقة مخزون {lot} في {site} سالبة في {worst}: {balance, number} {unit} {condition} في المخزون ذلك اليوم، ويأخذ هذا {takes, number} {unit}',
  'system.layoutTooBig': 'يجب أن يكون التخطيط بيانات بسيطة من {max, number} حرف على الأكثر',
  'lineCheck.overdraw': 'أكثر مما في الدفعة {lot}: المتاح {quantity} {unit}{after}',
  'lineCheck.overdrawAfter': ' بعد بنود هذا المستند الأخرى',
  'lineCheck.noLotShort': '(بلا دفعة)',
  'lineCheck.onlyHasLine': 'ليس في {lot} هنا إلا {available} {unit}؛ ويأخذ هذا البند {quantity}. سيُرفض الترحيل',
  'lineCheck.onlyHasDoc': 'ليس في {lot} هنا إلا {available} {unit}؛ وتأخذ بنود هذا المستند منها {total}. سيُرفض الترحيل',
  'lineCheck.lotNamed': 'الدفعة {lot}',
  'lineCheck.stockNoLot': 'هذا المخزون (بلا دفعة)',
};
