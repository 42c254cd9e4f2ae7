import { z } from 'zod';
import { say } from '../../../api/i18n/current';
import { CONVOY_STATUS_KEYS, NOTIFICATION_STATUS_KEYS, VEHICLE_KIND_KEYS } from '../../../api/i18n/areas/convoys.keys';
import type { ConvoyStatus, NotificationStatus, VehicleKind } from '../../../api/vocabularies';
import { strictestLabel } from '../../../api/vocabularies';
import { uuid } from '../../../api/formats';
import { notFound, ruleViolation } from '../../core/errors';
import { field, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import type { ExportSource, SourceRun } from './source';

/*
 * A convoy's movement notification for deconfliction (issue 13 point 6): its route, stops,
 * timings, vehicles and plates, one row per vehicle, written through the partner-spreadsheets
 * export so a partner's profile applies (routes, departure times and escort composition are
 * sensitive fields; a row's label is the strictest of the convoy's and the vehicle's) and the
 * export history records it. Headers are read when the export runs, in the operator's language.
 */

type Row = Record<string, unknown>;
const params = z.object({ convoyId: uuid });
type Params = z.output<typeof params>;

interface Header {
  number: string;
  movementNumber: string;
  emergency: number;
  status: ConvoyStatus;
  notificationStatus: NotificationStatus;
  origin: string;
  originArea: string | null;
  plannedDeparture: string | null;
  actualDeparture: string | null;
  plannedArrival: string | null;
  route: string;
  escortNeeded: number;
  escortUnit: string;
  escortComposition: string;
  sharing: string | null;
}

const utc = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}`.trim() : '');

function header(run: SourceRun, convoyId: string): Header {
  const h = run.sqlite
    .prepare(
      `SELECT c.number, c.movement_number AS movementNumber, c.emergency, c.status, c.notification_status AS notificationStatus,
         s.code || ' ' || s.name AS origin, coalesce(nullif(s.adm2_code, ''), nullif(s.adm1_code, ''), s.code) AS originArea,
         c.planned_departure AS plannedDeparture, c.actual_departure AS actualDeparture, c.planned_arrival AS plannedArrival,
         c.route, c.escort_needed AS escortNeeded, c.escort_unit AS escortUnit, c.escort_composition AS escortComposition, c.sharing
       FROM convoys c JOIN sites s ON s.id = c.origin_site_id WHERE c.id = ?`,
    )
    .get(convoyId) as Header | undefined;
  if (!h) throw notFound(say('printCore.convoyNoun'), convoyId);
  return h;
}

interface Stop {
  position: number;
  label: string;
  area: string | null;
  plannedArrival: string | null;
}

const stopsOf = (run: SourceRun, convoyId: string) =>
  run.sqlite
    .prepare(
      `SELECT st.position, coalesce(s.code || ' ' || s.name, st.place_name) AS label,
         coalesce(nullif(s.adm2_code, ''), nullif(s.adm1_code, ''), s.code, st.place_name) AS area, st.planned_arrival AS plannedArrival
       FROM convoy_stops st LEFT JOIN sites s ON s.id = st.site_id WHERE st.convoy_id = ? ORDER BY st.position`,
    )
    .all(convoyId) as Stop[];

/** One row per vehicle, in the convoy's order, with its cargo weight and dangerous-goods classes from the manifest. */
const vehiclesOf = (run: SourceRun, convoyId: string) =>
  run.sqlite
    .prepare(
      `SELECT cv.position, v.plate, v.kind, o.short_name AS owner, v.driver_name AS driver, v.refrigerated, v.sharing AS vehicleSharing,
         (SELECT coalesce(sum(m.weight_kg), 0) FROM manifest_lines m WHERE m.convoy_id = cv.convoy_id AND m.vehicle_id = cv.vehicle_id) AS cargoKg,
         (SELECT group_concat(DISTINCT i.dg_class) FROM manifest_lines m JOIN stock_lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id
            WHERE m.convoy_id = cv.convoy_id AND m.vehicle_id = cv.vehicle_id AND i.dg_class IS NOT NULL AND i.dg_class <> '') AS dgClasses
       FROM convoy_vehicles cv JOIN vehicles v ON v.id = cv.vehicle_id LEFT JOIN organisations o ON o.id = v.owner_org_id
       WHERE cv.convoy_id = ? ORDER BY cv.position`,
    )
    .all(convoyId) as Row[];

const col = field<Row>;

function columns(): SheetColumn<Row>[] {
  return [
    col('convoy', say('movement.col.convoy'), '#x_convoy +code', 'text', 22),
    col('movementNumber', say('movement.col.movementNumber'), '#x_convoy +movement', 'text', 16),
    col('emergency', say('movement.col.emergency'), '#x_convoy +emergency', 'boolean', 9),
    col('status', say('movement.col.status'), '#status +convoy', 'text', 12),
    col('notification', say('movement.col.notification'), '#status +notification', 'text', 14),
    col('origin', say('movement.col.origin'), '#loc +from +name', 'text', 24),
    col('plannedDeparture', say('movement.col.plannedDeparture'), '#date +departure +planned', 'datetime', 18, {
      sensitive: 'departureTimes',
    }),
    col('actualDeparture', say('movement.col.actualDeparture'), '#date +departure +actual', 'datetime', 18, {
      sensitive: 'departureTimes',
    }),
    col('stops', say('movement.col.stops'), '#loc +to +name', 'text', 44),
    col('plannedArrival', say('movement.col.plannedArrival'), '#date +arrival +planned', 'datetime', 18),
    col('route', say('movement.col.route'), '#x_route', 'text', 40, {
      sensitive: 'routes',
      coarse: (r) => r.routeCoarse,
      coarseHeader: say('movement.col.routeCoarse'),
      coarseHxl: '#x_route +adm',
    }),
    col('escortNeeded', say('movement.col.escortNeeded'), '#x_escort +needed', 'boolean', 9),
    col('escortUnit', say('movement.col.escortUnit'), '#x_escort +unit', 'text', 18),
    col('escortComposition', say('movement.col.escortComposition'), '#x_escort +composition', 'text', 24, {
      sensitive: 'escortComposition',
    }),
    col('vehicle', say('movement.col.vehicle'), '#x_vehicle +number', 'integer', 8),
    col('plate', say('movement.col.plate'), '#x_vehicle +plate', 'text', 12),
    col('kind', say('movement.col.kind'), '#x_vehicle +type', 'text', 16),
    col('owner', say('movement.col.owner'), '#org +vehicle', 'text', 12),
    col('driver', say('movement.col.driver'), '#contact +driver +name', 'text', 18),
    col('cargoKg', say('movement.col.cargoKg'), '#x_cargo +kg', 'decimal', 12),
    // The DG classes a vehicle carries tell of explosives (class 1): the column goes only to a partner whose profile includes weapons cargo.
    col('dangerousGoods', say('movement.col.dangerousGoods'), '#x_cargo +dg', 'text', 14, { sensitive: 'weaponsCargo' }),
    col('refrigerated', say('movement.col.refrigerated'), '#x_vehicle +refrigerated', 'boolean', 9),
  ];
}

export const convoyMovementSource: ExportSource<Row, Params> = {
  get title() {
    return say('movement.title');
  },
  stem: 'movement-notification',
  params,
  gridFilters: false,
  get columns() {
    return columns();
  },
  *rows(run, p) {
    const h = header(run, p.convoyId);
    const stops = stopsOf(run, p.convoyId);
    const vehicles = vehiclesOf(run, p.convoyId);
    if (vehicles.length === 0) throw ruleViolation(say('movement.noVehicle', { number: h.number }));
    const stopsText = stops.map((s) => `${s.position}. ${s.label}${s.plannedArrival ? ` (${utc(s.plannedArrival)})` : ''}`).join(' → ');
    const routeCoarse = [h.originArea, ...stops.map((s) => s.area)].filter(Boolean).join(' → ');
    const common = {
      convoy: h.number,
      movementNumber: h.movementNumber,
      emergency: h.emergency,
      status: say(CONVOY_STATUS_KEYS[h.status]),
      notification: say(NOTIFICATION_STATUS_KEYS[h.notificationStatus]),
      origin: h.origin,
      plannedDeparture: h.plannedDeparture,
      actualDeparture: h.actualDeparture,
      stops: stopsText,
      plannedArrival: h.plannedArrival ?? stops.at(-1)?.plannedArrival ?? null,
      route: h.route,
      routeCoarse,
      escortNeeded: h.escortNeeded,
      escortUnit: h.escortUnit,
      escortComposition: h.escortComposition,
      convoySharing: h.sharing,
    };
    for (const [i, v] of vehicles.entries()) {
      yield {
        ...common,
        vehicle: i + 1,
        plate: v.plate,
        kind: say(VEHICLE_KIND_KEYS[v.kind as VehicleKind]),
        owner: v.owner,
        driver: v.driver,
        cargoKg: Math.round(Number(v.cargoKg) * 10) / 10,
        dangerousGoods: v.dgClasses ?? '',
        refrigerated: v.refrigerated,
        vehicleSharing: v.vehicleSharing,
      };
    }
  },
  label: (r, d) => strictestLabel([labelOf(r.convoySharing, 'convoy', d), labelOf(r.vehicleSharing, 'vehicle', d)]),
  scope: (run, p) => say('movement.scope', { number: header(run, p.convoyId).number }),
};
