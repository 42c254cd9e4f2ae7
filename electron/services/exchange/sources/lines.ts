import { z } from 'zod';
import { uuid } from '../../../api/formats';
import { say } from '../../../api/i18n/current';
import type { MessageKey } from '../../../api/i18n/en';
import { unitWord } from '../../../api/i18n/vocabulary-words';
import { CONDITION_LABELS, strictestLabel, type LedgerCondition } from '../../../api/vocabularies';
import { manifestLines } from '../../convoys/views';
import { documentLines, documentView } from '../../stock/document-views';
import { field, type CellType, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { lookup, type ExportSource, type SourceRun } from './source';

/*
 * The lines of one stock document (from its page) and one convoy's manifest, exported as their
 * grids show them (same column ids, filters and sort), through the partner-spreadsheets export.
 * Headers are the grids' own words, read when the export runs. A manifest line carrying weapons
 * or ammunition (supply class V, or dangerous goods of class 1, explosives) is sensitive in
 * itself: a partner whose profile does not include that field never receives the line.
 */

type Row = Record<string, unknown>;
const documentParams = z.object({ documentId: uuid });
const convoyParams = z.object({ convoyId: uuid });

const col = (id: string, key: MessageKey, hxl: string, type: CellType = 'text', width?: number, extra: Partial<SheetColumn<Row>> = {}) =>
  field<Row>(id, say(key), hxl, type, width, extra);
const conditionWord = (v: unknown) => (v == null ? null : (CONDITION_LABELS[v as LedgerCondition] ?? v));

function documentColumns(): SheetColumn<Row>[] {
  return [
    col('lineNo', 'exportCol.lineNo', '#x_line +num', 'integer', 6),
    col('direction', 'addLine.direction', '#x_direction', 'text', 12, {
      value: (r) => (r.direction === 'increase' ? say('line.increase') : r.direction === 'decrease' ? say('line.decrease') : null),
    }),
    col('itemId', 'col.itemCode', '#item +code', 'text', 14, { value: (r) => r.itemCode }),
    col('itemName', 'addLine.item', '#item +name', 'text', 30),
    col('lotNumber', 'addLine.lot', '#x_lot +number', 'text', 14),
    col('expiryDate', 'col.expiry', '#date +expiry', 'date', 12),
    col('ownerOrgId', 'col.owner', '#org +owner', 'text', 12, { value: (r) => r.ownerShortName }),
    col('condition', 'col.condition', '#status +condition', 'text', 12, { value: (r) => conditionWord(r.condition) }),
    col('toCondition', 'addLine.toCondition', '#status +condition +to', 'text', 12, { value: (r) => conditionWord(r.toCondition) }),
    col('writeOff', 'line.writeOff', '#x_writeoff', 'boolean', 9),
    col('packName', 'line.pack', '#x_pack +name', 'text', 12),
    col('packCount', 'line.packs', '#x_pack +num', 'integer', 8),
    col('quantity', 'col.quantity', '#x_quantity', 'integer', 12),
    col('baseUnit', 'col.unit', '#item +unit', 'text', 8, { value: (r) => (r.baseUnit ? unitWord(String(r.baseUnit)) : null) }),
    col('damagedQuantity', 'line.arrivedDamaged', '#x_quantity +damaged', 'integer', 10),
    col('shortQuantity', 'receive.short', '#x_quantity +short', 'integer', 10),
    col('fefoOverrideReason', 'line.fefoReason', '#x_fefo +reason', 'text', 24),
    col('notes', 'doc.notes', '#description', 'text', 30),
  ];
}

/** Weapons or ammunition: NATO supply class V, or dangerous goods of class 1 (explosives). */
export const isWeaponsCargo = (r: Row) => r.supplyClass === 'V' || /^1(\.|$)/.test(String(r.dgClass ?? ''));

export const documentLinesSource: ExportSource<Row, z.output<typeof documentParams>> = {
  get title() {
    return say('exportTitle.documentLines');
  },
  stem: 'document-lines',
  params: documentParams,
  gridFilters: true,
  get columns() {
    return documentColumns();
  },
  *rows(run, p) {
    const doc = documentView(run.sqlite, p.documentId);
    const l = lineLookups(run, DOCUMENT_ITEMS, p.documentId);
    for (const line of documentLines(run.sqlite, p.documentId)) {
      const item = line.itemId ? l.items.get(line.itemId) : undefined;
      yield {
        ...line,
        documentSharing: doc.sharing,
        siteSharing: doc.siteSharing,
        itemSharing: item?.sharing ?? null,
        ownerSharing: line.ownerOrgId ? (l.orgs.get(line.ownerOrgId)?.sharing ?? null) : null,
        supplyClass: item?.supplyClass ?? null,
        dgClass: item?.dgClass ?? null,
      } as unknown as Row;
    }
  },
  // The strictest label of every record a line names: the document, its site, the item and the owner.
  label: (r, d) =>
    strictestLabel([
      labelOf(r.documentSharing, 'document', d),
      labelOf(r.siteSharing, 'site', d),
      labelOf(r.itemSharing, 'item', d),
      labelOf(r.ownerSharing, 'organisation', d),
    ]),
  // A convoy's dispatch document holds the same weapons lines as its manifest: withheld the same way.
  sensitiveRows: { field: 'weaponsCargo', is: isWeaponsCargo },
  scope: (run, p) => {
    const doc = documentView(run.sqlite, p.documentId);
    return say('exportBlock.document', { number: doc.number ?? say('exportBlock.draft'), code: doc.siteCode });
  },
};

/** The rows of `sql` (bound to `args`) by their id: what the lines' ids name (an item, an organisation, a vehicle, a stop). */
const byId = <T extends { id: string }>(run: SourceRun, sql: string, ...args: unknown[]) =>
  new Map((run.sqlite.prepare(sql).all(...args) as T[]).map((r) => [r.id, r]));

type LineItem = { id: string; supplyClass: string | null; dgClass: string | null; sharing: string | null };

/**
 * What every line export looks up: the items its lines name (`itemsSql`, bound to the document's
 * or convoy's id: supply and DG class for the weapons rule, the label) and every organisation
 * (owners and consignees: short name and label).
 */
function lineLookups(run: SourceRun, itemsSql: string, id: string) {
  return {
    items: byId<LineItem>(run, itemsSql, id),
    orgs: byId<{ id: string; shortName: string; sharing: string | null }>(
      run,
      'SELECT id, short_name AS shortName, sharing FROM organisations',
    ),
  };
}

const DOCUMENT_ITEMS = `SELECT DISTINCT i.id, i.supply_class AS supplyClass, i.dg_class AS dgClass, i.sharing
  FROM stock_document_lines x LEFT JOIN stock_lots l ON l.id = x.lot_id JOIN items i ON i.id = coalesce(x.item_id, l.item_id)
  WHERE x.document_id = ?`;
const MANIFEST_ITEMS = `SELECT DISTINCT i.id, i.supply_class AS supplyClass, i.dg_class AS dgClass, i.sharing
  FROM manifest_lines m JOIN stock_lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id WHERE m.convoy_id = ?`;

function manifestColumns(): SheetColumn<Row>[] {
  return [
    col('vehicleId', 'manifest.col.vehicle', '#x_vehicle +plate', 'text', 12, { value: (r) => r.plate }),
    col('itemCode', 'col.itemCode', '#item +code', 'text', 14),
    col('itemName', 'addLine.item', '#item +name', 'text', 30),
    col('lotNumber', 'addLine.lot', '#x_lot +number', 'text', 14),
    col('expiryDate', 'col.expiry', '#date +expiry', 'date', 12),
    col('ownerOrgId', 'col.owner', '#org +owner', 'text', 12, { value: (r) => r.ownerShortName }),
    col('consigneeOrgId', 'manifest.col.consignee', '#org +consignee', 'text', 12, { value: (r) => r.consignee }),
    col('stopId', 'manifest.col.stop', '#loc +to +name', 'text', 22, { value: (r) => r.stop }),
    col('quantity', 'manifest.col.quantity', '#x_quantity', 'integer', 10),
    col('baseUnit', 'manifest.col.unit', '#item +unit', 'text', 8, { value: (r) => (r.baseUnit ? unitWord(String(r.baseUnit)) : null) }),
    col('packCount', 'manifest.col.packCount', '#x_pack +num', 'integer', 8),
    col('packName', 'manifest.col.packName', '#x_pack +name', 'text', 12),
    col('handlingUnits', 'manifest.col.handlingUnits', '#x_handling +num', 'integer', 10),
    col('handlingUnitType', 'manifest.col.huType', '#x_handling +type', 'text', 10),
    { ...col('weightKg', 'exportCol.weightKg', '#x_weight +kg', 'decimal', 10) },
    { ...col('volumeM3', 'exportCol.volumeM3', '#x_volume +m3', 'decimal', 10) },
    col('dangerousGoods', 'manifest.col.dg', '#item +dg', 'text', 12, {
      value: (r) => (r.dangerousGoods ? say('manifest.dgValue', { un: String(r.unNumber ?? ''), dgClass: String(r.dgClass ?? '') }) : null),
    }),
    col('coldChain', 'manifest.col.cold', '#x_cold', 'boolean', 8),
    col('fefoOverrideReason', 'manifest.col.fefoReason', '#x_fefo +reason', 'text', 24),
    col('receivedGood', 'manifest.col.receivedGood', '#x_quantity +received', 'integer', 10),
    col('receivedDamaged', 'manifest.col.receivedDamaged', '#x_quantity +damaged', 'integer', 10),
  ];
}

/** Names for a manifest's ids (vehicles, organisations, stops) and what its labels and sensitivity need. */
function manifestLookups(run: SourceRun, convoyId: string) {
  const vehicles = byId<{ id: string; plate: string; sharing: string | null }>(
    run,
    `SELECT v.id, v.plate, v.sharing FROM convoy_vehicles cv JOIN vehicles v ON v.id = cv.vehicle_id WHERE cv.convoy_id = ?`,
    convoyId,
  );
  const stops = byId<{ id: string; label: string; siteId: string | null; sharing: string | null }>(
    run,
    `SELECT st.id, st.position || '. ' || coalesce(s.code || ' ' || s.name, st.place_name) AS label, s.id AS siteId, s.sharing
     FROM convoy_stops st LEFT JOIN sites s ON s.id = st.site_id WHERE st.convoy_id = ?`,
    convoyId,
  );
  const convoy = run.sqlite.prepare('SELECT sharing FROM convoys WHERE id = ?').get(convoyId) as { sharing: string | null } | undefined;
  return { ...lineLookups(run, MANIFEST_ITEMS, convoyId), vehicles, stops, convoy };
}

export const manifestSource: ExportSource<Row, z.output<typeof convoyParams>> = {
  get title() {
    return say('exportTitle.manifest');
  },
  stem: 'manifest',
  params: convoyParams,
  gridFilters: true,
  get columns() {
    return manifestColumns();
  },
  // The grid shows the lot as one cell (item, lot, expiry, owner): the export gives them typed cells of their own.
  aliases: { lotId: ['itemCode', 'itemName', 'lotNumber', 'expiryDate', 'ownerOrgId'] },
  *rows(run, p) {
    const l = manifestLookups(run, p.convoyId);
    for (const line of manifestLines(run.sqlite, p.convoyId)) {
      const vehicle = line.vehicleId ? l.vehicles.get(line.vehicleId) : undefined;
      const item = line.itemId ? l.items.get(line.itemId) : undefined;
      const owner = line.ownerOrgId ? l.orgs.get(line.ownerOrgId) : undefined;
      const consignee = line.consigneeOrgId ? l.orgs.get(line.consigneeOrgId) : undefined;
      const stop = line.stopId ? l.stops.get(line.stopId) : undefined;
      yield {
        ...line,
        plate: vehicle?.plate ?? null,
        consignee: consignee?.shortName ?? null,
        ownerShortName: owner?.shortName ?? null,
        stop: stop?.label ?? null,
        supplyClass: item?.supplyClass ?? null,
        convoySharing: l.convoy?.sharing ?? null,
        vehicleSharing: vehicle?.sharing ?? null,
        itemSharing: item?.sharing ?? null,
        ownerSharing: owner?.sharing ?? null,
        consigneeSharing: consignee?.sharing ?? null,
        stopSiteId: stop?.siteId ?? null,
        stopSiteSharing: stop?.sharing ?? null,
      } as unknown as Row;
    }
  },
  label: (r, d) =>
    strictestLabel([
      labelOf(r.convoySharing, 'convoy', d),
      labelOf(r.vehicleSharing, 'vehicle', d),
      labelOf(r.itemSharing, 'item', d),
      labelOf(r.ownerSharing, 'organisation', d),
      labelOf(r.consigneeSharing, 'organisation', d),
      // A partner's place has no label of its own; one of our sites has.
      ...(r.stopSiteId ? [labelOf(r.stopSiteSharing, 'site', d)] : []),
    ]),
  sensitiveRows: { field: 'weaponsCargo', is: isWeaponsCargo },
  scope: (run, p) => say('movement.scope', { number: lookup(run.sqlite, 'SELECT number FROM convoys WHERE id = ?', p.convoyId) ?? '?' }),
};
