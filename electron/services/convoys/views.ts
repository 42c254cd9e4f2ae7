import { say } from '../../api/i18n';
import { readStoredText } from '../core/stored-text';
import type Database from 'better-sqlite3';
import type { ConvoyDetail, ConvoyStopView, ConvoySummary, ConvoyVehicleView, ManifestLineView, ManifestView } from '../../api/convoys';
import { NOTIFICATION_NOTICE_HOURS, type ConvoyStatus, type NotificationStatus } from '../../api/vocabularies';
import type { ConvoyEvent, Waybill } from '../../api/record-types';
import { notFound } from '../core/errors';
import { all, one } from '../stock/sql';
import { inSlices, marks } from '../core/in-slices';
import { describe } from '../workflow/engine';
import { CONVOY_WORKFLOW, type ConvoyFacts } from '../workflow/convoys';
import { compactManifest } from './manifest-compact';
import { manifestLoads, manifestSummary, type ManifestSummary } from './manifest-facts';

/* Reading convoys: the stored row, its stops, vehicles and manifest, the load per vehicle, the workflow facts. */

export interface ConvoyRow {
  id: string;
  version: number;
  number: string;
  originSiteId: string;
  originCode: string;
  originName: string;
  status: ConvoyStatus;
  plannedDeparture: string | null;
  plannedArrival: string | null;
  actualDeparture: string | null;
  actualArrival: string | null;
  movementNumber: string;
  route: string;
  escortNeeded: boolean;
  escortUnit: string;
  escortComposition: string;
  emergency: boolean;
  notificationStatus: NotificationStatus;
  notificationSubmittedAt: string | null;
  notificationAcknowledgedAt: string | null;
  notes: string;
  sharing: string | null;
  createdAt: string;
}

const CONVOY_SELECT = `SELECT c.id, c.version, c.number, c.origin_site_id AS originSiteId, s.code AS originCode, s.name AS originName,
  c.status, c.planned_departure AS plannedDeparture, c.planned_arrival AS plannedArrival, c.actual_departure AS actualDeparture,
  c.actual_arrival AS actualArrival, c.movement_number AS movementNumber, c.route, c.escort_needed AS escortNeeded,
  c.escort_unit AS escortUnit, c.escort_composition AS escortComposition, c.emergency, c.notification_status AS notificationStatus,
  c.notification_submitted_at AS notificationSubmittedAt, c.notification_acknowledged_at AS notificationAcknowledgedAt,
  c.notes, c.sharing, c.created_at AS createdAt
  FROM convoys c JOIN sites s ON s.id = c.origin_site_id`;

const bool = <T extends { escortNeeded: unknown; emergency: unknown }>(r: T): T => ({
  ...r,
  escortNeeded: !!r.escortNeeded,
  emergency: !!r.emergency,
});

export function loadConvoy(sqlite: Database.Database, id: string): ConvoyRow {
  const row = one<ConvoyRow>(sqlite, `${CONVOY_SELECT} WHERE c.id = ?`, id);
  if (!row) throw notFound(say('convoyCore.convoyNoun'), id);
  return bool(row);
}

export function convoyStops(sqlite: Database.Database, convoyId: string): ConvoyStopView[] {
  return all<ConvoyStopView>(
    sqlite,
    `SELECT st.id, st.version, st.position, st.site_id AS siteId, s.code AS siteCode, st.place_name AS placeName,
            coalesce(s.code || ' ' || s.name, st.place_name) AS label, st.planned_arrival AS plannedArrival, st.arrived_at AS arrivedAt
     FROM convoy_stops st LEFT JOIN sites s ON s.id = st.site_id WHERE st.convoy_id = ? ORDER BY st.position`,
    convoyId,
  );
}

export function convoyVehicles(sqlite: Database.Database, convoyId: string): ConvoyVehicleView[] {
  return all<Omit<ConvoyVehicleView, 'refrigerated'> & { refrigerated: number }>(
    sqlite,
    `SELECT cv.id, cv.version, cv.vehicle_id AS vehicleId, v.plate, v.kind, v.driver_name AS driverName, v.refrigerated,
            v.payload_kg AS payloadKg, v.cargo_volume_m3 AS cargoVolumeM3
     FROM convoy_vehicles cv JOIN vehicles v ON v.id = cv.vehicle_id WHERE cv.convoy_id = ? ORDER BY cv.position`,
    convoyId,
  ).map((v) => ({ ...v, refrigerated: !!v.refrigerated }));
}

