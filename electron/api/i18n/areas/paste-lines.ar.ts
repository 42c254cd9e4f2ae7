/* لصق كتلة من أسطر مستند مخزون أو من مخزون وُجد على ورقة جرد، بالعربية (المفاتيح نفسها: paste-lines.en.ts). */
import type { PasteLinesKey } from './paste-lines.en';

export const pasteLinesAr: Record<PasteLinesKey, string> = {
  'linePaste.button': 'لصق أسطر…',
  'linePaste.buttonTitle': 'إضافة أسطر من كتلة منسوخة من جدول بيانات، سطر لكل صف',
  'linePaste.nouns': 'أسطر',
  'linePaste.how':
    'انسخ الأسطر في جدول البيانات (السطر الأول الذي يسمّي الأعمدة اختياري)، وانقر في المربع واضغط Ctrl+V. يُضاف كل سطر إلى المسودة، كلها أو لا شيء؛ ولا تتغير الأسطر الموجودة.',
  'linePaste.foundButton': 'لصق مخزون موجود…',
  'linePaste.foundButtonTitle': 'إضافة مخزون وُجد على الرف من كتلة منسوخة من جدول بيانات',
  'linePaste.foundNouns': 'أسطر مخزون موجود',
  'linePaste.foundHow':
    'انسخ المخزون الذي وُجد على الرف في جدول البيانات (السطر الأول الذي يسمّي الأعمدة اختياري)، وانقر في المربع واضغط Ctrl+V. يُضاف كل سطر إلى الورقة كمخزون موجود، كلها أو لا شيء.',
  'linePaste.adding': 'جارٍ إضافة {count, plural, one {سطر ملصوق واحد} other {# أسطر ملصوقة}}…',
  'linePaste.added':
    'لُصق {count, plural, one {سطر واحد} other {# أسطر}}. يزيل Ctrl+Z أو «التراجع عن اللصق» {count, plural, one {هذا السطر} other {هذه الأسطر}}.',
  'linePaste.addedNoUndo':
    'لُصق {count, plural, one {سطر واحد} other {# أسطر}}. عُدّلت الأسطر أثناء حفظ اللصق، فلم يعد ممكنًا التراجع عنه دفعة واحدة.',
  'linePaste.undo': 'التراجع عن اللصق',
  'linePaste.undone': '{count, plural, one {أُزيل السطر الملصوق} other {أُزيلت الأسطر الملصوقة (#)}}.',
  'linePaste.notUndone': 'لم يُتراجع عن اللصق: {message}',
  'linePaste.foundAdded': 'أُضيف {count, plural, one {سطر مخزون موجود واحد} other {# أسطر مخزون موجود}} إلى الورقة.',
  'linePaste.unknownHeader':
    'يسمّي السطر الأول أعمدة ليست في الأسطر ({names}). سمّها كما في الجدول ({columns})، أو احذف سطر العناوين والصق الأعمدة بهذا الترتيب.',
  'linePaste.tooWide': 'في الكتلة {width} أعمدة؛ يأخذ السطر {count}: {columns}.',
  'linePaste.newLine': 'سطر جديد {n}',
  'audit.verb.paste': 'أسطر ملصوقة',
  'pasteCore.noItem': 'لا يوجد صنف بالرمز «{code}»؛ أعطِ رمزًا من الفهرس',
  'pasteCore.noOrg': 'لا توجد منظمة باسم «{name}»؛ أعطِ اسمها المختصر (مثل WFP) أو اسمها الكامل',
  'pasteCore.noCondition': '«{text}» ليست حالة؛ اكتب إحدى: {choices}',
  'pasteCore.noDirection': '«{text}» ليس اتجاهًا؛ اكتب أحد: {choices}',
  'pasteCore.notYesNo': '«{text}» ليست نعم ولا لا',
  'pasteCore.empty': 'هذه الخلية فارغة',
  'pasteCore.heldLot': 'الدفعة {lot}، الانتهاء {expiry}، {owner}',
  'pasteCore.andMore': '{list} و{count, number} غيرها',
  'pasteCore.noStockHere': 'لا يحتفظ {site} بمخزون {condition} من {item}',
  'pasteCore.noLotHere': 'لا تطابق أي دفعة {condition} من {item} في {site} هذا السطر؛ الدفعات هناك: {lots}',
  'pasteCore.severalLots': 'تطابق عدة دفعات {condition} من {item} في {site} ({lots})؛ أعطِ رقم الدفعة أو تاريخ الانتهاء أو المالك',
  'pasteCore.refused': 'لم يُلصق شيء ({count, plural, one {مشكلة واحدة} other {# مشكلات}}). السطر {line}: {first}',
  'pasteCore.countedWhole': '«{text}» ليس عددًا: أعطِ عددًا صحيحًا، 0 أو أكثر',
  'pasteCore.countedNeeded': 'أعطِ الكمية المعدودة',
  'pasteCore.pastedTwice': 'هذه الدفعة بهذه الحالة موجودة في السطر الملصوق {line}',
};
