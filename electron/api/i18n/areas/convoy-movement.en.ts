/* The movement notification export (a convoy's route, stops, timings, vehicles and plates for deconfliction), in English. Spread into en.ts; fr and ar have the same keys. */
export const convoyMovementEn = {
  'movement.title': 'Movement notification',
  'movement.scope': 'convoy {number}',
  'movement.export': 'Export notification…',
  'movement.exportHint':
    'XLSX or CSV of the route, stops, timings, vehicles and plates, one row per vehicle, for the movement control cell. For a partner its sharing profile applies. Mark it submitted once sent.',
  'movement.noVehicle':
    'Convoy {number} has no vehicle yet: a movement notification lists the vehicles and their plates, so add them first',
  'movement.col.convoy': 'Convoy',
  'movement.col.movementNumber': 'Movement/clearance number',
  'movement.col.emergency': 'Emergency',
  'movement.col.status': 'Convoy status',
  'movement.col.notification': 'Notification',
  'movement.col.origin': 'From',
  'movement.col.plannedDeparture': 'Planned departure (UTC)',
  'movement.col.actualDeparture': 'Actual departure (UTC)',
  'movement.col.stops': 'Stops (planned arrival, UTC)',
  'movement.col.plannedArrival': 'Planned arrival (UTC)',
  'movement.col.route': 'Route',
  'movement.col.routeCoarse': 'Route (admin areas only)',
  'movement.col.escortNeeded': 'Escort needed',
  'movement.col.escortUnit': 'Escorting unit',
  'movement.col.escortComposition': 'Escort composition',
  'movement.col.vehicle': 'Vehicle',
  'movement.col.plate': 'Plate',
  'movement.col.kind': 'Vehicle type',
  'movement.col.owner': 'Vehicle owner',
  'movement.col.driver': 'Driver',
  'movement.col.cargoKg': 'Cargo weight (kg)',
  'movement.col.dangerousGoods': 'Dangerous goods (ADR classes)',
  'movement.col.refrigerated': 'Refrigerated',
} as const satisfies Record<string, string>;

export type ConvoyMovementKey = keyof typeof convoyMovementEn;