export const MANIFEST_SELECT = `SELECT m.id, m.version, m.convoy_id AS convoyId, m.vehicle_id AS vehicleId, m.lot_id AS lotId,
  m.consignee_org_id AS consigneeOrgId, m.stop_id AS stopId, m.quantity, m.pack_name AS packName, m.pack_count AS packCount, m.handling_units AS handlingUnits,
  m.handling_unit_type AS handlingUnitType, m.weight_kg AS weightKg, m.volume_m3 AS volumeM3, m.dangerous_goods AS dangerousGoods,
  m.cold_chain AS coldChain, m.fefo_override_reason AS fefoOverrideReason, m.dispatch_document_id AS dispatchDocumentId,
  m.waybill_id AS waybillId, m.received_good AS receivedGood, m.received_damaged AS receivedDamaged,
  l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, i.base_unit AS baseUnit, l.lot_number AS lotNumber,
  l.expiry_date AS expiryDate, l.owner_org_id AS ownerOrgId, i.dg_class AS dgClass, i.un_number AS unNumber
  FROM manifest_lines m LEFT JOIN stock_lots l ON l.id = m.lot_id LEFT JOIN items i ON i.id = l.item_id`;

const lineFlags = (l: ManifestLineView): ManifestLineView => ({ ...l, dangerousGoods: !!l.dangerousGoods, coldChain: !!l.coldChain });

export function manifestLines(sqlite: Database.Database, convoyId: string): ManifestLineView[] {
  return all<ManifestLineView>(sqlite, `${MANIFEST_SELECT} WHERE m.convoy_id = ? ORDER BY m.created_at, m.id`, convoyId).map(lineFlags);
}

/** The lines of one convoy among `ids` (each once): what a save or removal names, never the whole manifest. */
export function convoyLinesById(sqlite: Database.Database, convoyId: string, ids: string[]): Map<string, ManifestLineView> {
  return new Map(
    manifestLinesById(sqlite, [...new Set(ids)])
      .filter((l) => l.convoyId === convoyId)
      .map((l) => [l.id, l]),
  );
}

