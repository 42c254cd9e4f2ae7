import { sql } from 'drizzle-orm';
import { sqliteTable, text, real, integer, index, uniqueIndex, check } from 'drizzle-orm/sqlite-core';
import { recordColumns, wholeQuantity } from './common';
import { organisations } from './partners';
import { sites } from './sites';
import { stockDocuments, stockLots } from './stock';
import { CONVOY_STATUSES, NOTIFICATION_STATUSES, TLP_LABELS, VEHICLE_KINDS, WAYBILL_STATUSES } from '../../electron/api/vocabularies';

/* Convoys and manifests: vehicles, convoys with their stops and vehicles, manifest lines, the timeline and the waybill register. */

export const vehicles = sqliteTable(
  'vehicles',
  {
    ...recordColumns(),
    plate: text('plate').notNull(),
    kind: text('kind', { enum: VEHICLE_KINDS }).notNull(),
    ownerOrgId: text('owner_org_id').references(() => organisations.id),
    /** Payload in kg and cargo volume in m³ (stored metric; shown in lb/ft³ on request). */
    payloadKg: real('payload_kg').notNull(),
    cargoVolumeM3: real('cargo_volume_m3').notNull(),
    driverName: text('driver_name').notNull().default(''),
    driverPhone: text('driver_phone').notNull().default(''),
    driverLicence: text('driver_licence').notNull().default(''),
    refrigerated: integer('refrigerated', { mode: 'boolean' }).notNull().default(false),
    /** TLP label; null = the type's default (setting sharing.default.vehicle). */
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [uniqueIndex('vehicles_plate_uq').on(sql`${t.plate} COLLATE NOCASE`), index('vehicles_owner_idx').on(t.ownerOrgId)],
);
export type Vehicle = typeof vehicles.$inferSelect;

export const convoys = sqliteTable(
  'convoys',
  {
    ...recordColumns(),
    /** Origin site code, CVY, year, sequence: FOB-N-CVY-2026-00001 (allocated at creation, never reused). */
    number: text('number').notNull(),
    originSiteId: text('origin_site_id')
      .notNull()
      .references(() => sites.id),
    status: text('status', { enum: CONVOY_STATUSES }).notNull().default('planning'),
    /** Planned and actual times, ISO 8601 UTC (departure times are a sensitive field in exports). */
    plannedDeparture: text('planned_departure'),
    plannedArrival: text('planned_arrival'),
    actualDeparture: text('actual_departure'),
    actualArrival: text('actual_arrival'),
    /** Movement/clearance number given by the military movement control. */
    movementNumber: text('movement_number').notNull().default(''),
    /** The route (sensitive: routes). */
    route: text('route').notNull().default(''),
    escortNeeded: integer('escort_needed', { mode: 'boolean' }).notNull().default(false),
    escortUnit: text('escort_unit').notNull().default(''),
    /** Sensitive: escort composition. */
    escortComposition: text('escort_composition').notNull().default(''),
    emergency: integer('emergency', { mode: 'boolean' }).notNull().default(false),
    notificationStatus: text('notification_status', { enum: NOTIFICATION_STATUSES }).notNull().default('not_required'),
    notificationSubmittedAt: text('notification_submitted_at'),
    notificationAcknowledgedAt: text('notification_acknowledged_at'),
    notes: text('notes').notNull().default(''),
    /** TLP label; null = the type's default (setting sharing.default.convoy). */
    sharing: text('sharing', { enum: TLP_LABELS }),
  },
  (t) => [
    uniqueIndex('convoys_number_uq').on(t.number),
    index('convoys_status_idx').on(t.status),
    index('convoys_origin_idx').on(t.originSiteId),
  ],
);
export type Convoy = typeof convoys.$inferSelect;

/** A destination stop: one of our sites, or a partner's place named in words. */
export const convoyStops = sqliteTable(
  'convoy_stops',
  {
    ...recordColumns(),
    convoyId: text('convoy_id')
      .notNull()
      .references(() => convoys.id),
    position: integer('position').notNull(),
    siteId: text('site_id').references(() => sites.id),
    placeName: text('place_name').notNull().default(''),
    plannedArrival: text('planned_arrival'),
    /** Set when the stop's arrival was recorded (received good / damaged / short per line). */
    arrivedAt: text('arrived_at'),
  },
  (t) => [index('convoy_stops_convoy_idx').on(t.convoyId, t.position), index('convoy_stops_site_idx').on(t.siteId)],
);
export type ConvoyStop = typeof convoyStops.$inferSelect;

export const convoyVehicles = sqliteTable(
  'convoy_vehicles',
  {
    ...recordColumns(),
    convoyId: text('convoy_id')
      .notNull()
      .references(() => convoys.id),
    vehicleId: text('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('convoy_vehicles_uq').on(t.convoyId, t.vehicleId), index('convoy_vehicles_vehicle_idx').on(t.vehicleId)],
);
export type ConvoyVehicle = typeof convoyVehicles.$inferSelect;

/** The convoy's timeline: every action, who, when, with the comment given. */
export const convoyEvents = sqliteTable(
  'convoy_events',
  {
    ...recordColumns(),
    convoyId: text('convoy_id')
      .notNull()
      .references(() => convoys.id),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: CONVOY_STATUSES }),
    toStatus: text('to_status', { enum: CONVOY_STATUSES }).notNull(),
    at: text('at').notNull(),
    operator: text('operator').notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('convoy_events_convoy_idx').on(t.convoyId, t.at)],
);
export type ConvoyEvent = typeof convoyEvents.$inferSelect;

/** The waybill register: numbered like cheques (no gap, no reuse); a voided waybill stays. */
export const waybills = sqliteTable(
  'waybills',
  {
    ...recordColumns(),
    number: text('number').notNull(),
    convoyId: text('convoy_id')
      .notNull()
      .references(() => convoys.id),
    stopId: text('stop_id')
      .notNull()
      .references(() => convoyStops.id),
    consigneeOrgId: text('consignee_org_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: WAYBILL_STATUSES }).notNull().default('issued'),
    issuedAt: text('issued_at').notNull(),
    voidReason: text('void_reason').notNull().default(''),
    /** SHA-256 of the waybill's content as printed (number, parties, lines): what its QR code carries. */
    contentHash: text('content_hash').notNull(),
  },
  (t) => [uniqueIndex('waybills_number_uq').on(t.number), index('waybills_convoy_idx').on(t.convoyId)],
);
export type Waybill = typeof waybills.$inferSelect;

/** A manifest line: what goes on which vehicle, for whom and to which stop. */
export const manifestLines = sqliteTable(
  'manifest_lines',
  {
    ...recordColumns(),
    convoyId: text('convoy_id')
      .notNull()
      .references(() => convoys.id),
    vehicleId: text('vehicle_id').references(() => vehicles.id),
    /** The lot picked from the origin's stock (its item, owner and expiry come with it). */
    lotId: text('lot_id').references(() => stockLots.id),
    consigneeOrgId: text('consignee_org_id').references(() => organisations.id),
    stopId: text('stop_id').references(() => convoyStops.id),
    /** Base units (from the packs when given in packs). */
    quantity: integer('quantity').notNull().default(0),
    /** Given in packs: which of the item's packs and how many (quantity = count × pack size); null = given in base units. */
    packName: text('pack_name'),
    packCount: integer('pack_count'),
    handlingUnits: integer('handling_units'),
    handlingUnitType: text('handling_unit_type').notNull().default(''),
    /** Gross weight (kg) and volume (m³); from the item's unit weight and volume unless typed. */
    weightKg: real('weight_kg'),
    volumeM3: real('volume_m3'),
    dangerousGoods: integer('dangerous_goods', { mode: 'boolean' }).notNull().default(false),
    coldChain: integer('cold_chain', { mode: 'boolean' }).notNull().default(false),
    fefoOverrideReason: text('fefo_override_reason'),
    /** Set at dispatch: the stock document that moved it and its waybill. */
    dispatchDocumentId: text('dispatch_document_id').references(() => stockDocuments.id),
    waybillId: text('waybill_id').references(() => waybills.id),
    /** Set at arrival: received good and damaged (the rest is short; more than sent is over). */
    receivedGood: integer('received_good'),
    receivedDamaged: integer('received_damaged'),
  },
  (t) => [
    index('manifest_lines_convoy_idx').on(t.convoyId),
    index('manifest_lines_lot_idx').on(t.lotId),
    index('manifest_lines_vehicle_idx').on(t.vehicleId),
    check('manifest_lines_quantity_range', wholeQuantity(t.quantity, 0)),
    check('manifest_lines_handling_units_range', wholeQuantity(t.handlingUnits, 0, true)),
    check('manifest_lines_received_good_range', wholeQuantity(t.receivedGood, 0, true)),
    check('manifest_lines_received_damaged_range', wholeQuantity(t.receivedDamaged, 0, true)),
  ],
);
export type ManifestLine = typeof manifestLines.$inferSelect;
