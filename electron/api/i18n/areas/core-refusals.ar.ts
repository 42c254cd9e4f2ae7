/* رفض النواة ونتائج المهام خارج المخزون (انظر core-refusals.en.ts). */
import type { CoreRefusalsKey } from './core-refusals.en';

export const coreRefusalsAr: Record<CoreRefusalsKey, string> = {
  'manifestCore.lineNeeds': 'سطر البيان {n} ينقصه: {missing}',
  'manifestCore.part.lot': 'الدفعة',
  'manifestCore.part.vehicle': 'مركبة من هذه القافلة',
  'manifestCore.part.stop': 'محطة من هذه القافلة',
  'manifestCore.part.consignee': 'المرسل إليه',
  'manifestCore.part.quantity': 'الكمية',

  'jobsCore.noun': 'المهمة',
  'jobsCore.alreadyEnded': 'انتهت هذه المهمة بالفعل ({state})؛ لا شيء لإلغائه',
  'jobsCore.cancelled': 'أُلغيت؛ لم يُحفظ شيء مما كانت تكتبه.',
  'jobsCore.cancelledBy': 'ألغاها {who}.',
  'jobsCore.stoppedOnError': 'توقفت المهمة بسبب خطأ: {error}. لم يُحفظ شيء مما كانت تكتبه.',
  'jobsCore.outOfMemory':
    'احتاجت المهمة إلى ذاكرة أكثر مما يُسمح لمهمة باستخدامه فأوقفت؛ لم يُحفظ شيء مما كانت تكتبه. قسّم العمل (ملف أصغر أو تصدير أضيق) وحاول مرة أخرى.',
  'jobsCore.threadEnded': 'انتهى خيط المهمة بشكل غير متوقع (رمز الخروج {code})؛ لم يُحفظ شيء مما كانت تكتبه.',
  'jobsCore.stoppedByCrash': 'توقف Corridor أثناء تشغيل هذه المهمة؛ لم يُحفظ شيء مما كانت تكتبه. شغّلها مرة أخرى.',
  'jobsCore.unexpected': 'خطأ غير متوقع: {error}',

  'backupCore.cannotReopen': 'لا تستطيع هذه النواة إعادة فتح ملف قاعدة بياناتها؛ استعد من التطبيق قيد التشغيل.',
  'backupCore.backupNoun': 'النسخة الاحتياطية',
  'backupCore.uploadNoun': 'الملف المرفوع',
  'backupCore.settingsNoun': 'إعدادات النسخ الاحتياطي',
  'backupCore.jobRunning': 'هناك مهمة قيد التشغيل ({jobs})؛ انتظر انتهاءها أو ألغها، ثم استعد. لم تتغير قاعدة البيانات المستخدمة.',
  'backupCore.nothingRestored': '{reason} لم يُستعد شيء؛ لم تتغير قاعدة البيانات المستخدمة.',
  'backupCore.unreadable': 'تعذرت قراءة {file} ({detail}).',
  'backupCore.notDatabase': '{file} ليس ملف قاعدة بيانات (لا يبدأ كما يبدأ ملف SQLite). اختر نسخة احتياطية من Corridor ‏(.sqlite).',
  'backupCore.foreign': '{file} قاعدة بيانات SQLite لبرنامج آخر، وليس نسخة احتياطية من Corridor ({detail}).',
  'backupCore.blank': '{file} ملف SQLite فارغ، وليس نسخة احتياطية من Corridor.',
  'backupCore.damaged': '{file} تالف أو غير مكتمل ({detail}). استخدم نسخة احتياطية أخرى.',
  'backupCore.newer': 'كُتب {file} بإصدار أحدث من Corridor (المخطط {schema}، وهذا التطبيق يعرف {known}). حدّث Corridor لاستعادته.',
  'backupCore.notBackup': 'تعذرت قراءة {file} كنسخة احتياطية من Corridor ({detail}).',
  'backupCore.reopenFailed': 'تعذر فتح الملف المستعاد ({detail})؛ عادت قاعدة البيانات كما كانت إلى الاستخدام.',

  'importCore.binary': '{file} ليس جدول بيانات: يحتوي على بيانات ثنائية (البايت {byte})؛ استورد ملف ‎.xlsx أو ملف CSV نصيًا',

  'sharingCore.partnerNoun': 'المنظمة الشريكة',
  'sharingCore.noProfile':
    'ليس لدى {organisation} ملف تصدير: أضف واحدًا من المشاركة ← ملفات التصدير (أعلى تصنيف له وما يجب فعله بالحقول الحساسة) قبل التصدير له',
  'sharingCore.lowerNeedsRelease':
    'خفض تصنيف المشاركة (من {from} إلى {to}) يقرر ما يمكن أن يغادر القاعدة، لذا يتطلب دور {role} أو أعلى. أبقِ {from} أو تصنيفًا أكثر تشددًا، أو اطلب ذلك من شخص لديه هذا الدور',
  'printCore.waybillNoun': 'بوليصة الشحن',
  'printCore.vehicleNoun': 'مركبة في هذه القافلة',
  'printCore.arrivalNoun': 'الوصول المسجل في هذه المحطة',
  'printCore.convoyNoun': 'القافلة',
};
