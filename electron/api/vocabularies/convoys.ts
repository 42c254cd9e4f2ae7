/** Convoys, vehicles and manifests: their kinds, states and actions (the words people read are in the catalogues: CONVOY_STATUS_KEYS…). */

export const VEHICLE_KINDS = ['truck', 'light_truck', 'pickup', 'van', 'tanker', 'refrigerated_truck', 'flatbed'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

/** planning → loading → cleared → in transit → arrived → closed, or cancelled before departure. */
export const CONVOY_STATUSES = ['planning', 'loading', 'cleared', 'in_transit', 'arrived', 'closed', 'cancelled'] as const;
export type ConvoyStatus = (typeof CONVOY_STATUSES)[number];

export const CONVOY_ACTIONS = [
  'edit',
  'editManifest',
  'startLoading',
  'backToPlanning',
  'clear',
  'depart',
  'arrive',
  'close',
  'cancel',
] as const;
export type ConvoyAction = (typeof CONVOY_ACTIONS)[number];
/** The actions a caller asks for by name (edit and editManifest are implied by the other operations). */
export const CONVOY_MOVES = ['startLoading', 'backToPlanning', 'clear', 'depart', 'arrive', 'close', 'cancel'] as const;
export type ConvoyMove = (typeof CONVOY_MOVES)[number];

/** A movement notification for deconfliction is submitted and acknowledged, never "approved". */
export const NOTIFICATION_STATUSES = ['not_required', 'not_submitted', 'submitted', 'acknowledged'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Notice the military needs before a humanitarian movement, in hours. */
export const NOTIFICATION_NOTICE_HOURS = { normal: 48, emergency: 24 } as const;

export const WAYBILL_STATUSES = ['issued', 'void'] as const;
export type WaybillStatus = (typeof WAYBILL_STATUSES)[number];
