/* التحويلات الواردة واستلام التحويلات بالعربية (المفاتيح نفسها: transfers.en.ts). */
import type { TransfersKey } from './transfers.en';

export const transfersAr: Record<TransfersKey, string> = {
  'receiptCore.shortNeedsReason': '{count} {unit} ناقصة: اختر السبب (فُقدت أثناء النقل، سرقة…)',
  'receiptCore.damagedNeedsReason': '{count} {unit} تالفة: اختر السبب (المناولة، الماء…)',
  'receiptCore.overNeedsReason': '{count} {unit} زيادة عمّا أُرسل: اختر السبب (خطأ عدّ لدى المُرسِل…)',
  'receiptCore.nothingReceived': 'لم يُستلم شيء',
  'receiptCore.beforeSent': 'وصل في {day}، قبل إرسال التحويل في {sent}: أرّخ الاستلام بيوم الإرسال أو بعده',
};
