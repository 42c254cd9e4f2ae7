import type { VehicleHistoryEntry } from '../../api/convoys';
import { vehicles, type Vehicle } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord, restoreRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';
import { all } from '../stock/sql';

export const vehicleSpec: RecordSpec = {
  table: vehicles,
  entity: 'vehicle',
  label: 'Vehicle',
  unique: [{ field: 'plate', label: 'Plate' }],
  refs: [{ field: 'ownerOrgId', table: 'organisations', label: 'Owner organisation' }],
  describe: (r) => String(r.plate ?? r.id),
};

export const vehicleHandlers: AreaHandlers<
  'vehicles.list' | 'vehicles.save' | 'vehicles.remove' | 'vehicles.restore' | 'vehicles.history'
> = {
  'vehicles.list': (ctx, input) => listRecords<Vehicle>(ctx, vehicleSpec, input.includeArchived, 'plate'),
  'vehicles.save': (ctx, input) => saveRecords<Vehicle>(ctx, vehicleSpec, input.rows),
  'vehicles.remove': (ctx, input) => removeRecord(ctx, vehicleSpec, input),
  'vehicles.restore': (ctx, input) => restoreRecord<Vehicle>(ctx, vehicleSpec, input),
  // The convoys a vehicle was on, newest first: what it carried and when.
  'vehicles.history': (ctx, input) =>
    all<VehicleHistoryEntry>(
      ctx.sqlite,
      `SELECT c.id AS convoyId, c.number, c.status, c.planned_departure AS plannedDeparture, c.actual_departure AS actualDeparture,
              (SELECT count(*) FROM manifest_lines m WHERE m.convoy_id = c.id AND m.vehicle_id = cv.vehicle_id) AS lines,
              coalesce((SELECT sum(m.weight_kg) FROM manifest_lines m WHERE m.convoy_id = c.id AND m.vehicle_id = cv.vehicle_id), 0) AS weightKg
       FROM convoy_vehicles cv JOIN convoys c ON c.id = cv.convoy_id
       WHERE cv.vehicle_id = ? ORDER BY coalesce(c.actual_departure, c.planned_departure, c.created_at) DESC`,
      input.vehicleId,
    ),
};
