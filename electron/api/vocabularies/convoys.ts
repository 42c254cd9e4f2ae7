/** Convoys, vehicles and manifests: their kinds, states and actions, with the words people read. */

export const VEHICLE_KINDS = ['truck', 'light_truck', 'pickup', 'van', 'tanker', 'refrigerated_truck', 'flatbed'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];
export const VEHICLE_KIND_LABELS: Record<VehicleKind, string> = {
  truck: 'Truck',
  light_truck: 'Light truck',
  pickup: 'Pick-up',
  van: 'Van',
  tanker: 'Tanker',
  refrigerated_truck: 'Refrigerated truck',
  flatbed: 'Flatbed',
};

/** planning → loading → cleared → in transit → arrived → closed, or cancelled before departure. */
export const CONVOY_STATUSES = ['planning', 'loading', 'cleared', 'in_transit', 'arrived', 'closed', 'cancelled'] as const;
export type ConvoyStatus = (typeof CONVOY_STATUSES)[number];
export const CONVOY_STATUS_LABELS: Record<ConvoyStatus, string> = {
  planning: 'Planning',
  loading: 'Loading',
  cleared: 'Cleared',
  in_transit: 'In transit',
  arrived: 'Arrived',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

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
export const NOTIFICATION_STATUS_LABELS: Record<NotificationStatus, string> = {
  not_required: 'Not required',
  not_submitted: 'Not yet submitted',
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
};

/** Notice the military needs before a humanitarian movement, in hours. */
export const NOTIFICATION_NOTICE_HOURS = { normal: 48, emergency: 24 } as const;

export const WAYBILL_STATUSES = ['issued', 'void'] as const;
export type WaybillStatus = (typeof WAYBILL_STATUSES)[number];
