/* رسائل الاستيراد بالعربية (المفاتيح نفسها في imports.en.ts). */
import type { ImportsKey } from './imports.en';

export const importsAr: Record<ImportsKey, string> = {
  'importCore.keptRowsDamaged': 'تعذّرت إعادة قراءة الأسطر التي قرأتها المعاينة من {file} ({detail})؛ لم يُكتب شيء وحُذفت: عاين الملف من جديد',
  'importCore.gone': 'الملف المراد استيراده لم يعد موجودًا: اختره (أو الصقه) من جديد',
  'importCore.reading': 'قراءة {file}',
  'importCore.checkingWritingRows': 'التحقق من الصفوف وكتابتها (تمت قراءة {count}؛ لا يُحفظ شيء ما لم تكن كل الصفوف سليمة)',
  'importCore.checkingRows': 'التحقق من الصفوف (تمت قراءة {count})',
  'importCore.writing': 'الكتابة',
  'importCore.noneWrittenMissing': 'لم يُكتب شيء: لا عمود مربوط بـ {fields}',
  'importCore.noneWrittenBad':
    'لم يُكتب شيء: {count, plural, zero {لا صفوف خاطئة} one {صف واحد خاطئ} two {صفان خاطئان} few {# صفوف خاطئة} many {# صفًا خاطئًا} other {# صف خاطئ}} (الأول: الصف {row}، {column}: {reason})؛ أصلحها أو أصلح ربطها وحاول مجددًا',
  'importCore.empty': '{file} فارغ (0 بايت): لا شيء للاستيراد',
  'importCore.tooBig': 'حجم {file} هو {size}؛ يستورد Corridor ملفات حتى {max}: قسّمه إلى ملفات أصغر',
  'importCore.tooLargeForMemory':
    '{file} أكبر من أن يُستورد دفعة واحدة: بعد {rows} صفًا اقترب الاستيراد من الذاكرة المسموح له بها. لم يُكتب شيء: قسّم الملف إلى ملفات أصغر واستوردها واحدًا تلو الآخر',
  'importCore.xls': '{file} ملف Excel قديم 97–2003 (.xls)؛ افتحه في Excel أو LibreOffice واحفظه بصيغة .xlsx أو CSV',
  'importCore.pdf': '{file} ملف PDF وليس جدول بيانات؛ استورد ملف .xlsx أو CSV',
  'importCore.tooManyRows': 'في {file} {rows, number} صفًا؛ يستورد Corridor {max, number} صف كحد أقصى في المرة الواحدة',
  'importCore.sheetTooManyRows': '{file}: في الورقة أكثر من {max, number} صف؛ يستورد Corridor هذا العدد كحد أقصى في المرة الواحدة',
  'importCore.notWorkbook': 'تعذّرت قراءة {file} كمصنف Excel ({detail})؛ افتحه في Excel أو LibreOffice واحفظه من جديد',
  'importCore.noSuchSheet':
    'في {file} {count, plural, zero {لا أوراق} one {ورقة واحدة} two {ورقتان} few {# أوراق} many {# ورقة} other {# ورقة}} ({sheets})؛ لا توجد ورقة رقم {sheet, number}',
  'importCore.noRows': 'لا صفوف فيها بيانات في {file}: لا شيء للاستيراد',
  'importCore.noHeader':
    'لم يوجد صف عناوين في أول {rows, number} صفًا من {file}: يجب أن يسمّي صف العناوين عمودين على الأقل بالكلمات (مثل Code وName)، فوق البيانات',
  'importCore.noKnownColumn':
    'لا عمود في {file} يعرفه Corridor لـ {target}: صف العناوين رقم {row, number} يقرأ «{named}»؛ الأعمدة المتوقعة مثل {expected} (أو وسوم HXL الخاصة بها)',
  'importCore.notInFile': '{field} (غير موجود في الملف)',
  'importCore.notOurs': '«{value}» ليست من قيمنا ({choices}): اربطها تحت القيم',
  'importCore.cellReason': '{field} {reason}',
  'importCore.fieldReason': '{field}: {reason}',
  'importCore.contactReason': 'جهة الاتصال: {reason}',
  'importCore.codeTwice': '{field} {code} موجود أيضًا في الصف {row, number}: كل رمز مرة واحدة في الملف',
  'importCore.notNumber': 'ليس رقمًا',
  'importCore.notDateNorExcel': 'ليس تاريخًا (ولا رقم تاريخ في Excel)',
  'importCore.notRealDate': 'ليس تاريخًا حقيقيًا',
  'importCore.dateEitherWay': 'قد يُقرأ يوم/شهر أو شهر/يوم: اختر ترتيب التاريخ',
  'importCore.notRealDateMdy': 'ليس تاريخًا حقيقيًا إذا قُرئ شهر/يوم/سنة',
  'importCore.notRealDateDmy': 'ليس تاريخًا حقيقيًا إذا قُرئ يوم/شهر/سنة',
  'importCore.notDate': 'ليس تاريخًا: اكتب 2026-03-31 أو 31/03/2026 أو 03/31/2026',
  'importCore.zipNoToc': '{file} ملف zip تالف (فهرس محتوياته مفقود)؛ افتحه في Excel أو LibreOffice واحفظه من جديد',
  'importCore.zipTooLarge': '{file} ملف zip كبير جدًا أو تالف فلا يمكن أن يكون مصنفًا يقرؤه Corridor (ZIP64 أو فهرس محتويات خاطئ)',
  'importCore.zipDamaged': '{file} ملف zip تالف؛ احفظه من جديد من Excel أو LibreOffice',
  'importCore.zipPartHuge': '{file}: الجزء {part} يتجاوز 4 غيغابايت بعد فك الضغط؛ هذا ليس جدول بيانات يستطيع Corridor استيراده',
  'importCore.zipBomb':
    '{file} يبدو قنبلة zip: {part} يتحول من {packed, number} بايت إلى {unpacked, number} بايت بعد فك الضغط؛ لم يُقرأ شيء',
  'importCore.zipPartPastDeclared':
    '{file} تالف أو قنبلة zip: {part} يتجاوز بعد فك الضغط {declared, number} بايت المعلنة في مدخله؛ لم يُقرأ شيء',
  'importCore.pastLastColumn':
    '{file} تالف: الخلية {ref} في الصف {row} تقع بعد العمود XFD، آخر أعمدة جدول البيانات؛ افتحه في Excel أو LibreOffice واحفظه من جديد',
  'importCore.zipUnpacksTooMuch':
    '{file} يصبح {mb, number} ميغابايت بعد فك الضغط، أكثر من {max, number} ميغابايت التي يقرؤها Corridor؛ قسّمه إلى ملفات أصغر',
  'importCore.zipNotXlsx': '{file} ملف zip لكنه ليس مصنف Excel (.xlsx): لا يحتوي xl/workbook.xml؛ احفظه بصيغة .xlsx أو CSV',
  'importCore.required': '{field} إلزامي',
  'importCore.noSite': 'لا موقع بالرمز {code}؛ استورد الموقع أو أضفه أولًا',
  'importCore.noItem': 'لا صنف بالرمز {code}؛ استورد الفهرس أولًا',
  'importCore.noOrg': 'لا منظمة بالاسم المختصر {code}',
  'importCore.quantityRange': 'يجب أن تكون الكمية عددًا صحيحًا من الوحدات الأساسية من 1 إلى {max, number}',
  'importCore.lotExpiry': '{item} يُتتبّع بالدفعة وتاريخ الانتهاء: أدخل الاثنين',
  'importCore.postedAlready': 'رُحِّل المخزون الافتتاحي من {file} من قبل ({number}، المرجع {reference})؛ استيراده مرة أخرى يحسبه مرتين',
};
