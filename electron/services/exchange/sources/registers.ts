import { z } from 'zod';
import { say } from '../../../api/i18n/current';
import { VEHICLE_KIND_KEYS } from '../../../api/i18n/areas/convoys.keys';
import { incomingTransfersInput, type IncomingTransferView } from '../../../api/stock';
import { sharingColumn, sharingShownAs } from './records';
import { strictestLabel, type VehicleKind } from '../../../api/vocabularies';
import { incomingTransfers } from '../../stock/incoming';
import { field, text, type CellType, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { siteScope, sqlSource, type ExportSource } from './source';

/* The last grids without an export: transfers on their way in, low-stock thresholds and the vehicle registry. */

type Row = Record<string, unknown>;
const PAGE = 10_000;

/** A grid column (by its id) showing another field of the row. */
const shown = (id: string, header: string, hxl: string, from: string, type: CellType, width: number): SheetColumn<Row> => ({
  ...field(from, header, hxl, type, width),
  id,
});

const incomingParams = incomingTransfersInput.transform(({ siteId }) => ({ siteId }));
type IncomingParams = z.output<typeof incomingParams>;

/** Transfers in transit to a site (or to every site), oldest sent first, with the convoy's expected arrival. */
export const incomingSource: ExportSource<Row, IncomingParams> = {
  title: 'Incoming transfers',
  stem: 'incoming-transfers',
  params: incomingParams as unknown as z.ZodType<IncomingParams>,
  gridFilters: true,
  columns: [
    field('number', 'Transfer', '#x_document +code', 'text', 24),
    shown('from', 'From', '#loc +code +from', 'siteCode', 'text', 10),
    shown('to', 'To', '#loc +code +to', 'otherSiteCode', 'text', 10),
    shown('occurredAt', 'Sent', '#date +sent', 'occurredAt', 'date', 12),
    shown('expected', 'Expected arrival', '#date +arrival +planned', 'expectedArrival', 'datetime', 18),
    field('convoyNumber', 'Convoy', '#x_convoy +code', 'text', 18),
    field('lineCount', 'Lines', '#x_lines +num', 'integer', 8),
    shown('totals', 'Total quantity', '#x_quantity +total', 'totalQuantity', 'integer', 12),
    shown('weight', 'Weight (kg)', '#x_weight +kg', 'totalWeightKg', 'decimal', 10),
    field('reference', 'Reference', '#x_document +reference', 'text', 16),
  ],
  *rows(run, p) {
    for (let offset = 0; ;) {
      const page = incomingTransfers(run.sqlite, { siteId: p.siteId, sort: [], offset, limit: PAGE });
      yield* page.rows as unknown as Row[];
      offset += page.rows.length;
      if (page.rows.length === 0 || offset >= page.total) return;
    }
  },
  label: (r, d) => {
    const doc = r as unknown as IncomingTransferView;
    return strictestLabel([labelOf(doc.sharing, 'document', d), labelOf(doc.siteSharing, 'site', d)]);
  },
  scope: (run, p) => siteScope(run, p.siteId),
};

const siteParam = z.object({ siteId: z.string().max(60).optional() }).default({});

/** The minimum of good stock set per item and site (what low-stock alerts compare with). */
export const thresholdsSource = sqlSource<z.output<typeof siteParam>>({
  title: 'Low-stock thresholds',
  stem: 'thresholds',
  params: siteParam,
  gridFilters: true,
  columns: [
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('itemCode', 'Item code', '#item +code', 'text', 14),
    field('itemName', 'Item', '#item +name', 'text', 30),
    { ...field('minQuantity', 'Minimum', '#x_quantity +min', 'integer', 10), companions: ['baseUnit'] },
    field('baseUnit', 'Unit', '#x_quantity +unit', 'text', 8),
  ],
  query: (_run, p) => ({
    sql: `SELECT s.code AS siteCode, i.code AS itemCode, i.name AS itemName, t.min_quantity AS minQuantity, i.base_unit AS baseUnit,
           s.sharing AS siteSharing, i.sharing AS itemSharing
         FROM stock_thresholds t JOIN sites s ON s.id = t.site_id JOIN items i ON i.id = t.item_id
         WHERE t.archived = 0 AND (@site IS NULL OR t.site_id = @site)`,
    orderBy: 's.code, i.code',
    args: { site: p.siteId ?? null },
  }),
  label: (r, d) => strictestLabel([labelOf(r.siteSharing, 'site', d), labelOf(r.itemSharing, 'item', d)]),
  scope: (run, p) => siteScope(run, p.siteId),
});

const archivedParam = z.object({ includeArchived: z.boolean().optional() }).default({});

/** The vehicle registry as its grid shows it. */
export const vehiclesSource = sqlSource<z.output<typeof archivedParam>>({
  title: 'Vehicles',
  stem: 'vehicles',
  params: archivedParam,
  gridFilters: true,
  columns: [
    field('plate', 'Plate', '#x_vehicle +plate', 'text', 14),
    // Selects in the grid, sorted there by the words they show.
    { ...text<Row>('kind', 'Type', '#x_vehicle +type', (r) => say(VEHICLE_KIND_KEYS[r.kind as VehicleKind]), 16), gridSortsByLabel: true },
    { ...text<Row>('ownerOrgId', 'Owner', '#org +owner', (r) => r.ownerShortName, 12), gridSortsByLabel: true },
    field('payloadKg', 'Payload (kg)', '#x_capacity +kg', 'decimal', 12),
    field('cargoVolumeM3', 'Volume (m³)', '#x_capacity +m3', 'decimal', 12),
    { ...field('refrigerated', 'Refrigerated', '#x_vehicle +refrigerated', 'boolean', 10) },
    field('driverName', 'Driver', '#contact +name +driver', 'text', 18),
    field('driverPhone', 'Driver phone', '#contact +phone +driver', 'text', 16),
    field('driverLicence', 'Driver licence', '#x_licence', 'text', 14),
    sharingColumn,
  ],
  // The Sharing column shows each row's label (effectiveSharing), set before filters and sort (rows.ts) and while writing.
  query: (_run, p) => ({
    sql: `SELECT t.plate, t.kind, o.short_name AS ownerShortName, t.payload_kg AS payloadKg, t.cargo_volume_m3 AS cargoVolumeM3,
           t.refrigerated, t.driver_name AS driverName, t.driver_phone AS driverPhone, t.driver_licence AS driverLicence, t.sharing
         FROM vehicles t LEFT JOIN organisations o ON o.id = t.owner_org_id ${p.includeArchived ? '' : 'WHERE t.archived = 0'}`,
    orderBy: 't.plate',
    orderColumn: 'plate',
  }),
  label: (r, d) => labelOf(r.sharing, 'vehicle', d),
  sharingShown: sharingShownAs('vehicle'),
});
