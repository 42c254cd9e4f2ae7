import { z } from 'zod';
import { listDocumentsInput, onHandInput, stockCardInput, type StockCardRow, type StockDocumentView } from '../../../api/stock';
import {
  CATEGORY_LABELS,
  CONDITION_LABELS,
  DOCUMENT_STATUS_LABELS,
  ORG_KIND_LABELS,
  STOCK_DOCUMENT_KIND_LABELS,
  strictestLabel,
  type TlpLabel,
} from '../../../api/vocabularies';
import { stockCard } from '../../stock/card';
import { listDocuments } from '../../stock/document-views';
import { itemSiteGood, onHandSql } from '../../stock/on-hand';
import { say } from '../../../api/i18n/current';
import { field, text, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { coordinateColumns } from './records';
import { lookup, siteScope, type ExportSource, type SourceRun } from './source';

/* Stock: the stock report (on hand), the stock card, the document register and the 3W list. */

type Row = Record<string, unknown>;
const PAGE = 10_000;
const labelled = <K extends string>(id: string, header: string, hxl: string, labels: Record<K, string>, width = 14): SheetColumn<Row> => ({
  id,
  header,
  hxl,
  type: 'text',
  width,
  value: (r) => (r[id] == null ? null : (labels[r[id] as K] ?? r[id])),
});

/** Every row of a paged query, a page at a time. */
function* pages<T>(fetch: (offset: number) => { rows: T[]; total: number }): Generator<T> {
  for (let offset = 0; ;) {
    const page = fetch(offset);
    yield* page.rows;
    offset += page.rows.length;
    if (page.rows.length === 0 || offset >= page.total) return;
  }
}

const EXPIRY_TEXT: Record<string, string> = { expired: 'Expired', within3: '≤ 3 months', within9: '≤ 9 months', ok: 'OK', none: '' };
const onHandParams = z.preprocess((v) => ({ ...(v as object), offset: 0, limit: 1 }), onHandInput);

export const onHandSource: ExportSource<Row, z.output<typeof onHandInput>> = {
  title: 'Stock report',
  stem: 'stock-report',
  params: onHandParams as unknown as z.ZodType<z.output<typeof onHandInput>>,
  gridFilters: false,
  columns: [
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('siteName', 'Site name', '#loc +name', 'text', 24),
    field('adm1Code', 'Admin 1', '#adm1 +code', 'text', 10),
    ...coordinateColumns(),
    field('itemCode', 'Item code', '#item +code', 'text', 14),
    field('itemName', 'Item', '#item +name', 'text', 30),
    labelled('category', 'Category', '#sector', CATEGORY_LABELS, 12),
    field('lotNumber', 'Lot', '#x_lot +number', 'text', 14),
    field('expiryDate', 'Expiry', '#date +expiry', 'date'),
    {
      id: 'expiryStatus',
      header: 'Expiry status',
      hxl: '#x_expiry +status',
      type: 'text',
      width: 12,
      value: (r) => EXPIRY_TEXT[r.expiryStatus as string] ?? r.expiryStatus,
    },
    field('ownerShortName', 'Owner', '#org +owner', 'text', 12),
    field('donorShortName', 'Donor', '#org +funder', 'text', 12),
    labelled('condition', 'Condition', '#status +condition', CONDITION_LABELS, 12),
    field('quantity', 'Quantity', '#x_quantity +on_hand', 'integer', 12),
    field('baseUnit', 'Unit', '#x_quantity +unit', 'text', 8),
    field('minQuantity', 'Minimum (good, item at site)', '#x_quantity +min', 'integer', 12),
    field('itemSiteGood', 'Good (item at site)', '#x_quantity +good', 'integer', 12),
    { id: 'lowStock', header: 'Low stock', hxl: '#x_lowstock', type: 'boolean', width: 8, value: (r) => r.lowStock },
  ],
  *rows(run, p) {
    const { rowsSql, params } = onHandSql(
      p,
      run.today,
      's.adm1_code AS adm1Code, s.adm2_code AS adm2Code, s.latitude, s.longitude, s.sharing AS siteSharing, i.sharing AS itemSharing, o.sharing AS ownerSharing',
    );
    const withGood = itemSiteGood(run.sqlite);
    for (const r of run.sqlite.prepare(rowsSql).iterate(params))
      yield withGood(r as Row & { siteId: string; itemId: string; minQuantity: number | null });
  },
  // A stock line combines a site, an item and an owner: the strictest label of the three.
  label: (r, d) =>
    strictestLabel([labelOf(r.siteSharing, 'site', d), labelOf(r.itemSharing, 'item', d), labelOf(r.ownerSharing, 'organisation', d)]),
  scope: (run, p) => siteScope(run, p.siteId),
};

const cardParams = z.preprocess((v) => ({ ...(v as object), offset: 0, limit: 1 }), stockCardInput);

export const stockCardSource: ExportSource<Row, z.output<typeof stockCardInput>> = {
  title: 'Stock card',
  stem: 'stock-card',
  params: cardParams as unknown as z.ZodType<z.output<typeof stockCardInput>>,
  gridFilters: false,
  columns: [
    field('occurredAt', 'Date', '#date +occurred', 'date'),
    field('documentNumber', 'Document', '#x_document +code', 'text', 24),
    labelled('documentKind', 'Kind', '#x_document +type', STOCK_DOCUMENT_KIND_LABELS, 16),
    field('counterpartyShortName', 'From / to', '#org +partner', 'text', 12),
    field('otherSiteCode', 'Other site', '#loc +code +other', 'text', 10),
    field('lotNumber', 'Lot', '#x_lot +number', 'text', 14),
    field('expiryDate', 'Expiry', '#date +expiry', 'date'),
    field('ownerShortName', 'Owner', '#org +owner', 'text', 12),
    labelled('condition', 'Condition', '#status +condition', CONDITION_LABELS, 12),
    field('quantity', 'In / out', '#x_quantity +change', 'integer'),
    field('balance', 'Balance', '#x_quantity +balance', 'integer'),
    field('inTransit', 'In transit', '#x_quantity +transit', 'integer'),
    field('reasonCode', 'Reason', '#x_reason', 'text', 12),
    field('fefoOverrideReason', 'FEFO override reason', '#x_reason +fefo', 'text', 20),
    field('recordedBy', 'Recorded by', '#contact +name +recorder', 'text', 14),
    field('recordedAt', 'Recorded at', '#date +recorded', 'datetime'),
  ],
  aliases: {
    in: ['quantity'],
    out: ['quantity'],
    party: ['counterpartyShortName', 'otherSiteCode'],
    why: ['reasonCode', 'fefoOverrideReason'],
  },
  *rows(run, p) {
    const site = run.sqlite.prepare('SELECT sharing FROM sites WHERE id = ?').pluck().get(p.siteId);
    const first = stockCard(run.sqlite, { ...p, offset: 0, limit: 1 });
    const item = run.sqlite.prepare('SELECT sharing FROM items WHERE id = ?').pluck().get(first.itemId);
    const owners = new Map(
      (run.sqlite.prepare('SELECT short_name AS s, sharing FROM organisations').all() as { s: string; sharing: string }[]).map((o) => [
        o.s,
        o.sharing,
      ]),
    );
    for (const r of pages((offset) => stockCard(run.sqlite, { ...p, offset, limit: PAGE }))) {
      yield { ...(r as StockCardRow), siteSharing: site, itemSharing: item, ownerSharing: owners.get(r.ownerShortName) } as Row;
    }
  },
  label: (r, d) =>
    strictestLabel([labelOf(r.siteSharing, 'site', d), labelOf(r.itemSharing, 'item', d), labelOf(r.ownerSharing, 'organisation', d)]),
  scope: (run, p) => siteScope(run, p.siteId),
};

const documentParams = z.preprocess((v) => ({ ...(v as object), offset: 0, limit: 1 }), listDocumentsInput);

export const documentsSource: ExportSource<Row, z.output<typeof listDocumentsInput>> = {
  title: 'Document register',
  stem: 'document-register',
  params: documentParams as unknown as z.ZodType<z.output<typeof listDocumentsInput>>,
  gridFilters: false,
  columns: [
    field('number', 'Number', '#x_document +code', 'text', 24),
    labelled('kind', 'Kind', '#x_document +type', STOCK_DOCUMENT_KIND_LABELS, 16),
    labelled('status', 'Status', '#status', DOCUMENT_STATUS_LABELS, 10),
    field('occurredAt', 'Date', '#date +occurred', 'date'),
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('counterpartyShortName', 'From / to', '#org +partner', 'text', 12),
    field('otherSiteCode', 'Other site', '#loc +code +other', 'text', 10),
    field('ownerShortName', 'Owner', '#org +owner', 'text', 12),
    field('reference', 'Reference', '#x_document +reference', 'text', 16),
    field('lineCount', 'Lines', '#x_lines +num', 'integer', 8),
    field('totalQuantity', 'Total quantity', '#x_quantity +total', 'integer', 12),
    field('postedAt', 'Posted at', '#date +posted', 'datetime'),
    field('postedBy', 'Posted by', '#contact +name +poster', 'text', 14),
    field('notes', 'Notes', '#description', 'text', 30),
  ],
  aliases: { party: ['counterpartyShortName', 'otherSiteCode'], owner: ['ownerShortName'], totals: ['totalQuantity'] },
  rows: (run, p) => pages((offset) => listDocuments(run.sqlite, { ...p, offset, limit: PAGE })) as Iterable<Row>,
  label: (r, d) => {
    const doc = r as unknown as StockDocumentView;
    return strictestLabel([labelOf(doc.sharing, 'document', d), labelOf(doc.siteSharing, 'site', d)]);
  },
  scope: (run, p) => siteScope(run, p.siteId),
};

const threeWParams = z.object({ siteId: z.string().max(60).optional() }).default({});

/* An organisation works at a site when it holds stock there (its sector is the items' category) or operates the site (logistics). */
const THREE_W_SQL = `SELECT * FROM (
    SELECT o.name AS organisation, o.short_name AS orgShortName, o.kind AS orgKind, o.sharing AS orgSharing, 'stock' AS activity,
      i.category, s.code AS siteCode, s.name AS siteName, s.town, s.adm1_code AS adm1Code, s.adm2_code AS adm2Code, s.latitude, s.longitude,
      s.sharing AS siteSharing, count(DISTINCT b.item_id) AS items, count(DISTINCT b.lot_id) AS lots,
      sum(CASE WHEN b.condition = 'good' THEN b.quantity ELSE 0 END) AS goodQuantity
    FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id JOIN organisations o ON o.id = l.owner_org_id
      JOIN items i ON i.id = b.item_id JOIN sites s ON s.id = b.site_id
    WHERE b.quantity > 0 AND (@site IS NULL OR b.site_id = @site)
    GROUP BY o.id, i.category, s.id
    UNION ALL
    SELECT o.name, o.short_name, o.kind, o.sharing, 'operates', NULL, s.code, s.name, s.town, s.adm1_code, s.adm2_code, s.latitude, s.longitude,
      s.sharing, NULL, NULL, NULL
    FROM sites s JOIN organisations o ON o.id = s.operator_org_id
    WHERE s.archived = 0 AND (@site IS NULL OR s.id = @site)
  ) ORDER BY orgShortName, activity DESC, category, siteCode`;

const ACTIVITY_KEYS = { stock: 'report.activity.stock', operates: 'report.activity.operates' } as const;

/**
 * Who does what where, as coordination meetings ask for it, from the records we hold: per
 * organisation, its activity (holding stock, by sector = item category, with how many items and
 * lots and how much good stock; or operating a site, sector logistics) and the site with its
 * administrative areas.
 */
export const threeWSource: ExportSource<Row, z.output<typeof threeWParams>> = {
  title: '3W: who, what, where',
  stem: '3w',
  params: threeWParams,
  gridFilters: true,
  columns: [
    field('organisation', 'Organisation', '#org +name', 'text', 30),
    field('orgShortName', 'Acronym', '#org +acronym', 'text', 12),
    labelled('orgKind', 'Organisation type', '#org +type', ORG_KIND_LABELS, 16),
    text('activity', 'Activity', '#activity', (r) => say(ACTIVITY_KEYS[r.activity as keyof typeof ACTIVITY_KEYS]), 20),
    text(
      'category',
      'Sector',
      '#sector',
      (r) => (r.category ? (CATEGORY_LABELS[r.category as never] ?? r.category) : say('report.sector.logistics')),
      14,
    ),
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('siteName', 'Site name', '#loc +name', 'text', 24),
    field('town', 'Town', '#loc +town', 'text', 14),
    field('adm1Code', 'Admin 1', '#adm1 +code', 'text', 10),
    field('adm2Code', 'Admin 2', '#adm2 +code', 'text', 10),
    ...coordinateColumns(),
    field('items', 'Items', '#x_items +num', 'integer', 8),
    field('lots', 'Lots', '#x_lot +num', 'integer', 8),
    field('goodQuantity', 'Good stock (base units)', '#x_quantity +good', 'integer', 14),
  ],
  rows: (run, p) => run.sqlite.prepare(THREE_W_SQL).iterate({ site: p.siteId ?? null }) as Iterable<Row>,
  label: (r, d): TlpLabel => strictestLabel([labelOf(r.orgSharing, 'organisation', d), labelOf(r.siteSharing, 'site', d)]),
  scope: (run, p) => siteScope(run, p.siteId),
};

export { lookup, type SourceRun };
