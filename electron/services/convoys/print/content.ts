import type Database from 'better-sqlite3';
import { noteOfStoredText } from '../../core/stored-text';
import { all, one } from '../../stock/sql';
import { loadConvoy } from '../views';
import { contentHash, waybillContentFor, waybillLines, type WaybillContent } from '../waybill-content';

/*
 * What each printed document shows, read from the database alone in one canonical form: the PDF
 * is drawn from it and its QR code carries its hash, so Verify can recompute it later and tell
 * whether a printed copy still matches the register. Numbers:
 *   waybill      its own number, from the register (WB counter)
 *   manifest     <convoy number>/<plate>      (one per vehicle)
 *   loss report  <convoy number>/LR<stop position>  (one per stop, once its arrival is recorded)
 */

export { contentHash };

export interface WaybillPrint extends WaybillContent {
  status: 'issued' | 'void';
  voidReason: string;
  storedHash: string;
}

const WAYBILL_HEAD = `SELECT id, number, convoy_id AS convoyId, stop_id AS stopId, consignee_org_id AS consigneeOrgId, status,
  issued_at AS issuedAt, void_reason AS voidReason, content_hash AS contentHash FROM waybills`;

interface WaybillHead {
  id: string;
  number: string;
  convoyId: string;
  stopId: string;
  consigneeOrgId: string;
  status: 'issued' | 'void';
  issuedAt: string;
  voidReason: string;
  contentHash: string;
}

function waybillPrintOf(sqlite: Database.Database, w: WaybillHead | undefined): WaybillPrint | null {
  if (!w) return null;
  const content = waybillContentFor(sqlite, w, waybillLines(sqlite, w.id));
  return { ...content, status: w.status, voidReason: w.voidReason, storedHash: w.contentHash };
}

export const waybillPrint = (sqlite: Database.Database, id: string) =>
  waybillPrintOf(sqlite, one<WaybillHead>(sqlite, `${WAYBILL_HEAD} WHERE id = ?`, id));
export const waybillPrintByNumber = (sqlite: Database.Database, number: string) =>
  waybillPrintOf(sqlite, one<WaybillHead>(sqlite, `${WAYBILL_HEAD} WHERE number = ?`, number));

/** Hashed content of a waybill: what waybill-content.ts hashes (the register's status is not content). */
export const waybillHash = (p: WaybillPrint) => {
  const { status: _s, voidReason: _v, storedHash: _h, ...content } = p;
  return contentHash(content);
};

export interface ManifestPrint {
  number: string;
  convoy: string;
  status: string;
  origin: string;
  plannedDeparture: string;
  movementNumber: string;
  route: string;
  stops: string[];
  vehicle: {
    plate: string;
    kind: string;
    driver: string;
    driverPhone: string;
    payloadKg: number;
    cargoVolumeM3: number;
    refrigerated: boolean;
  };
  lines: {
    item: string;
    name: string;
    lot: string;
    expiry: string;
    owner: string;
    consignee: string;
    stop: string;
    quantity: number;
    unit: string;
    handlingUnits: string;
    weightKg: number;
    volumeM3: number;
    dangerousGoods: string;
    coldChain: boolean;
  }[];
}

export const manifestNumber = (convoyNumber: string, plate: string) => `${convoyNumber}/${plate}`;

const LINE_COLUMNS = `i.code AS item, i.name, coalesce(l.lot_number, '') AS lot, coalesce(l.expiry_date, '') AS expiry,
  coalesce(ow.short_name, '') AS owner, coalesce(co.short_name, '') AS consignee,
  coalesce(s.code || ' ' || s.name, st.place_name, '') AS stop, m.quantity, i.base_unit AS unit,
  trim(coalesce(m.handling_units, '') || ' ' || m.handling_unit_type) AS handlingUnits,
  coalesce(m.weight_kg, 0) AS weightKg, coalesce(m.volume_m3, 0) AS volumeM3`;
const LINE_JOINS = `FROM manifest_lines m JOIN stock_lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id
  LEFT JOIN organisations ow ON ow.id = l.owner_org_id LEFT JOIN organisations co ON co.id = m.consignee_org_id
  LEFT JOIN convoy_stops st ON st.id = m.stop_id LEFT JOIN sites s ON s.id = st.site_id`;

/** One vehicle's manifest: the convoy's head, the vehicle and its lines, in the order loaded. */
export function manifestPrint(sqlite: Database.Database, convoyId: string, vehicleId: string): ManifestPrint | null {
  const convoy = loadConvoy(sqlite, convoyId);
  const vehicle = one<ManifestPrint['vehicle']>(
    sqlite,
    `SELECT v.plate, v.kind, v.driver_name AS driver, v.driver_phone AS driverPhone, v.payload_kg AS payloadKg,
            v.cargo_volume_m3 AS cargoVolumeM3, v.refrigerated
     FROM convoy_vehicles cv JOIN vehicles v ON v.id = cv.vehicle_id WHERE cv.convoy_id = ? AND cv.vehicle_id = ?`,
    convoyId,
    vehicleId,
  );
  if (!vehicle) return null;
  const lines = all<ManifestPrint['lines'][number] & { dg: string | null; un: string | null; cold: number }>(
    sqlite,
    `SELECT ${LINE_COLUMNS}, i.dg_class AS dg, i.un_number AS un, m.cold_chain AS cold ${LINE_JOINS}
     WHERE m.convoy_id = ? AND m.vehicle_id = ? ORDER BY m.created_at, m.id`,
    convoyId,
    vehicleId,
  ).map(({ dg, un, cold, ...l }) => ({ ...l, dangerousGoods: dg ? `${un ? `UN${un} ` : ''}${dg}` : '', coldChain: !!cold }));
  return {
    number: manifestNumber(convoy.number, vehicle.plate),
    convoy: convoy.number,
    status: convoy.status,
    origin: `${convoy.originCode} ${convoy.originName}`,
    plannedDeparture: convoy.plannedDeparture ?? '',
    movementNumber: convoy.movementNumber,
    route: convoy.route,
    stops: all<{ label: string }>(
      sqlite,
      `SELECT coalesce(s.code || ' ' || s.name, st.place_name) AS label FROM convoy_stops st LEFT JOIN sites s ON s.id = st.site_id
       WHERE st.convoy_id = ? ORDER BY st.position`,
      convoyId,
    ).map((s) => s.label),
    vehicle: { ...vehicle, refrigerated: !!vehicle.refrigerated },
    lines,
  };
}

