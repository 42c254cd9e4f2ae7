import { z } from 'zod';
import { COUNT_REASON_KEYS } from '../../../api/i18n';
import { say } from '../../../api/i18n/current';
import { countSheetInput, listDocumentsInput, type CountLineView, type StockDocumentView } from '../../../api/stock';
import { CATEGORY_LABELS, CONDITION_LABELS, strictestLabel, type CountReasonCode } from '../../../api/vocabularies';
import { countSheet } from '../../stock/count';
import { listDocuments } from '../../stock/document-views';
import { field, text, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { lookup, siteScope, type ExportSource } from './source';

/* The Counts page's two grids: the count register (one row per count sheet) and one count sheet's lines. */

type Row = Record<string, unknown>;
const PAGE = 10_000;

const countListParams = listDocumentsInput.transform(({ siteId }) => ({ siteId }));
type CountListParams = z.output<typeof countListParams>;

export const countsSource: ExportSource<Row, CountListParams> = {
  title: 'Stock counts',
  stem: 'stock-counts',
  params: countListParams as unknown as z.ZodType<CountListParams>,
  gridFilters: true,
  columns: [
    field('occurredAt', 'Date', '#date +occurred', 'date'),
    field('siteCode', 'Site', '#loc +code', 'text', 10),
    field('number', 'Number', '#x_document +code', 'text', 24),
    text('status', 'Status', '#status', (r) => (r.workflow as StockDocumentView['workflow'] | undefined)?.stateLabel ?? r.status, 16),
    text(
      'category',
      'Items counted',
      '#sector',
      (r) => (r.countCategory ? CATEGORY_LABELS[r.countCategory as never] : say('count.everything')),
      16,
    ),
    field('lineCount', 'Lines', '#x_lines +num', 'integer', 8),
    text(
      'adjustment',
      'Adjustment',
      '#x_document +code +adjustment',
      (r) => (r.status === 'posted' ? (r.relatedDocumentNumber ?? say('count.noneNeeded')) : null),
      24,
    ),
    field('notes', 'Notes', '#description', 'text', 30),
  ],
  *rows(run, p) {
    for (let offset = 0; ;) {
      const page = listDocuments(run.sqlite, {
        kind: 'count',
        siteId: p.siteId,
        sort: [{ colId: 'occurredAt', sort: 'desc' }],
        offset,
        limit: PAGE,
      });
      yield* page.rows as unknown as Row[];
      offset += page.rows.length;
      if (page.rows.length === 0 || offset >= page.total) return;
    }
  },
  label: (r, d) => strictestLabel([labelOf(r.sharing, 'document', d), labelOf(r.siteSharing, 'site', d)]),
  scope: (run, p) => siteScope(run, p.siteId),
};

const sheetParams = z.object({
  id: countSheetInput.shape.id,
  onlyDifferences: z.boolean().default(false),
  onlyUncounted: z.boolean().default(false),
});
type SheetParams = z.output<typeof sheetParams>;

/** One count sheet's lines as the sheet shows them; a blind count hides what was expected until it is submitted. */
export const countSheetSource: ExportSource<Row, SheetParams> = {
  title: 'Count sheet',
  stem: 'count-sheet',
  params: sheetParams,
  gridFilters: true,
  columns: [
    field('lineNo', 'Line', '#x_line +num', 'integer', 6),
    field('itemCode', 'Item code', '#item +code', 'text', 14),
    field('itemName', 'Item', '#item +name', 'text', 30),
    field('lotNumber', 'Lot', '#x_lot +number', 'text', 14),
    field('expiryDate', 'Expiry', '#date +expiry', 'date'),
    field('ownerShortName', 'Owner', '#org +owner', 'text', 12),
    text('condition', 'Condition', '#status +condition', (r) => CONDITION_LABELS[r.condition as never] ?? r.condition, 12),
    field('expected', 'Expected', '#x_quantity +expected', 'integer', 10),
    field('counted', 'Counted', '#x_quantity +counted', 'integer', 10),
    field('difference', 'Difference', '#x_quantity +difference', 'integer', 10),
    text('reasonCode', 'Reason', '#x_reason', (r) => (r.reasonCode ? say(COUNT_REASON_KEYS[r.reasonCode as CountReasonCode]) : null), 18),
    field('baseUnit', 'Unit', '#x_quantity +unit', 'text', 8),
    field('countedBy', 'Counted by', '#contact +name +counter', 'text', 16),
  ] satisfies SheetColumn<Row>[],
  *rows(run, p) {
    for (let offset = 0; ;) {
      const page = countSheet(run.ctx, { ...p, offset, limit: PAGE });
      const sharing = { documentSharing: page.document.sharing, siteSharing: page.document.siteSharing };
      for (const line of page.rows as CountLineView[]) yield { ...line, ...sharing } as unknown as Row;
      offset += page.rows.length;
      if (page.rows.length === 0 || offset >= page.total) return;
    }
  },
  label: (r, d) => strictestLabel([labelOf(r.documentSharing, 'document', d), labelOf(r.siteSharing, 'site', d)]),
  scope: (run, p) =>
    lookup(run.sqlite, `SELECT coalesce(d.number, s.code) FROM stock_documents d JOIN sites s ON s.id = d.site_id WHERE d.id = ?`, p.id) ??
    '?',
};
