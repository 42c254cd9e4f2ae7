import type { StockDocumentKind, StockDocumentLineView, StockLineInput } from '../../../../electron/api/stock';

type Condition = NonNullable<StockLineInput['condition']>;
const asCondition = (c: string | null | undefined): Condition | undefined =>
  c === 'good' || c === 'damaged' || c === 'quarantined' ? c : undefined;

/**
 * The full input for saving a stored line again with some fields changed. The core replaces a
 * line with what it is sent, so every field is carried over. A line taken from existing stock is
 * sent by its lot; a new batch (receipt, adjustment bringing stock in) by its lot fields.
 * Quantity is sent either as pack × count or in base units, never both.
 */
export function lineInput(kind: StockDocumentKind, line: StockDocumentLineView, change: Partial<StockLineInput> = {}): StockLineInput {
  const base: StockLineInput = {
    id: line.id,
    version: line.version,
    condition: asCondition(line.condition),
    notes: line.notes,
    fefoOverrideReason: line.fefoOverrideReason ?? undefined,
  };
  if (kind === 'condition_change') base.toCondition = asCondition(line.toCondition);
  if (kind === 'adjustment') base.direction = line.direction ?? undefined;
  if (kind === 'damage') base.writeOff = line.writeOff;
  const lot: StockLineInput = line.lotId
    ? { lotId: line.lotId }
    : {
        itemId: line.itemId ?? undefined,
        lotNumber: line.lotNumber,
        expiryDate: line.expiryDate ?? undefined,
        ownerOrgId: line.ownerOrgId ?? undefined,
        donorOrgId: line.donorOrgId ?? undefined,
      };
  const amount: StockLineInput =
    line.packName && line.packCount ? { packName: line.packName, packCount: line.packCount } : { quantity: line.quantity };
  const merged: StockLineInput = { ...base, ...lot, ...amount, ...change };
  if ('quantity' in change && !('packName' in change) && !('packCount' in change)) {
    delete merged.packName;
    delete merged.packCount;
  }
  if (('packCount' in change || 'packName' in change) && !('quantity' in change)) delete merged.quantity;
  // A changed lot identity makes it a new batch: no stored lot id travels with it.
  if (
    ('itemId' in change || 'lotNumber' in change || 'expiryDate' in change || 'ownerOrgId' in change) &&
    !('lotId' in change) &&
    !line.lotId
  ) {
    delete merged.lotId;
  }
  return merged;
}
