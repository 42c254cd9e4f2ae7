import type { z } from 'zod';
import { say } from '../../api/i18n';
import type { FieldIssue } from '../../api/result';
import { addCountLineInput, type PasteFoundField, type PastedFound, type pasteFoundInput, type StockCondition } from '../../api/stock';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { inTransaction } from '../core/transaction';
import { countFor, countLine } from './count';
import { foundLot, foundLotRefusal, insertFoundLine, nextCountLineNo } from './count-found';
import { Lookups } from './lookups';
import { CellReader } from './paste-cells';
import { refusal } from './paste-lines';

/*
 * Stock found on the shelf, pasted as a block onto a count sheet (stock.count.pasteFound): item
 * code, lot, expiry, owner, condition and counted quantity per line, read in the caller's locale,
 * checked as one found line is (count-found.ts) and added in one transaction, or refused with every
 * bad cell by line and column. The answer, like the sheet, hides expected quantities on a blind count.
 */

type Input = z.output<typeof pasteFoundInput>;
/** The fields of one found line as the contract checks them (lot number's length, the quantity cap). */
const foundLineFields = addCountLineInput.omit({ documentId: true });

const COLUMN_OF: Record<string, PasteFoundField> = {
  itemId: 'item',
  lotNumber: 'lot',
  expiryDate: 'expiry',
  ownerOrgId: 'owner',
};

export function pasteFound(ctx: ServiceContext, input: Input): PastedFound {
  return inTransaction(ctx, () => {
    const doc = countFor(ctx, input.documentId, 'count');
    const look = new Lookups(ctx.sqlite);
    const reader = new CellReader(ctx.sqlite);
    const colIndex = new Map(input.columns.map((c, j) => [c, j]));
    const at = (k: number, field: string) => ['rows', k, colIndex.get(COLUMN_OF[field] ?? 'item') ?? COLUMN_OF[field] ?? field];
    const issues: FieldIssue[] = [];
    const pastedAt = new Map<string, number>();
    const ready: { lot: NonNullable<ReturnType<Lookups['lot']>>; condition: StockCondition; counted: number }[] = [];

    input.rows.forEach((cells, k) => {
      const before = issues.length;
      const bad = (j: number, message: string) => issues.push({ path: ['rows', k, j], message });
      const f: { itemId?: string; lotNumber?: string; expiryDate?: string; ownerOrgId?: string } = {};
      let condition: StockCondition = 'good';
      let counted: number | null = null;
      input.columns.forEach((field, j) => {
        const cell = cells[j].trim();
        if (cell === '') return;
        if (field === 'lot') f.lotNumber = cell;
        else if (field === 'counted') {
          const n = reader.number(cell);
          if (!n.ok) bad(j, n.message);
          else if (!Number.isInteger(n.value) || n.value < 0) bad(j, say('pasteCore.countedWhole', { text: cell }));
          else counted = n.value;
        } else {
          const read =
            field === 'item'
              ? reader.item(cell)
              : field === 'owner'
                ? reader.org(cell)
                : field === 'expiry'
                  ? reader.date(cell)
                  : reader.condition(cell);
          if (!read.ok) bad(j, read.message);
          else if (field === 'item') f.itemId = read.value as string;
          else if (field === 'owner') f.ownerOrgId = read.value as string;
          else if (field === 'expiry') f.expiryDate = read.value as string;
          else condition = read.value as StockCondition;
        }
      });
      if (counted === null && issues.length === before)
        issues.push({ path: ['rows', k, colIndex.get('counted') ?? 'counted'], message: say('pasteCore.countedNeeded') });
      if (issues.length > before) return;
      const checked = foundLineFields.safeParse({ ...f, condition, counted });
      if (!checked.success) {
        for (const i of checked.error.issues) {
          const name = String(i.path[0]);
          issues.push({ path: name === 'counted' ? ['rows', k, colIndex.get('counted') ?? 'counted'] : at(k, name), message: i.message });
        }
        return;
      }
      const lineIssues: FieldIssue[] = [];
      const lot = foundLot(ctx, look, f, lineIssues);
      for (const i of lineIssues) issues.push({ path: at(k, String(i.path[0])), message: i.message });
      if (!lot) return;
      const why = foundLotRefusal(ctx, doc, look, lot, condition);
      if (why) return void issues.push({ path: at(k, why.onSheet ? 'lotNumber' : 'itemId'), message: why.message });
      const key = `${lot.id}|${condition}`;
      if (pastedAt.has(key))
        return void issues.push({ path: at(k, 'lotNumber'), message: say('pasteCore.pastedTwice', { line: pastedAt.get(key)! + 1 }) });
      pastedAt.set(key, k);
      ready.push({ lot, condition, counted: counted! });
    });
    // A refusal rolls back the lots the check created for new batches with everything else.
    if (issues.length > 0) throw refusal(issues);

    const now = ctx.now();
    let lineNo = nextCountLineNo(ctx, doc);
    const ids = ready.map((r) => insertFoundLine(ctx, doc, r.lot, { condition: r.condition, counted: r.counted, lineNo: lineNo++, now }));
    const lines = ids.map((id) => countLine(ctx, id, doc));
    recordAudit(
      ctx,
      lines.map((l) => ({ entity: 'stock_count_line', entityId: l.id, before: null, after: l })),
    );
    return { lines };
  });
}