/** A manifest found by its printed number (<convoy>/<plate>). */
export function manifestPrintByNumber(sqlite: Database.Database, number: string): ManifestPrint | null {
  const cut = number.lastIndexOf('/');
  if (cut <= 0) return null;
  const found = one<{ convoyId: string; vehicleId: string }>(
    sqlite,
    `SELECT c.id AS convoyId, v.id AS vehicleId FROM convoys c JOIN convoy_vehicles cv ON cv.convoy_id = c.id
     JOIN vehicles v ON v.id = cv.vehicle_id WHERE c.number = ? AND v.plate = ?`,
    number.slice(0, cut),
    number.slice(cut + 1),
  );
  return found ? manifestPrint(sqlite, found.convoyId, found.vehicleId) : null;
}

export interface LossReportPrint {
  number: string;
  convoy: string;
  origin: string;
  stop: string;
  arrivedAt: string;
  notes: string;
  /** Every line that did not arrive as sent: short, damaged or over. */
  lines: {
    item: string;
    name: string;
    lot: string;
    expiry: string;
    owner: string;
    consignee: string;
    unit: string;
    sent: number;
    good: number;
    damaged: number;
    short: number;
    over: number;
    waybill: string;
  }[];
}

export const lossReportNumber = (convoyNumber: string, position: number) => `${convoyNumber}/LR${position}`;

/** The loss report of one stop, or null before its arrival was recorded. */
export function lossReportPrint(sqlite: Database.Database, convoyId: string, stopId: string): LossReportPrint | null {
  const convoy = loadConvoy(sqlite, convoyId);
  const stop = one<{ position: number; label: string; arrivedAt: string | null }>(
    sqlite,
    `SELECT st.position, coalesce(s.code || ' ' || s.name, st.place_name) AS label, st.arrived_at AS arrivedAt
     FROM convoy_stops st LEFT JOIN sites s ON s.id = st.site_id WHERE st.id = ? AND st.convoy_id = ?`,
    stopId,
    convoyId,
  );
  if (!stop?.arrivedAt) return null;
  const lines = all<Omit<LossReportPrint['lines'][number], 'short' | 'over'> & { good: number; damaged: number }>(
    sqlite,
    `SELECT i.code AS item, i.name, coalesce(l.lot_number, '') AS lot, coalesce(l.expiry_date, '') AS expiry,
            coalesce(ow.short_name, '') AS owner, coalesce(co.short_name, '') AS consignee, i.base_unit AS unit, m.quantity AS sent,
            coalesce(m.received_good, 0) AS good, coalesce(m.received_damaged, 0) AS damaged, coalesce(w.number, '') AS waybill
     FROM manifest_lines m JOIN stock_lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id
     LEFT JOIN organisations ow ON ow.id = l.owner_org_id LEFT JOIN organisations co ON co.id = m.consignee_org_id
     LEFT JOIN waybills w ON w.id = m.waybill_id
     WHERE m.convoy_id = ? AND m.stop_id = ? ORDER BY m.created_at, m.id`,
    convoyId,
    stopId,
  )
    .map((l) => ({ ...l, short: Math.max(0, l.sent - l.good - l.damaged), over: Math.max(0, l.good + l.damaged - l.sent) }))
    .filter((l) => l.short > 0 || l.damaged > 0 || l.over > 0);
  const event = one<{ comment: string }>(
    sqlite,
    `SELECT comment FROM convoy_events WHERE convoy_id = ? AND action = 'receiveStop' AND at = ? ORDER BY created_at DESC LIMIT 1`,
    convoyId,
    stop.arrivedAt,
  );
  const notes = event ? noteOfStoredText(event.comment) : '';
  return {
    number: lossReportNumber(convoy.number, stop.position),
    convoy: convoy.number,
    origin: `${convoy.originCode} ${convoy.originName}`,
    stop: stop.label,
    arrivedAt: stop.arrivedAt,
    notes,
    lines,
  };
}

export function lossReportPrintByNumber(sqlite: Database.Database, number: string): LossReportPrint | null {
  const m = /^(.+)\/LR(\d+)$/.exec(number);
  if (!m) return null;
  const found = one<{ convoyId: string; stopId: string }>(
    sqlite,
    `SELECT c.id AS convoyId, st.id AS stopId FROM convoys c JOIN convoy_stops st ON st.convoy_id = c.id WHERE c.number = ? AND st.position = ?`,
    m[1],
    Number(m[2]),
  );
  return found ? lossReportPrint(sqlite, found.convoyId, found.stopId) : null;
}
