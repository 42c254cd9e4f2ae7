import type { z } from 'zod';
import { MAX_QUANTITY, PICKING_DOCUMENT_KINDS, type LedgerCondition, type StockDocumentKind } from '../../api/vocabularies';
import type { recordColumns, StockDocumentLine } from '../../../db/schema';
import type { FieldIssue } from '../../api/result';
import type { stockLineInput } from '../../api/stock';
import type { Lookups } from './lookups';

export type LineInput = z.output<typeof stockLineInput>;
type Path = (string | number)[];

/** A line's own values as stored in stock_document_lines (the drizzle schema is their one source). */
export type LineValues = Omit<StockDocumentLine, keyof ReturnType<typeof recordColumns> | 'documentId' | 'lineNo' | keyof ArrivalValues>;

/** What only a transfer receipt's lines carry beyond the received quantities (written by receiveTransfer). */
export type ArrivalValues = Pick<StockDocumentLine, 'overQuantity' | 'shortReason' | 'damagedReason' | 'overReason'>;

/**
 * Checks one input line against its document kind and the catalogue, resolving pack counts into
 * base units. Problems go to `issues` with paths into the input; returns null if the line is unusable.
 */
export function normaliseLine(
  look: Lookups,
  kind: StockDocumentKind,
  line: LineInput,
  path: Path,
  issues: FieldIssue[],
): LineValues | null {
  const before = issues.length;
  const add = (field: string, message: string) => issues.push({ path: [...path, field], message });

  let itemId = line.itemId ?? null;
  let lotNumber = line.lotNumber ?? '';
  let expiryDate = line.expiryDate ?? null;
  let ownerOrgId = line.ownerOrgId ?? null;
  let donorOrgId = line.donorOrgId ?? null;
  const lotId = line.lotId ?? null;

  if (lotId) {
    const lot = look.lot(lotId);
    if (!lot) {
      add('lotId', 'This lot does not exist; choose one from the list');
      return null;
    }
    if (itemId && itemId !== lot.itemId) add('lotId', `The lot is of another item than the line's (${look.item(lot.itemId)?.code ?? '?'})`);
    // Ownership is part of the lot: a different owner on the line would otherwise be silently dropped.
    if (ownerOrgId && ownerOrgId !== lot.ownerOrgId) {
      add(
        'ownerOrgId',
        `${look.describeLot(lot)} belongs to ${look.org(lot.ownerOrgId)?.shortName ?? '?'}, not ${look.org(ownerOrgId)?.shortName ?? 'the owner given'}; choose a lot of that owner`,
      );
    }
    itemId = lot.itemId;
    lotNumber = lot.lotNumber;
    expiryDate = lot.expiryDate;
    ownerOrgId = lot.ownerOrgId;
    donorOrgId = lot.donorOrgId;
  } else if (PICKING_DOCUMENT_KINDS.includes(kind) || (kind === 'adjustment' && line.direction === 'decrease')) {
    add('lotId', 'Choose the lot to take the stock from');
    return null;
  } else {
    // New stock (receipt, or an adjustment bringing in stock): the lot is named by its fields.
    if (!itemId) add('itemId', 'Item is required');
    if (!ownerOrgId) add('ownerOrgId', 'Owner is required: say which organisation the stock belongs to');
  }

  const item = itemId ? look.item(itemId) : null;
  if (itemId && !item) add('itemId', 'Item does not exist; choose one from the catalogue');
  if (item?.archived && !lotId) add('itemId', `Item ${item.code} is archived; restore it first`);
  if (item?.needsLotExpiry && !lotId) {
    if (!lotNumber) add('lotNumber', `${item.code} is tracked by lot: give the lot/batch number`);
    if (!expiryDate) add('expiryDate', `${item.code} is tracked by expiry: give the expiry date (YYYY-MM-DD)`);
  }
  if (!lotId && ownerOrgId && !look.org(ownerOrgId)) add('ownerOrgId', 'Owner does not exist; choose an organisation from the list');
  if (!lotId && donorOrgId && !look.org(donorOrgId)) add('donorOrgId', 'Donor does not exist; choose an organisation from the list');

  const condition = line.condition ?? 'good';
  let toCondition: LedgerCondition | null = null;
  if ((kind === 'issue' || kind === 'transfer_out') && condition !== 'good') {
    add('condition', `Only good stock can be ${kind === 'issue' ? 'issued' : 'dispatched'}; change the stock's condition first`);
  }
  if (kind === 'damage') {
    if (condition === 'damaged') add('condition', 'This stock is already damaged; write it off with a loss instead');
    toCondition = line.writeOff ? null : 'damaged';
  }
  if (kind === 'condition_change') {
    if (!line.toCondition) add('toCondition', 'Say which condition the stock moves to');
    else if (line.toCondition === condition) add('toCondition', `The stock is already ${condition}; choose another condition`);
    toCondition = line.toCondition ?? null;
  }
  if (kind === 'adjustment' && !line.direction) add('direction', 'Say whether the adjustment increases or decreases the stock');

  let quantity = line.quantity ?? null;
  let packName: string | null = null;
  let packCount: number | null = null;
  if (line.packName !== undefined || line.packCount !== undefined) {
    if (line.packName === undefined) add('packName', 'Say which pack the pack count is in (e.g. carton)');
    else if (line.packCount === undefined) add('packCount', `Say how many ${line.packName}s`);
    else if (item) {
      const pack = item.packSizes.find((p) => p.name.toLowerCase() === line.packName);
      if (!pack) {
        const known = item.packSizes.map((p) => `${p.name}=${p.quantity}`).join(', ');
        add(
          'packName',
          known
            ? `${item.code} has no pack "${line.packName}"; its packs are ${known}`
            : `${item.code} has no pack sizes; give the quantity in ${item.baseUnit}`,
        );
      } else {
        const fromPacks = pack.quantity * line.packCount;
        if (fromPacks > MAX_QUANTITY) {
          add(
            'packCount',
            `Pack count: ${line.packCount.toLocaleString('en-GB')} ${pack.name} of ${pack.quantity.toLocaleString('en-GB')} make ` +
              `${fromPacks.toLocaleString('en-GB')} ${item.baseUnit}, more than one line may hold (${MAX_QUANTITY.toLocaleString('en-GB')})`,
          );
        } else if (quantity !== null && quantity !== fromPacks) {
          add(
            'quantity',
            `${line.packCount} ${pack.name} of ${pack.quantity} make ${fromPacks} ${item.baseUnit}, not ${quantity}; give one or the other`,
          );
        }
        quantity = fromPacks;
        packName = pack.name;
        packCount = line.packCount;
      }
    }
  }
  if (quantity === null && line.packName === undefined && line.packCount === undefined) add('quantity', 'Quantity is required');

  if (issues.length > before) return null;
  return {
    itemId,
    lotId,
    lotNumber,
    expiryDate,
    ownerOrgId,
    donorOrgId,
    condition,
    toCondition,
    direction: kind === 'adjustment' ? (line.direction ?? null) : null,
    quantity: quantity ?? 0,
    packName,
    packCount,
    writeOff: kind === 'damage' ? Boolean(line.writeOff) : false,
    damagedQuantity: 0,
    shortQuantity: 0,
    sourceLineId: null,
    fefoOverrideReason: line.fefoOverrideReason ?? null,
    notes: line.notes ?? '',
  };
}
