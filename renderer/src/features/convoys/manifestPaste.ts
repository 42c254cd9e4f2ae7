import type { ConvoyStopView, ConvoyVehicleView, OriginLot } from '../../../../electron/api/convoys';
import type { OpInput } from '../../../../electron/api/contract';
import type { Organisation } from '../../../../electron/api/record-types';
import { t } from '../../i18n';

type ManifestRowInput = OpInput<'convoys.manifest.save'>['rows'][number];

/** The columns a pasted block has, in order (in the reader's language; call while rendering). */
export const pasteColumns = () => t('manifest.pasteColumns');

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A quantity cell: base units ("200"), or a count of one of the item's packs ("5 pallet", "5 pallets"). */
function quantityCell(cell: string, lot: OriginLot | undefined): Pick<ManifestRowInput, 'quantity' | 'packName' | 'packCount'> {
  const text = cell.trim();
  if (text === '') return {};
  const packed = /^(\d+)\s*(\p{L}[\p{L} .-]*)$/u.exec(text);
  if (!packed) return { quantity: text };
  const said = norm(packed[2]);
  const pack = lot?.packSizes.find((p) => norm(p.name) === said || `${norm(p.name)}s` === said);
  return { packCount: packed[1], packName: pack?.name ?? said };
}

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
    const at = (column: string, problem: string) => problems.push(t('manifest.paste.row', { row: i + 1, column, problem }));
    const vehicle = ctx.vehicles.find((v) => norm(v.plate) === norm(plate));
    if (!vehicle) at(t('manifest.paste.col.vehicle'), t('manifest.paste.notVehicle', { plate }));
    const lotHit = ctx.lots.find((l) => norm(l.itemCode) === norm(item) && norm(l.lotNumber) === norm(lot));
    if (!lotHit)
      at(
        t('manifest.paste.col.lot'),
        t('manifest.paste.noStock', { item: item || t('manifest.paste.noItem'), lot: lot || t('manifest.paste.noLot') }),
      );
    const org = ctx.orgs.find((o) => norm(o.shortName) === norm(consignee) || norm(o.name) === norm(consignee));
    if (!org) at(t('manifest.paste.col.consignee'), t('manifest.paste.notOrg', { name: consignee }));
    const stopHit = ctx.stops.find(
      (s) => norm(s.label) === norm(stop) || norm(s.siteCode ?? '') === norm(stop) || String(s.position) === stop.trim(),
    );
    if (!stopHit) at(t('manifest.paste.col.stop'), t('manifest.paste.notStop', { stop }));
    rows.push({
      vehicleId: vehicle?.vehicleId,
      lotId: lotHit?.lotId,
      consigneeOrgId: org?.id,
      stopId: stopHit?.id,
      ...quantityCell(quantity, lotHit),
      handlingUnits: hu.trim() === '' ? undefined : hu,
      handlingUnitType: huType,
    });
  });
  if (rows.length === 0 && problems.length === 0) problems.push(t('manifest.paste.empty'));
  return { rows, problems };
}
