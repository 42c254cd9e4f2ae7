import type { z } from 'zod';
import { say } from '../../api/i18n/current';
import { conditionWord } from '../../api/i18n/vocabulary-words';
import { PICKING_DOCUMENT_KINDS, type LedgerCondition, type StockDocumentKind } from '../../api/vocabularies';
import type { recordColumns, StockDocumentLine } from '../../../db/schema';
import type { FieldIssue } from '../../api/result';
import type { stockLineInput } from '../../api/stock';
import type { Lookups } from './lookups';
import { quantityFromPacks } from './packs';

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
      add('lotId', say('lineCheck.lotMissing'));
      return null;
    }
    if (itemId && itemId !== lot.itemId) add('lotId', say('lineCheck.lotOtherItem', { item: look.item(lot.itemId)?.code ?? '?' }));
    // Ownership is part of the lot: a different owner on the line would otherwise be silently dropped.
    if (ownerOrgId && ownerOrgId !== lot.ownerOrgId) {
      add(
        'ownerOrgId',
        say('lineCheck.lotOtherOwner', {
          lot: look.describeLot(lot),
          owner: look.org(lot.ownerOrgId)?.shortName ?? '?',
          given: look.org(ownerOrgId)?.shortName ?? say('lineCheck.theOwnerGiven'),
        }),
      );
    }
    itemId = lot.itemId;
    lotNumber = lot.lotNumber;
    expiryDate = lot.expiryDate;
    ownerOrgId = lot.ownerOrgId;
    donorOrgId = lot.donorOrgId;
  } else if (PICKING_DOCUMENT_KINDS.includes(kind) || (kind === 'adjustment' && line.direction === 'decrease')) {
    add('lotId', say('lineCheck.chooseLot'));
    return null;
  } else {
    // New stock (receipt, or an adjustment bringing in stock): the lot is named by its fields.
    if (!itemId) add('itemId', say('lineCheck.itemRequired'));
    if (!ownerOrgId) add('ownerOrgId', say('lineCheck.ownerRequired'));
  }

  const item = itemId ? look.item(itemId) : null;
  if (itemId && !item) add('itemId', say('lineCheck.itemMissing'));
  if (item?.archived && !lotId) add('itemId', say('lineCheck.itemArchived', { item: item.code }));
  if (item?.needsLotExpiry && !lotId) {
    if (!lotNumber) add('lotNumber', say('lineCheck.needsLot', { item: item.code }));
    if (!expiryDate) add('expiryDate', say('lineCheck.needsExpiry', { item: item.code }));
  }
  if (!lotId && ownerOrgId && !look.org(ownerOrgId)) add('ownerOrgId', say('lineCheck.ownerMissing'));
  if (!lotId && donorOrgId && !look.org(donorOrgId)) add('donorOrgId', say('lineCheck.donorMissing'));

  const condition = line.condition ?? 'good';
  let toCondition: LedgerCondition | null = null;
  if ((kind === 'issue' || kind === 'transfer_out') && condition !== 'good') {
    add('condition', say('lineCheck.onlyGood', { kind }));
  }
  if (kind === 'damage') {
    if (condition === 'damaged') add('condition', say('lineCheck.alreadyDamaged'));
    toCondition = line.writeOff ? null : 'damaged';
  }
  if (kind === 'condition_change') {
    if (!line.toCondition) add('toCondition', say('lineCheck.toCondition'));
    else if (line.toCondition === condition) add('toCondition', say('lineCheck.sameCondition', { condition: conditionWord(condition) }));
    toCondition = line.toCondition ?? null;
  }
  if (kind === 'adjustment' && !line.direction) add('direction', say('lineCheck.direction'));

  let quantity = line.quantity ?? null;
  let packName: string | null = null;
  let packCount: number | null = null;
  if (line.packName !== undefined || line.packCount !== undefined) {
    const packed = quantityFromPacks(item ?? null, line.packName, line.packCount, quantity);
    if (packed && !packed.ok) add(packed.field, packed.message);
    else if (packed) [quantity, packName, packCount] = [packed.quantity, packed.packName, packed.packCount];
  }
  if (quantity === null && line.packName === undefined && line.packCount === undefined) add('quantity', say('lineCheck.quantityRequired'));

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
