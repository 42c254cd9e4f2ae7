/* تصدير إخطار التحرك (مسار القافلة ومحطاتها وتوقيتاتها ومركباتها ولوحاتها لتجنب التعارض)، بالعربية (نفس مفاتيح convoy-movement.en.ts). */
import type { ConvoyMovementKey } from './convoy-movement.en';

export const convoyMovementAr: Record<ConvoyMovementKey, string> = {
  'movement.title': 'إخطار التحرك',
  'movement.scope': 'القافلة {number}',
  'movement.export': 'تصدير الإخطار…',
  'movement.exportHint':
    'ملف XLSX أو CSV بالمسار والمحطات والتوقيتات والمركبات واللوحات، صف لكل مركبة، لخلية مراقبة التحركات. عند التصدير لشريك يُطبَّق ملف المشاركة الخاص به. ضع عليه «مُقدَّم» بعد إرساله.',
  'movement.noVehicle': 'لا توجد مركبة بعد في القافلة {number}: إخطار التحرك يسرد المركبات ولوحاتها، فأضفها أولاً',
  'movement.col.convoy': 'القافلة',
  'movement.col.movementNumber': 'رقم التحرك / التصريح',
  'movement.col.emergency': 'طارئ',
  'movement.col.status': 'حالة القافلة',
  'movement.col.notification': 'الإخطار',
  'movement.col.origin': 'من',
  'movement.col.plannedDeparture': 'المغادرة المخططة (UTC)',
  'movement.col.actualDeparture': 'المغادرة الفعلية (UTC)',
  'movement.col.stops': 'المحطات (الوصول المخطط، UTC)',
  'movement.col.plannedArrival': 'الوصول المخطط (UTC)',
  'movement.col.route': 'المسار',
  'movement.col.routeCoarse': 'المسار (المناطق الإدارية فقط)',
  'movement.col.escortNeeded': 'مرافقة مطلوبة',
  'movement.col.escortUnit': 'الوحدة المرافقة',
  'movement.col.escortComposition': 'تشكيل المرافقة',
  'movement.col.vehicle': 'المركبة',
  'movement.col.plate': 'اللوحة',
  'movement.col.kind': 'نوع المركبة',
  'movement.col.owner': 'مالك المركبة',
  'movement.col.driver': 'السائق',
  'movement.col.cargoKg': 'وزن الحمولة (كغ)',
  'movement.col.dangerousGoods': 'بضائع خطرة (فئات ADR)',
  'movement.col.refrigerated': 'مبرّدة',
};
