import { z } from 'zod';
import { alertsInput } from '../../../api/stock';
import { strictestLabel } from '../../../api/vocabularies';
import { field, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { onHandSource } from './stock';
import { siteScope, type ExportSource } from './source';

/* The Alerts page's two grids: stock expiring soon and items below their minimum at a site. */

type Row = Record<string, unknown>;
const alertParams = alertsInput.transform(({ siteId, withinMonths, asOf }) => ({ siteId, withinMonths, asOf }));
type AlertParams = z.output<typeof alertParams>;

/** One stock line combines a site, an item and an owner: the strictest label of the three. */
const stockLineLabel = onHandSource.label;

/** Good stock expiring within 3 or 9 months (expired included), soonest first: the stock report's rows, filtered. */
export const expiryAlertsSource: ExportSource<Row, AlertParams> = {
  title: 'Expiring stock',
  stem: 'expiry-alerts',
  params: alertParams as unknown as z.ZodType<AlertParams>,
  gridFilters: true,
  columns: [
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('itemCode', 'Item code', '#item +code', 'text', 14),
    field('itemName', 'Item', '#item +name', 'text', 30),
    field('lotNumber', 'Lot', '#x_lot +number', 'text', 14),
    { ...field('expiryDate', 'Expiry', '#date +expiry', 'date'), companions: ['daysToExpiry'] },
    field('daysToExpiry', 'Days to expiry', '#x_days +expiry', 'integer', 10),
    field('ownerShortName', 'Owner', '#org +owner', 'text', 12),
    { ...field('quantity', 'Quantity', '#x_quantity +on_hand', 'integer', 12), companions: ['baseUnit'] },
    field('baseUnit', 'Unit', '#x_quantity +unit', 'text', 8),
  ] satisfies SheetColumn<Row>[],
  rows: (run, p) =>
    onHandSource.rows(run, {
      siteId: p.siteId,
      condition: 'good',
      expiry: p.withinMonths === 3 ? 'within3' : 'within9',
      asOf: p.asOf,
      lowStockOnly: false,
      includeZero: false,
      sort: [{ colId: 'expiryDate', sort: 'asc' }],
      offset: 0,
      limit: 1,
    }),
  label: stockLineLabel,
  scope: (run, p) => siteScope(run, p.siteId),
};

/** Items whose good stock at a site is below the minimum set for it, the shortest first. */
export const lowStockSource: ExportSource<Row, AlertParams> = {
  title: 'Low stock',
  stem: 'low-stock',
  params: alertParams as unknown as z.ZodType<AlertParams>,
  gridFilters: true,
  columns: [
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('itemCode', 'Item code', '#item +code', 'text', 14),
    field('itemName', 'Item', '#item +name', 'text', 30),
    field('goodQuantity', 'Good', '#x_quantity +good', 'integer', 10),
    field('minQuantity', 'Minimum', '#x_quantity +min', 'integer', 10),
    { ...field('shortBy', 'Short by', '#x_quantity +short', 'integer', 10), companions: ['baseUnit'] },
    field('baseUnit', 'Unit', '#x_quantity +unit', 'text', 8),
  ],
  rows: (run, p) =>
    run.sqlite
      .prepare(
        `SELECT *, minQuantity - goodQuantity AS shortBy FROM (
           SELECT s.code AS siteCode, i.code AS itemCode, i.name AS itemName, i.base_unit AS baseUnit, t.min_quantity AS minQuantity,
             s.sharing AS siteSharing, i.sharing AS itemSharing,
             (SELECT coalesce(sum(g.quantity), 0) FROM stock_balances g
               WHERE g.site_id = t.site_id AND g.item_id = t.item_id AND g.condition = 'good') AS goodQuantity
           FROM stock_thresholds t JOIN sites s ON s.id = t.site_id JOIN items i ON i.id = t.item_id
           WHERE t.archived = 0 AND (@siteId IS NULL OR t.site_id = @siteId)
         ) WHERE goodQuantity < minQuantity
         ORDER BY CAST(goodQuantity AS REAL) / minQuantity, siteCode, itemCode`,
      )
      .iterate({ siteId: p.siteId ?? null }) as Iterable<Row>,
  label: (r, d) => strictestLabel([labelOf(r.siteSharing, 'site', d), labelOf(r.itemSharing, 'item', d)]),
  scope: (run, p) => siteScope(run, p.siteId),
};
