import type { ConvoyStopView, ConvoyVehicleView, OriginLot } from '../../../../electron/api/convoys';
import type { OpInput } from '../../../../electron/api/contract';
import type { Organisation } from '../../../../electron/api/record-types';

type ManifestRowInput = OpInput<'convoys.manifest.save'>['rows'][number];

export const PASTE_COLUMNS = 'Vehicle plate, Item code, Lot number, Consignee, Stop, Quantity, Handling units, HU type';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A block copied from a spreadsheet → new manifest lines, every name resolved against this
 * convoy (plates, stops by name or number) and the origin's stock (item + lot number). Each cell
 * that names nothing known is reported with its row and column; the core checks the rest.
 */
export function lineRowsFromBlock(
  block: string[][],
  ctx: { vehicles: ConvoyVehicleView[]; stops: ConvoyStopView[]; lots: OriginLot[]; orgs: Organisation[] },
): { rows: ManifestRowInput[]; problems: string[] } {
  const rows: ManifestRowInput[] = [];
  const problems: string[] = [];
  block.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const [plate = '', item = '', lot = '', consignee = '', stop = '', quantity = '', hu = '', huType = ''] = cells;
    const at = (col: string, what: string) => problems.push(`Row ${i + 1}, ${col}: ${what}`);
    const vehicle = ctx.vehicles.find((v) => norm(v.plate) === norm(plate));
    if (!vehicle) at('vehicle', `"${plate}" is not a vehicle of this convoy`);
    const lotHit = ctx.lots.find((l) => norm(l.itemCode) === norm(item) && norm(l.lotNumber) === norm(lot));
    if (!lotHit) at('lot', `no good stock of ${item || '(no item)'} lot ${lot || '(none)'} at the origin`);
    const org = ctx.orgs.find((o) => norm(o.shortName) === norm(consignee) || norm(o.name) === norm(consignee));
    if (!org) at('consignee', `"${consignee}" is not an organisation (use its short name)`);
    const stopHit = ctx.stops.find(
      (s) => norm(s.label) === norm(stop) || norm(s.siteCode ?? '') === norm(stop) || String(s.position) === stop.trim(),
    );
    if (!stopHit) at('stop', `"${stop}" is not a stop of this convoy (its site code, name or number)`);
    rows.push({
      vehicleId: vehicle?.vehicleId,
      lotId: lotHit?.lotId,
      consigneeOrgId: org?.id,
      stopId: stopHit?.id,
      quantity: quantity.trim() === '' ? undefined : quantity,
      handlingUnits: hu.trim() === '' ? undefined : hu,
      handlingUnitType: huType,
    });
  });
  if (rows.length === 0 && problems.length === 0) problems.push('The pasted block is empty');
  return { rows, problems };
}
