import type Database from 'better-sqlite3';
import type { ConvoyVehicleView, VehicleLoad } from '../../api/convoys';
import { all, one } from '../stock/sql';
import { vehicleLoads, type LoadLine } from './loads';
import { say } from '../../api/i18n/current';
import type { MessageKey } from '../../api/i18n/en';

/** What a manifest line still lacks, in the reader's words. */
const MISSING_PART_KEYS = {
  lot: 'manifestCore.part.lot',
  vehicle: 'manifestCore.part.vehicle',
  stop: 'manifestCore.part.stop',
  consignee: 'manifestCore.part.consignee',
  quantity: 'manifestCore.part.quantity',
} as const satisfies Record<string, MessageKey>;

/*
 * What a manifest adds up to, computed by SQL aggregates rather than by reading every line: the
 * load per vehicle (weight, volume, line count, dangerous-goods classes, cold-chain items), how
 * many lines there are, the first line that is not ready to leave, and which stops have lines.
 * The convoy page, the board, the workflow's guards and a line's save all ask this; none of them
 * needs the 2,000 lines of a large manifest themselves.
 */

/**
 * Per vehicle, the manifest's lines grouped by what the load rules look at (dangerous-goods class,
 * cold chain and, for cold-chain lines, the item), summed: the same answer vehicleLoads gives over
 * every line, from a few rows. Groups come in the order of their first line, as the lines do.
 */
export function manifestLoads(sqlite: Database.Database, convoyId: string, vehicles: ConvoyVehicleView[]): VehicleLoad[] {
  const groups = all<Omit<LoadLine, 'coldChain'> & { coldChain: number }>(
    sqlite,
    `SELECT m.vehicle_id AS vehicleId, sum(coalesce(m.weight_kg, 0)) AS weightKg, sum(coalesce(m.volume_m3, 0)) AS volumeM3,
            i.dg_class AS dgClass, m.cold_chain AS coldChain, CASE WHEN m.cold_chain = 1 THEN i.code END AS itemCode, count(*) AS lines
     FROM manifest_lines m LEFT JOIN stock_lots l ON l.id = m.lot_id LEFT JOIN items i ON i.id = l.item_id
     WHERE m.convoy_id = ? AND m.vehicle_id IS NOT NULL
     GROUP BY m.vehicle_id, i.dg_class, m.cold_chain, CASE WHEN m.cold_chain = 1 THEN i.code END
     ORDER BY min(m.created_at || ' ' || m.id)`,
    convoyId,
  );
  return vehicleLoads(
    vehicles,
    groups.map((g) => ({ ...g, coldChain: !!g.coldChain })),
  );
}

export interface ManifestSummary {
  lineCount: number;
  loads: VehicleLoad[];
  /** The first thing in the manifest that stops the convoy leaving, or ''. */
  loadProblem: string;
  /** The stops at least one line goes to. */
  stopsWithLines: Set<string>;
}

/** The first line (in manifest order) missing what it needs to leave, and what it misses. */
function firstIncompleteLine(sqlite: Database.Database, convoyId: string): string {
  const l = one<{ n: number; lot: number; vehicle: number; stop: number; consignee: number; quantity: number }>(
    sqlite,
    `SELECT n, lot, vehicle, stop, consignee, quantity FROM (
       SELECT row_number() OVER (ORDER BY m.created_at, m.id) AS n,
              m.lot_id IS NULL AS lot,
              (m.vehicle_id IS NULL OR cv.id IS NULL) AS vehicle,
              (m.stop_id IS NULL OR st.id IS NULL) AS stop,
              m.consignee_org_id IS NULL AS consignee,
              m.quantity <= 0 AS quantity
       FROM manifest_lines m
       LEFT JOIN convoy_vehicles cv ON cv.convoy_id = m.convoy_id AND cv.vehicle_id = m.vehicle_id
       LEFT JOIN convoy_stops st ON st.convoy_id = m.convoy_id AND st.id = m.stop_id
       WHERE m.convoy_id = ?)
     WHERE lot OR vehicle OR stop OR consignee OR quantity ORDER BY n LIMIT 1`,
    convoyId,
  );
  if (!l) return '';
  const missing = (['lot', 'vehicle', 'stop', 'consignee', 'quantity'] as const).filter((k) => l[k]).map((k) => say(MISSING_PART_KEYS[k]));
  return say('manifestCore.lineNeeds', { n: l.n, missing: missing.join(', ') });
}

export function manifestSummary(sqlite: Database.Database, convoyId: string, vehicles: ConvoyVehicleView[]): ManifestSummary {
  const loads = manifestLoads(sqlite, convoyId, vehicles);
  const overloaded = loads.find((l) => l.problems.length > 0);
  const stopIds = all<{ stopId: string | null; n: number }>(
    sqlite,
    'SELECT stop_id AS stopId, count(*) AS n FROM manifest_lines WHERE convoy_id = ? GROUP BY stop_id',
    convoyId,
  );
  return {
    lineCount: stopIds.reduce((n, s) => n + s.n, 0),
    loads,
    loadProblem: overloaded ? overloaded.problems[0] : firstIncompleteLine(sqlite, convoyId),
    stopsWithLines: new Set(stopIds.map((s) => s.stopId).filter((s): s is string => s !== null)),
  };
}
