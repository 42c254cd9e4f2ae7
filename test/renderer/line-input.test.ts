import { describe, expect, it } from 'vitest';
import type { StockDocumentLineView } from '../../electron/api/stock';
import { lineInput } from '../../renderer/src/features/stock/lineInput';

const line = (over: Partial<StockDocumentLineView> = {}): StockDocumentLineView => ({
  id: 'line-1',
  version: 4,
  lineNo: 1,
  itemId: 'item-1',
  lotId: null,
  lotNumber: 'L-1',
  expiryDate: '2027-01-31',
  ownerOrgId: 'org-1',
  donorOrgId: null,
  condition: 'good',
  toCondition: null,
  direction: null,
  quantity: 100,
  packName: null,
  packCount: null,
  writeOff: false,
  damagedQuantity: 0,
  shortQuantity: 0,
  overQuantity: 0,
  shortReason: null,
  damagedReason: null,
  overReason: null,
  arrival: null,
  sourceLineId: null,
  fefoOverrideReason: null,
  notes: '',
  itemCode: 'RICE',
  itemName: 'Rice',
  baseUnit: 'kg',
  ownerShortName: 'NSLB',
  available: null,
  ...over,
});

describe('lineInput: a stored line sent again with a change', () => {
  it('carries every field of a new batch, with its version for the optimistic check', () => {
    expect(lineInput('receipt', line())).toEqual({
      id: 'line-1',
      version: 4,
      condition: 'good',
      notes: '',
      fefoOverrideReason: undefined,
      itemId: 'item-1',
      lotNumber: 'L-1',
      expiryDate: '2027-01-31',
      ownerOrgId: 'org-1',
      donorOrgId: undefined,
      quantity: 100,
    });
  });

  it('sends a line that picks stock by its lot only', () => {
    const r = lineInput('issue', line({ lotId: 'lot-9' }), { quantity: 5 });
    expect(r).toMatchObject({ lotId: 'lot-9', quantity: 5 });
    expect(r).not.toHaveProperty('itemId');
    expect(r).not.toHaveProperty('lotNumber');
  });

  it('sends a quantity either by pack or in base units, never both', () => {
    const byPack = line({ packName: 'carton', packCount: 5 });
    expect(lineInput('receipt', byPack)).toMatchObject({ packName: 'carton', packCount: 5 });
    expect(lineInput('receipt', byPack)).not.toHaveProperty('quantity');
    const typed = lineInput('receipt', byPack, { quantity: 7 });
    expect(typed.quantity).toBe(7);
    expect(typed).not.toHaveProperty('packName');
    expect(typed).not.toHaveProperty('packCount');
    const packed = lineInput('receipt', line(), { packName: 'carton', packCount: 2 });
    expect(packed).toMatchObject({ packName: 'carton', packCount: 2 });
    expect(packed).not.toHaveProperty('quantity');
  });

  it('adds the fields of its kind: direction, target condition, write-off', () => {
    expect(lineInput('adjustment', line({ direction: 'decrease' })).direction).toBe('decrease');
    expect(lineInput('condition_change', line({ toCondition: 'damaged' })).toCondition).toBe('damaged');
    expect(lineInput('damage', line({ writeOff: true })).writeOff).toBe(true);
    expect(lineInput('receipt', line({ direction: 'decrease' }))).not.toHaveProperty('direction');
  });

  it('drops an unknown condition instead of sending it', () => {
    expect(lineInput('receipt', line({ condition: 'lost' as never })).condition).toBeUndefined();
  });
});
