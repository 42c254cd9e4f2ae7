import type { ConvoyStatus, NotificationStatus, VehicleKind } from '../../vocabularies';
import type { MessageKey } from '../en';

/* Each convoy vocabulary value's catalogue key: what the board, the registry and messages show for it. */

export const VEHICLE_KIND_KEYS: Record<VehicleKind, MessageKey> = {
  truck: 'vocab.vehicleKind.truck',
  light_truck: 'vocab.vehicleKind.light_truck',
  pickup: 'vocab.vehicleKind.pickup',
  van: 'vocab.vehicleKind.van',
  tanker: 'vocab.vehicleKind.tanker',
  refrigerated_truck: 'vocab.vehicleKind.refrigerated_truck',
  flatbed: 'vocab.vehicleKind.flatbed',
};

export const CONVOY_STATUS_KEYS: Record<ConvoyStatus, MessageKey> = {
  planning: 'vocab.convoyStatus.planning',
  loading: 'vocab.convoyStatus.loading',
  cleared: 'vocab.convoyStatus.cleared',
  in_transit: 'vocab.convoyStatus.in_transit',
  arrived: 'vocab.convoyStatus.arrived',
  closed: 'vocab.convoyStatus.closed',
  cancelled: 'vocab.convoyStatus.cancelled',
};

export const NOTIFICATION_STATUS_KEYS: Record<NotificationStatus, MessageKey> = {
  not_required: 'vocab.notification.not_required',
  not_submitted: 'vocab.notification.not_submitted',
  submitted: 'vocab.notification.submitted',
  acknowledged: 'vocab.notification.acknowledged',
};