export function manifestLinesById(sqlite: Database.Database, ids: string[]): ManifestLineView[] {
  const out = inSlices(ids, (slice) => all<ManifestLineView>(sqlite, `${MANIFEST_SELECT} WHERE m.id IN (${marks(slice)})`, ...slice)).map(
    lineFlags,
  );
  const byId = new Map(out.map((l) => [l.id, l]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

export function manifestView(sqlite: Database.Database, convoyId: string): ManifestView {
  return {
    ...compactManifest(sqlite, manifestLines(sqlite, convoyId)),
    loads: manifestLoads(sqlite, convoyId, convoyVehicles(sqlite, convoyId)),
  };
}

/**
 * The workflow's facts. What the manifest adds up to is asked for only when a guard reads it
 * (`manifest` is called at most once): editing a line or the header has no guard, so saving one
 * line of a large manifest adds nothing up.
 */
export function convoyFacts(
  row: ConvoyRow,
  stops: ConvoyStopView[],
  vehicles: ConvoyVehicleView[],
  manifest: () => ManifestSummary,
): ConvoyFacts {
  let summary: ManifestSummary | null = null;
  const m = () => (summary ??= manifest());
  return {
    number: row.number,
    status: row.status,
    escortNeeded: row.escortNeeded,
    movementNumber: row.movementNumber,
    notificationStatus: row.notificationStatus,
    stopCount: stops.length,
    vehicleCount: vehicles.length,
    get lineCount() {
      return m().lineCount;
    },
    get loadProblem() {
      return m().loadProblem;
    },
    get stopsPending() {
      return stops.filter((s) => m().stopsWithLines.has(s.id) && !s.arrivedAt).length;
    },
  };
}

/** Departure planned within the notice the military needs (48 h, 24 h in emergencies) and not acknowledged. */
export function noticeWarning(row: ConvoyRow, now: string): string | null {
  if (row.notificationStatus === 'not_required' || row.notificationStatus === 'acknowledged') return null;
  if (!['planning', 'loading', 'cleared'].includes(row.status) || !row.plannedDeparture) return null;
  const hours = row.emergency ? NOTIFICATION_NOTICE_HOURS.emergency : NOTIFICATION_NOTICE_HOURS.normal;
  const dep = Date.parse(row.plannedDeparture.length === 10 ? `${row.plannedDeparture}T12:00:00Z` : row.plannedDeparture);
  const left = (dep - Date.parse(now)) / 3_600_000;
  if (left >= hours) return null;
  const params = { hours, left: Math.floor(left), state: row.notificationStatus };
  if (left <= 0) return say(row.emergency ? 'convoyCore.noticeDueNowEmergency' : 'convoyCore.noticeDueNow', params);
  return say(row.emergency ? 'convoyCore.noticeInEmergency' : 'convoyCore.noticeIn', params);
}

export function convoyDetail(sqlite: Database.Database, id: string, now: string): ConvoyDetail {
  const row = loadConvoy(sqlite, id);
  const stops = convoyStops(sqlite, id);
  const vehicles = convoyVehicles(sqlite, id);
  const summary = manifestSummary(sqlite, id, vehicles);
  const loads = summary.loads;
  const facts = convoyFacts(row, stops, vehicles, () => summary);
  const timeline = all<ConvoyEvent>(
    sqlite,
    `SELECT id, version, convoy_id AS convoyId, action, from_status AS fromStatus, to_status AS toStatus, at, operator, comment,
            created_at AS createdAt, created_by_installation AS createdByInstallation, updated_at AS updatedAt,
            updated_by_installation AS updatedByInstallation, archived, replaced_by AS replacedBy
     FROM convoy_events WHERE convoy_id = ? ORDER BY at, created_at, id`,
    id,
  ).map((e) => ({ ...e, comment: readStoredText(e.comment) }));
  const waybills = all<Waybill>(
    sqlite,
    `SELECT id, version, number, convoy_id AS convoyId, stop_id AS stopId, consignee_org_id AS consigneeOrgId, status,
            issued_at AS issuedAt, void_reason AS voidReason, content_hash AS contentHash, created_at AS createdAt,
            created_by_installation AS createdByInstallation, updated_at AS updatedAt, updated_by_installation AS updatedByInstallation,
            archived, replaced_by AS replacedBy
     FROM waybills WHERE convoy_id = ? ORDER BY number`,
    id,
  );
  const documents = all<{ id: string; number: string | null; kind: string }>(
    sqlite,
    `SELECT d.id, d.number, d.kind FROM stock_documents d
     WHERE d.id IN (SELECT dispatch_document_id FROM manifest_lines WHERE convoy_id = ?)
        OR d.related_document_id IN (SELECT dispatch_document_id FROM manifest_lines WHERE convoy_id = ?)
     ORDER BY d.number`,
    id,
    id,
  );
  return {
    id: row.id,
    version: row.version,
    number: row.number,
    status: row.status,
    originSiteId: row.originSiteId,
    originCode: row.originCode,
    plannedDeparture: row.plannedDeparture,
    plannedArrival: row.plannedArrival,
    actualDeparture: row.actualDeparture,
    actualArrival: row.actualArrival,
    movementNumber: row.movementNumber,
    route: row.route,
    escortNeeded: row.escortNeeded,
    escortUnit: row.escortUnit,
    escortComposition: row.escortComposition,
    emergency: row.emergency,
    notes: row.notes,
    sharing: row.sharing,
    notificationStatus: row.notificationStatus,
    notificationSubmittedAt: row.notificationSubmittedAt,
    notificationAcknowledgedAt: row.notificationAcknowledgedAt,
    noticeWarning: noticeWarning(row, now),
    stops,
    vehicles,
    loads,
    timeline,
    waybills,
    documents,
    workflow: describe(CONVOY_WORKFLOW, facts),
  };
}

export function convoySummaries(sqlite: Database.Database, now: string, status?: ConvoyStatus): ConvoySummary[] {
  const rows = all<ConvoyRow>(
    sqlite,
    `${CONVOY_SELECT} ${status ? 'WHERE c.status = ?' : ''} ORDER BY coalesce(c.planned_departure, c.created_at) DESC, c.number DESC`,
    ...(status ? [status] : []),
  ).map(bool);
  return rows.map((row) => {
    const stops = convoyStops(sqlite, row.id);
    const vehicles = convoyVehicles(sqlite, row.id);
    const summary = manifestSummary(sqlite, row.id, vehicles);
    return {
      id: row.id,
      version: row.version,
      number: row.number,
      status: row.status,
      originSiteId: row.originSiteId,
      originCode: row.originCode,
      plannedDeparture: row.plannedDeparture,
      actualDeparture: row.actualDeparture,
      emergency: row.emergency,
      notificationStatus: row.notificationStatus,
      stops: stops.map((s) => s.label).join(' → '),
      vehicles: vehicles.length,
      lines: summary.lineCount,
      loadProblems: summary.loads.reduce((n, l) => n + l.problems.length, 0),
      noticeWarning: noticeWarning(row, now),
      workflow: describe(
        CONVOY_WORKFLOW,
        convoyFacts(row, stops, vehicles, () => summary),
      ),
    };
  });
}
