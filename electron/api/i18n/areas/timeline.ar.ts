/* النصوص التي يكتبها النظام في السجل الزمني (وصول محطة، تسليم طلب) بالعربية. */
import type { TimelineKey } from './timeline.en';

export const timelineAr: Record<TimelineKey, string> = {
  'timeline.stopReceived':
    '{stop}: {lines, plural, zero {لم يُستلم أي بند} one {استُلم بند واحد} two {استُلم بندان} few {استُلمت # بنود} many {استُلم # بندًا} other {استُلم # بند}}',
  'timeline.short': '، ناقص {count, number}',
  'timeline.damaged': '، تالف {count, number}',
  'timeline.delivered': 'سُلّم البند {line}: {quantity, number} {unit} ({link})',
  'timeline.committed': 'التُزم بالبند {line}: {quantity, number} {unit}{from, select, none {} other { اعتبارًا من {from}}}',
  'timeline.committedMore': '؛ البند {line}: {quantity, number} {unit}{from, select, none {} other { اعتبارًا من {from}}}',
  'timeline.countNote': 'بند الجرد {line}: المتوقع {expected, number}، المعدود {counted, number} ({reason})',
  'timeline.convoyIssueNotes': 'القافلة {number} إلى {stop}',
  'setup.homeOrgNote': 'منظمة هذا التثبيت',
  'setup.demoFailed': 'حُفظ الإعداد، لكن تعذّر تحميل سيناريو العرض: {reason}',
};
