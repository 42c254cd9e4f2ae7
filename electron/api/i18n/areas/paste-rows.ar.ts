/* لصق صفوف جديدة، عرض معالج الاستيراد، نسخ المشكلات (المفاتيح نفسها: paste-rows.en.ts). */
import type { PasteRowsKey } from './paste-rows.en';

export const pasteRowsAr: Record<PasteRowsKey, string> = {
  'pasteRows.button': 'لصق صفوف…',
  'pasteRows.buttonTitle': 'إضافة {nouns} من كتلة منسوخة من جدول بيانات، واحد في كل سطر',
  'pasteRows.label': 'لصق {nouns} كصفوف جديدة',
  'pasteRows.title': 'لصق {nouns} جديدة:',
  'pasteRows.how':
    'انسخ الصفوف في جدول البيانات، ثم انقر في المربع واضغط Ctrl+V. يصبح كل سطر سجلًا جديدًا (الكل أو لا شيء)؛ ولا يتغير أي سجل موجود.',
  'pasteRows.columns': 'يملأ السطر بالترتيب: {columns}.',
  'pasteRows.box': 'الصفوف المراد لصقها',
  'pasteRows.placeholder': 'اضغط Ctrl+V هنا',
  'pasteRows.cancel': 'إلغاء (Esc)',
  'pasteRows.headerFound': 'السطر الأول يسمّي أعمدة ({names}{more, plural, =0 {} other { و# غيرها}}): يبدو أنها ورقة من مصدر آخر.',
  'pasteRows.tooWide': 'في الكتلة {width} أعمدة؛ والجدول يأخذ {count} من هنا.',
  'pasteRows.nothingWritten':
    'لم يُكتب شيء ({lines, plural, zero {# سطر} one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}، {cells, number} خلية).',
  'pasteRows.wizardWhy': 'يقرأ معالج الاستيراد الكتلة بأسماء أعمدتها، ويتيح لك ربط الأعمدة الأخرى، ويتحقق من كل صف قبل الكتابة.',
  'pasteRows.noWizard': 'الصق الأعمدة التي يعرضها هذا الجدول فقط، بترتيبه، ومن دون سطر العناوين.',
  'pasteRows.openWizard': 'فتح في معالج الاستيراد',
  'pasteRows.withoutHeader':
    'ترك سطر العناوين ولصق {count, plural, zero {# سطر} one {السطر الآخر} two {السطرين الآخرين} few {الأسطر # الأخرى} many {# سطرًا آخر} other {# سطر آخر}}',
  'pasteRows.copyProblems': '{count, plural, one {نسخ المشكلة} other {نسخ كل المشكلات (#)}}',
  'pasteRows.copied':
    '{count, plural, zero {لا مشكلات} one {المشكلة في الحافظة} two {المشكلتان في الحافظة} few {المشكلات الـ# في الحافظة} many {المشكلات الـ# في الحافظة} other {المشكلات الـ# في الحافظة}}، مفصولة بعلامات جدولة: الصقها في جدول بيانات أو رسالة.',
  'pasteRows.copyFailed': 'تعذّر وضع المشكلات في الحافظة: اسمح لهذه الصفحة بالوصول إلى الحافظة ثم أعد المحاولة.',
  'pasteRows.fromGrid': 'خلايا ملصقة في جدول {from}. تحقّق مما تُستورد على أنه ومن ربط الأعمدة أدناه.',
};
