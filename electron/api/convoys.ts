/* eslint-disable max-lines -- the convoy area's whole contract (input schemas, views, operations) in one place, as each area's contract file is; the views are plain interfaces */
import { z } from 'zod';
import { recordSharing } from './sharing-field';
import {
  CONVOY_MOVES,
  CONVOY_STATUSES,
  NOTIFICATION_STATUSES,
  VEHICLE_KINDS,
  type ConvoyAction,
  type ConvoyStatus,
  type NotificationStatus,
  type PackSize,
} from './vocabularies';
import type { ConvoyEvent, Vehicle, Waybill } from './record-types';
import { command, query } from './define';
import { flexibleBoolean, idRef, optionalIdRef, optionalText, requiredText, uuid } from './formats';
import { say, sayLater, type MessageKey } from './i18n';
import { listInput, removeInput, restoreInput, rowIdentity, rowsInput, versionedId, type RemoveOutcome } from './records';
import { occurredAtField, optionalWholeNumber, wholeNumber } from './stock/fields';
import { text } from './text';
import type { WorkflowView } from './workflow';

/* Convoys and manifests: vehicles, convoys, stops, manifest lines, moves, arrival and waybills. */

/* Field names are catalogue keys: refusals are worded when they happen, in the reader's language. */
const measure = (label: MessageKey, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v),
    z.number(sayLater('convoyCore.measureRequired', () => ({ field: say(label) }))).refine(
      (n) => Number.isFinite(n) && n > 0 && n <= max,
      sayLater('convoyCore.measureRange', () => ({ field: say(label), max })),
    ),
  );
const optionalMeasure = (label: MessageKey, max: number) =>
  z
    .preprocess(
      (v) =>
        v == null || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? Number(v.trim().replace(',', '.')) : v,
      z
        .number(sayLater('format.number', () => ({ field: say(label) })))
        .refine(
          (n) => Number.isFinite(n) && n >= 0 && n <= max,
          sayLater('convoyCore.measureBetween', () => ({ field: say(label), max })),
        )
        .nullable(),
    )
    .optional();

export const vehicleRow = z.object({
  ...rowIdentity,
  plate: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase().replace(/ +/g, ' ') : v),
    z.string(sayLater('convoyCore.plateRequired')).regex(/^[A-Z0-9][A-Z0-9 -]{1,14}$/, sayLater('convoyCore.plateFormat')),
  ),
  kind: z.enum(VEHICLE_KINDS, sayLater('convoyCore.kindChoice', { kinds: VEHICLE_KINDS.join(', ') })),
  ownerOrgId: optionalIdRef('Owner organisation'),
  payloadKg: measure('convoyCore.field.payload', 100_000),
  cargoVolumeM3: measure('convoyCore.field.cargoVolume', 200),
  driverName: optionalText('Driver', 120),
  driverPhone: optionalText('Driver phone', 40),
  driverLicence: optionalText('Driver licence', 40),
  refrigerated: flexibleBoolean('Refrigerated').optional(),
  sharing: recordSharing,
});

