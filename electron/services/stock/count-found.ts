import type { z } from 'zod';
import { say } from '../../api/i18n';
import { conditionWord } from '../../api/i18n/vocabulary-words';
import type { FieldIssue } from '../../api/result';
import type { addCountLineInput, CountLineView, StockCondition } from '../../api/stock';
import { CATEGORY_LABELS } from '../../api/vocabularies';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { conflict, invalid } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { insertRecord } from '../core/write';
import { fieldWord } from '../records/words';
import { countFor, countLine } from './count';
import type { DocRow } from './document-rows';
import { refuse } from './errors';
import { findOrCreateLot, storedBalance } from './ledger-write';
import { Lookups, type LotFacts } from './lookups';
import { one } from './sql';

/*
 * Stock found during a count that the sheet did not list: a lot the site did not expect, or a new
 * batch. One found line at a time (stock.count.addLine) or a pasted block (paste-found.ts), both
 * checked and written by the functions here.
 */

/** Why this lot cannot be added to the sheet: another category than the sheet's, or already on it; null when it can. */
export function foundLotRefusal(
  ctx: ServiceContext,
  doc: DocRow,
  look: Lookups,
  lot: LotFacts,
  condition: StockCondition,
): { message: string; onSheet: boolean } | null {
  const category = one<{ category: string }>(ctx.sqlite, 'SELECT category FROM items WHERE id = ?', lot.itemId)!.category;
  if (doc.countCategory && category !== doc.countCategory) {
    const categoryWord = (c: string) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? c;
    const message = say('stockCore.otherCategory', {
      sheet: categoryWord(doc.countCategory),
      lot: look.describeLot(lot),
      category: categoryWord(category),
    });
    return { message, onSheet: false };
  }
  const clash = one<{ lineNo: number }>(
    ctx.sqlite,
    'SELECT line_no AS lineNo FROM stock_count_lines WHERE document_id = ? AND lot_id = ? AND condition = ?',
    doc.id,
    lot.id,
    condition,
  );
  if (!clash) return null;
  return {
    message: say('stockCore.alreadyOnSheet', { lot: look.describeLot(lot), condition: conditionWord(condition), line: clash.lineNo }),
    onSheet: true,
  };
}

/** The sheet's next line number. */
export const nextCountLineNo = (ctx: ServiceContext, doc: DocRow): number =>
  (one<{ n: number | null }>(ctx.sqlite, 'SELECT max(line_no) AS n FROM stock_count_lines WHERE document_id = ?', doc.id)?.n ?? 0) + 1;

/** Writes a found line (expected is what the ledger holds of the lot there) and returns its id. */
export function insertFoundLine(
  ctx: ServiceContext,
  doc: DocRow,
  lot: LotFacts,
  f: { condition: StockCondition; counted: number; lineNo: number; now: string },
): string {
  return insertRecord(ctx, 'stock_count_lines', {
    document_id: doc.id,
    line_no: f.lineNo,
    lot_id: lot.id,
    item_id: lot.itemId,
    condition: f.condition,
    expected: storedBalance(ctx.sqlite, doc.siteId, lot.id, f.condition),
    counted: f.counted,
    counted_at: f.now,
    counted_by: ctx.operator(),
    found: 1,
  }).id;
}

/** The found lot named by its fields: what is missing for the item (lot, expiry, owner), else the lot, created if new. */
export function foundLot(
  ctx: ServiceContext,
  look: Lookups,
  f: { itemId?: string | null; lotNumber?: string; expiryDate?: string | null; ownerOrgId?: string | null },
  issues: FieldIssue[],
  path: (string | number)[] = [],
): LotFacts | null {
  const before = issues.length;
  const add = (field: string, message: string) => issues.push({ path: [...path, field], message });
  const item = f.itemId ? look.item(f.itemId) : null;
  if (!f.itemId) add('itemId', say('lineCheck.itemRequired'));
  else if (!item) add('itemId', say('lineCheck.itemMissing'));
  if (!f.ownerOrgId) add('ownerOrgId', say('stockCore.ownerRequired'));
  else if (!look.org(f.ownerOrgId)) add('ownerOrgId', say('stockCore.orgMissing', { field: fieldWord('Owner') }));
  if (item?.needsLotExpiry && !f.lotNumber) add('lotNumber', say('stockCore.needsLot', { item: item.code }));
  if (item?.needsLotExpiry && !f.expiryDate) add('expiryDate', say('stockCore.needsExpiryDate', { item: item.code }));
  if (issues.length > before) return null;
  const { id } = findOrCreateLot(ctx, look, {
    itemId: f.itemId!,
    lotNumber: f.lotNumber ?? '',
    expiryDate: f.expiryDate ?? null,
    ownerOrgId: f.ownerOrgId!,
    donorOrgId: null,
  });
  return look.lot(id);
}

/** Stock found during the count that the sheet did not list: a lot the site did not expect, or a new batch. */
export function addCountLine(ctx: ServiceContext, input: z.output<typeof addCountLineInput>): CountLineView {
  return inTransaction(ctx, () => {
    const doc = countFor(ctx, input.documentId, 'count');
    const look = new Lookups(ctx.sqlite);
    const issues: FieldIssue[] = [];
    const lot = input.lotId ? look.lot(input.lotId) : foundLot(ctx, look, input, issues);
    if (input.lotId && !lot) issues.push({ path: ['lotId'], message: say('lineCheck.lotMissing') });
    if (issues.length > 0 || !lot) throw refuse('invalid_input', issues);
    const why = foundLotRefusal(ctx, doc, look, lot, input.condition);
    if (why?.onSheet) throw conflict(why.message);
    if (why) throw invalid(why.message, [{ path: ['itemId'], message: say('stockCore.otherCategoryShort') }]);
    const id = insertFoundLine(ctx, doc, lot, {
      condition: input.condition,
      counted: input.counted,
      lineNo: nextCountLineNo(ctx, doc),
      now: ctx.now(),
    });
    const view = countLine(ctx, id, doc);
    recordAudit(ctx, [{ entity: 'stock_count_line', entityId: id, before: null, after: view }]);
    return view;
  });
}
