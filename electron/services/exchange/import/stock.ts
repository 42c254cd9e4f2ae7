import type { ImportChange } from '../../../api/imports';
import type { ServiceContext } from '../../core/context';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import { fieldWord } from './fields';
import { codeKey, readLookups, type Values } from './targets';

/*
 * Opening stock: each row is a quantity of an item (by code) at a site (by code) owned by an
 * organisation (by short name), with its lot, expiry and condition. The rows become goods
 * received notes, one per site and owner, posted through the ledger in the import's one
 * transaction.
 */

export interface StockReceipt {
  siteId: string;
  siteCode: string;
  ownerOrgId: string;
  lines: Values[];
}

export interface StockPlan {
  receipts: StockReceipt[];
  lines: number;
  sample: ImportChange[];
}

const MAX_QUANTITY = 1_000_000_000;

export function planStock(
  ctx: ServiceContext,
  rows: Iterable<{ n: number; values: Values }>,
  columnName: (field: string) => string,
  addBad: (row: number, column: string, value: string, reason: string) => void,
): StockPlan {
  const look = readLookups(ctx.sqlite);
  const receipts = new Map<string, StockReceipt>();
  const sample: ImportChange[] = [];
  let lines = 0;
  for (const { n, values: v } of rows) {
    let ok = true;
    const need = (field: string, label: string) => {
      if (v[field] === undefined || v[field] === '') {
        addBad(n, columnName(field), '', say('importCore.required', { field: fieldWord(label) }));
        ok = false;
      }
    };
    need('site', 'Site code');
    need('item', 'Item code');
    need('owner', 'Owner');
    need('quantity', 'Quantity');
    if (!ok) continue;
    const site = look.sites.get(codeKey(v.site));
    const item = look.items.get(codeKey(v.item));
    const owner = look.orgs.get(codeKey(v.owner));
    if (!site) addBad(n, columnName('site'), String(v.site), say('importCore.noSite', { code: String(v.site) }));
    if (!item) addBad(n, columnName('item'), String(v.item), say('importCore.noItem', { code: String(v.item) }));
    if (!owner) addBad(n, columnName('owner'), String(v.owner), say('importCore.noOrg', { code: String(v.owner) }));
    const q = v.quantity as number;
    if (!Number.isInteger(q) || q < 1 || q > MAX_QUANTITY) {
      addBad(n, columnName('quantity'), String(q), say('importCore.quantityRange', { max: MAX_QUANTITY }));
      ok = false;
    }
    if (item?.needsLotExpiry && (!v.lotNumber || !v.expiryDate)) {
      addBad(n, columnName(v.lotNumber ? 'expiryDate' : 'lotNumber'), '', say('importCore.lotExpiry', { item: String(v.item) }));
      ok = false;
    }
    if (!site || !item || !owner || !ok) continue;
    const key = `${site.id}|${owner}`;
    let receipt = receipts.get(key);
    if (!receipt) receipts.set(key, (receipt = { siteId: site.id, siteCode: String(v.site), ownerOrgId: owner, lines: [] }));
    receipt.lines.push({
      itemId: item.id,
      lotNumber: v.lotNumber ?? undefined,
      expiryDate: v.expiryDate ?? undefined,
      ownerOrgId: owner,
      condition: v.condition ?? 'good',
      quantity: q,
    });
    lines++;
    if (sample.length < 100) {
      sample.push({
        row: n,
        code: String(v.item),
        changes: [
          { field: 'Site', before: '', after: String(v.site) },
          { field: 'Owner', before: '', after: String(v.owner) },
          { field: 'Lot', before: '', after: String(v.lotNumber ?? '') },
          { field: 'Expiry', before: '', after: String(v.expiryDate ?? '') },
          { field: 'Quantity', before: '', after: String(q) },
        ],
      });
    }
  }
  return { receipts: [...receipts.values()], lines, sample };
}

const LINES_PER_DOCUMENT = 5000;

/** Posts the receipts (inside the caller's transaction); refuses a file whose stock was posted already. */
export async function writeStock(ctx: ServiceContext, plan: StockPlan, reference: string, fileName: string): Promise<void> {
  const done = ctx.sqlite.prepare('SELECT number FROM stock_documents WHERE reference = ? LIMIT 1').pluck().get(reference) as
    string | undefined;
  if (done) {
    throw invalid(say('importCore.postedAlready', { file: fileName, number: done, reference }));
  }
  for (const r of plan.receipts) {
    for (let i = 0; i < r.lines.length; i += LINES_PER_DOCUMENT) {
      await ctx.call('stock.documents.create', {
        siteId: r.siteId,
        kind: 'receipt',
        ownerOrgId: r.ownerOrgId,
        // Opening stock has no supplier: it is the owner's own stock, entered once.
        counterpartyOrgId: r.ownerOrgId,
        reference,
        notes: `Opening stock imported from ${fileName}`.slice(0, 2000),
        lines: r.lines.slice(i, i + LINES_PER_DOCUMENT) as never,
        post: true,
      });
    }
  }
}