/** A moment: a date (noon UTC) or an ISO date-time; blank clears it. */
const moment = (label: MessageKey) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
      z
        .string(sayLater('convoyCore.moment', () => ({ field: say(label) })))
        .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, {
          ...sayLater('convoyCore.moment', () => ({ field: say(label) })),
          abort: true,
        })
        .refine(
          (s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T12:00:00Z` : s.replace(' ', 'T'))),
          sayLater('convoyCore.momentReal', () => ({ field: say(label) })),
        )
        .nullable()
        .optional(),
    )
    .optional();

export const convoyHeader = {
  plannedDeparture: moment('convoyCore.field.plannedDeparture'),
  plannedArrival: moment('convoyCore.field.plannedArrival'),
  movementNumber: optionalText('Movement/clearance number', 60),
  route: optionalText('Route', 500),
  escortNeeded: flexibleBoolean('Escort needed').optional(),
  escortUnit: optionalText('Escorting unit', 120),
  escortComposition: optionalText('Escort composition', 500),
  emergency: flexibleBoolean('Emergency').optional(),
  notes: optionalText('Notes', 2000, { multiline: true }),
  sharing: recordSharing,
};

export const stopRow = z.object({
  ...rowIdentity,
  siteId: optionalIdRef('Destination site'),
  placeName: optionalText('Place', 120),
  plannedArrival: moment('convoyCore.field.plannedArrival'),
});

export const createConvoyInput = z.object({
  originSiteId: idRef('Origin site'),
  ...convoyHeader,
  stops: z
    .array(stopRow)
    .max(
      20,
      sayLater('schema.atMostStops', () => ({ max: 20 })),
    )
    .default([]),
  vehicleIds: z.array(idRef('Vehicle')).max(50, 'At most 50 vehicles').default([]),
});
export const updateConvoyInput = z.object({ ...versionedId, ...convoyHeader });

export const saveStopsInput = z.object({
  convoyId: uuid,
  rows: z
    .array(stopRow)
    .min(1, sayLater('schema.nothingToSave'))
    .max(
      20,
      sayLater('schema.atMostStops', () => ({ max: 20 })),
    ),
});
export const addVehicleInput = z.object({ convoyId: uuid, vehicleId: idRef('Vehicle') });

export const convoyMoveInput = z.object({
  ...versionedId,
  action: z.enum(
    CONVOY_MOVES,
    sayLater('schema.actionOneOf', () => ({ values: CONVOY_MOVES.join(', ') })),
  ),
  comment: optionalText('Comment', 1000),
  /** When it happened (departure, arrival); now when blank. */
  at: occurredAtField,
});

export const notificationInput = z.object({
  ...versionedId,
  status: z.enum(
    NOTIFICATION_STATUSES,
    sayLater('schema.notificationStatusOneOf', () => ({ values: NOTIFICATION_STATUSES.join(', ') })),
  ),
});

/** One manifest line as the grid sends it; weight and volume come from the item when left blank. */
export const manifestRow = z.object({
  ...rowIdentity,
  vehicleId: optionalIdRef('Vehicle'),
  lotId: optionalIdRef('Lot'),
  consigneeOrgId: optionalIdRef('Consignee'),
  stopId: optionalIdRef('Stop'),
  quantity: optionalWholeNumber('Quantity', 1),
  /** Or in packs, as on stock document lines: which of the item's packs and how many (quantity = count × size); null goes back to base units. */
  packName: z
    .preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim().toLowerCase()) : v),
      text('Pack', { max: 30 }).nullable().optional(),
    )
    .optional(),
  packCount: optionalWholeNumber('Pack count', 1),
  handlingUnits: optionalWholeNumber('Handling units', 0),
  handlingUnitType: optionalText('Handling unit', 30),
  weightKg: optionalMeasure('convoyCore.field.weight', 1_000_000),
  volumeM3: optionalMeasure('convoyCore.field.volume', 10_000),
  fefoOverrideReason: optionalText('FEFO override reason', 300),
});
export const saveManifestInput = rowsInput(manifestRow).extend({ convoyId: uuid });
export const removeManifestInput = z.object({
  convoyId: uuid,
  lines: z.array(z.object(versionedId)).min(1, sayLater('schema.nothingToRemove')).max(20000),
});

export const receiveStopInput = z.object({
  convoyId: uuid,
  stopId: uuid,
  at: occurredAtField,
  notes: optionalText('Notes', 2000, { multiline: true }),
  /** Per manifest line of this stop: received good and damaged; the rest is short, more than sent is over. */
  lines: z
    .array(z.object({ lineId: uuid, good: wholeNumber('Received good', 0), damaged: wholeNumber('Received damaged', 0).default(0) }))
    .max(20000),
});

/** The lot picker's question: the origin's lots matching what was typed (the first `limit`), or every lot of the item codes a pasted block names. */
export const originLotsInput = z.object({
  convoyId: uuid,
  search: optionalText('Search', 100),
  itemCodes: z
    .array(text('Item code', { max: 60 }))
    .max(5000)
    .optional(),
  limit: z.number().int().min(1).max(200).default(30),
});

export const voidWaybillInput = z.object({ ...versionedId, reason: requiredText('Reason', 300) });

/** A printed document (PDF, made in the core as a job): a waybill, a vehicle's manifest, a stop's loss report. */
export const convoyPrintRequest = z.discriminatedUnion(
  'document',
  [
    z.object({ document: z.literal('waybill'), waybillId: uuid }),
    z.object({ document: z.literal('manifest'), convoyId: uuid, vehicleId: uuid }),
    z.object({ document: z.literal('loss-report'), convoyId: uuid, stopId: uuid }),
  ],
  sayLater('schema.documentOneOf', () => ({ values: 'waybill, manifest, loss-report' })),
);
export type ConvoyPrintRequest = z.output<typeof convoyPrintRequest>;

/** What a print job wrote (its result); the window saves the file by the job's id. */
export interface PrintOutcome {
  fileName: string;
  bytes: number;
  lines: number;
}

/**
 * Verify's answer for a QR code's text: match (the printed copy agrees with the register);
 * mismatch (the code's hash is not this document's: altered or forged); changed (a waybill whose
 * content in the database no longer gives the hash it was issued with); void; unknown number;
 * unreadable (not a Corridor code).
 */
export const VERIFY_STATES = ['match', 'mismatch', 'changed', 'void', 'unknown', 'unreadable'] as const;
export interface VerifyOutcome {
  state: (typeof VERIFY_STATES)[number];
  kind: 'waybill' | 'manifest' | 'loss-report' | null;
  number: string | null;
  issuedAt?: string;
  consignee?: string;
  destination?: string;
  voidReason?: string;
  lines?: number;
}

// ---- views -------------------------------------------------------------------------------

export interface VehicleLoad {
  vehicleId: string;
  plate: string;
  refrigerated: boolean;
  payloadKg: number;
  cargoVolumeM3: number;
  weightKg: number;
  volumeM3: number;
  lines: number;
  /** Problems with this vehicle's load: over payload or volume, mixed dangerous goods, cold chain without refrigeration. */
  problems: string[];
}

/**
 * One manifest line as the window gets it: ids and numbers. Its lot's and item's facts (names,
 * expiry, packs) come once each beside the lines (ManifestView.lots and .items), not on every line:
 * a 2,000-line manifest is read and sent in a fraction of the size.
 */
export interface ManifestLine {
  id: string;
  version: number;
  vehicleId: string | null;
  lotId: string | null;
  consigneeOrgId: string | null;
  stopId: string | null;
  quantity: number;
  /** Given in packs: the pack and how many (quantity = count × size); null when given in base units. */
  packName: string | null;
  packCount: number | null;
  handlingUnits: number | null;
  handlingUnitType: string;
  weightKg: number | null;
  volumeM3: number | null;
  dangerousGoods: boolean;
  coldChain: boolean;
  fefoOverrideReason: string | null;
  waybillId: string | null;
  receivedGood: number | null;
  receivedDamaged: number | null;
}

/** A lot named by manifest lines. */
export interface ManifestLot {
  itemId: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerOrgId: string;
}

/** An item named by manifest lines' lots, with its packs (the pack column's choices). */
export interface ManifestItem {
  code: string;
  name: string;
  baseUnit: string;
  dgClass: string | null;
  unNumber: string | null;
  packSizes: PackSize[];
}

/** A manifest line with its lot's and item's facts: a row of the window's manifest grid (expanded from ManifestView). */
export interface ManifestRow extends ManifestLine {
  itemId: string | null;
  itemCode: string | null;
  itemName: string | null;
  baseUnit: string | null;
  lotNumber: string | null;
  expiryDate: string | null;
  ownerOrgId: string | null;
  dgClass: string | null;
  unNumber: string | null;
}

/** A manifest line as the core reads it: a row, with its convoy and the stock document its dispatch wrote. */
export interface ManifestLineView extends ManifestRow {
  convoyId: string;
  dispatchDocumentId: string | null;
}

export interface ConvoyStopView {
  id: string;
  version: number;
  position: number;
  siteId: string | null;
  siteCode: string | null;
  placeName: string;
  /** The site's name, or the place typed. */
  label: string;
  plannedArrival: string | null;
  arrivedAt: string | null;
}

export interface ConvoyVehicleView {
  id: string;
  version: number;
  vehicleId: string;
  plate: string;
  kind: string;
  driverName: string;
  refrigerated: boolean;
  payloadKg: number;
  cargoVolumeM3: number;
}

export interface ConvoySummary {
  id: string;
  version: number;
  number: string;
  status: ConvoyStatus;
  originSiteId: string;
  originCode: string;
  plannedDeparture: string | null;
  actualDeparture: string | null;
  emergency: boolean;
  notificationStatus: NotificationStatus;
  stops: string;
  vehicles: number;
  lines: number;
  /** Over a vehicle's payload or volume, mixed dangerous goods, cold chain without refrigeration. */
  loadProblems: number;
  /** When departure is planned within the notice the military needs and the notification is not acknowledged. */
  noticeWarning: string | null;
  workflow: WorkflowView<ConvoyStatus, ConvoyAction>;
}

export interface ConvoyDetail extends Omit<ConvoySummary, 'stops' | 'vehicles' | 'lines' | 'loadProblems'> {
  plannedArrival: string | null;
  actualArrival: string | null;
  movementNumber: string;
  route: string;
  escortNeeded: boolean;
  escortUnit: string;
  escortComposition: string;
  notes: string;
  sharing: string | null;
  notificationSubmittedAt: string | null;
  notificationAcknowledgedAt: string | null;
  stops: ConvoyStopView[];
  vehicles: ConvoyVehicleView[];
  loads: VehicleLoad[];
  timeline: ConvoyEvent[];
  waybills: Waybill[];
  /** The stock documents dispatch and arrival wrote, by number. */
  documents: { id: string; number: string | null; kind: string }[];
}

export interface ManifestView {
  lines: ManifestLine[];
  /** The lines' lots and their items, by id, each once. */
  lots: Record<string, ManifestLot>;
  items: Record<string, ManifestItem>;
  loads: VehicleLoad[];
}

/** A lot in good condition at a convoy's origin: what the manifest can load, earliest expiry first per item (FEFO). */
export interface OriginLot {
  lotId: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  baseUnit: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerOrgId: string;
  ownerShortName: string;
  available: number;
  /** The item's packs (a manifest quantity may be given in them). */
  packSizes: PackSize[];
  /** The first lot to pick of its item and owner (FEFO); another needs a reason. */
  fefoFirst: boolean;
}

export interface VehicleHistoryEntry {
  convoyId: string;
  number: string;
  status: ConvoyStatus;
  plannedDeparture: string | null;
  actualDeparture: string | null;
  lines: number;
  weightKg: number;
}

export const convoyOps = {
  'vehicles.list': query<Vehicle[]>('read')(listInput),
  'vehicles.save': command<Vehicle[]>('records.edit')(rowsInput(vehicleRow)),
  'vehicles.remove': command<RemoveOutcome>('records.edit')(removeInput),
  'vehicles.restore': command<Vehicle>('records.edit')(restoreInput),
  'vehicles.history': query<VehicleHistoryEntry[]>('read')(z.object({ vehicleId: uuid })),
  'convoys.list': query<ConvoySummary[]>('read')(
    z
      .object({ status: z.enum(CONVOY_STATUSES).optional() })
      .optional()
      .default({}),
  ),
  'convoys.get': query<ConvoyDetail>('read')(z.object({ id: uuid })),
  'convoys.create': command<ConvoyDetail>('stock.edit')(createConvoyInput),
  'convoys.update': command<ConvoyDetail>('stock.edit')(updateConvoyInput),
  'convoys.stops.save': command<ConvoyDetail>('stock.edit')(saveStopsInput),
  'convoys.stops.remove': command<ConvoyDetail>('stock.edit')(z.object(versionedId)),
  'convoys.vehicles.add': command<ConvoyDetail>('stock.edit')(addVehicleInput),
  'convoys.vehicles.remove': command<ConvoyDetail>('stock.edit')(z.object(versionedId)),
  'convoys.act': command<ConvoyDetail>('stock.edit')(convoyMoveInput),
  'convoys.notification': command<ConvoyDetail>('stock.edit')(notificationInput),
  'convoys.manifest.get': query<ManifestView>('read')(z.object({ convoyId: uuid })),
  'convoys.originLots': query<OriginLot[]>('read')(originLotsInput),
  'convoys.manifest.save': command<ManifestView>('stock.edit')(saveManifestInput),
  'convoys.manifest.remove': command<ManifestView>('stock.edit')(removeManifestInput),
  'convoys.receiveStop': command<ConvoyDetail>('stock.edit')(receiveStopInput),
  'waybills.void': command<Waybill>('stock.approve')(voidWaybillInput),
  'documents.verify': query<VerifyOutcome>('read')(z.object({ code: requiredText('Code', 300) })),
};
