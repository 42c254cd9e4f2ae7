import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

const items = async (w: StockWorld) => await w.call('items.list', {});

describe("an item's code once something names it (issue 11 point 1)", () => {
  it('refuses a new code for an item with stock, naming why, and writes nothing', async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 30 }]);
    const rice = (await items(w)).find((i) => i.id === w.item.rice)!;
    const err = await refusedWritingNothing(w.t.core, 'items.save', {
      rows: [{ ...rice, code: 'XX-OVERWRITE', name: 'Overwritten by paste' }],
    });
    expect(err.issues).toEqual([
      {
        path: ['rows', 0, 'code'],
        message: 'Code cannot change: RICE-25 already has stock or documents that name it; change the name instead, or add a new item',
      },
    ]);
    // The name alone may change; with the code given unchanged.
    const [saved] = await w.call('items.save', { rows: [{ ...rice, name: 'Rice, 25 kg bag' }] });
    expect(saved.code).toBe('RICE-25');
    expect(saved.name).toBe('Rice, 25 kg bag');
  });

  it('refuses it for an item only on a draft document line', async () => {
    await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }],
    });
    const tent = (await items(w)).find((i) => i.id === w.item.tent)!;
    const err = await refusedWritingNothing(w.t.core, 'items.save', { rows: [{ ...tent, code: 'TENT-X' }] });
    expect(err.issues?.[0].path).toEqual(['rows', 0, 'code']);
  });

  it('lets an unused item change its code', async () => {
    const [spare] = await w.call('items.save', { rows: [{ code: 'SPARE', name: 'Spare', category: 'nfi', baseUnit: 'each' }] });
    const [renamed] = await w.call('items.save', { rows: [{ ...spare, code: 'SPARE-2' }] });
    expect(renamed.code).toBe('SPARE-2');
  });
});
