import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

describe('document totals per unit (issue 11 point 7)', () => {
  it('sums quantities per base unit, never across units, with the weight only when every line has one', async () => {
    const [rutf, soap] = await w.call('items.save', {
      rows: [
        { code: 'WASH-KIT', name: 'Hygiene kit, family', category: 'wash', baseUnit: 'box', unitWeightKg: 13.8 },
        { code: 'NFI-SOAP', name: 'Soap bar 250 g', category: 'wash', baseUnit: 'piece', unitWeightKg: 0.25 },
      ],
    });
    const receipt = { siteId: w.site.fob, kind: 'receipt' as const, counterpartyOrgId: w.org.wfp };
    const weighed = await w.call('stock.documents.create', {
      ...receipt,
      lines: [
        { itemId: rutf.id, ownerOrgId: w.org.wfp, quantity: 60 },
        { itemId: soap.id, ownerOrgId: w.org.wfp, quantity: 400 },
        { itemId: soap.id, ownerOrgId: w.org.wfp, quantity: 40 },
      ],
    });
    expect(weighed.document.totals).toEqual([
      { unit: 'box', quantity: 60 },
      { unit: 'piece', quantity: 440 },
    ]);
    expect(weighed.document.totalWeightKg).toBe(938);
    // The family tent has no unit weight: no total weight rather than a light one.
    const mixed = await w.call('stock.documents.create', {
      ...receipt,
      lines: [
        { itemId: soap.id, ownerOrgId: w.org.wfp, quantity: 10 },
        { itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 },
      ],
    });
    expect(mixed.document.totals).toEqual([
      { unit: 'each', quantity: 5 },
      { unit: 'piece', quantity: 10 },
    ]);
    expect(mixed.document.totalWeightKg).toBeNull();
    // The register says the same.
    const list = await w.call('stock.documents.list', { siteId: w.site.fob });
    expect(list.rows.find((d) => d.id === weighed.document.id)?.totals).toEqual(weighed.document.totals);
    const empty = await w.call('stock.documents.create', { ...receipt, lines: [] });
    expect(empty.document.totals).toEqual([]);
    expect(empty.document.totalWeightKg).toBeNull();
  });
});
