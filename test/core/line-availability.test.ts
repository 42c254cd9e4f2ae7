import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

describe('what a draft line can take (issue 11 point 5)', () => {
  it("gives each draft picking line its lot's balance, so an over-issue shows at entry, and nothing for lines that bring stock in", async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 20 },
    ]);
    expect(grn.lines[0].available).toBeNull(); // posted, and a receipt
    const lotId = grn.lines[0].lotId!;
    // A draft issue of 9,999 from a lot with 20 is kept (drafts are free), and says what the lot has.
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      lines: [
        { lotId, quantity: 9999 },
        { lotId, quantity: 5 },
      ],
    });
    expect(draft.lines.map((l) => l.available)).toEqual([20, 20]);
    // An adjustment down takes from the lot too.
    const loss = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'adjustment',
      reasonCode: 'counting_error',
      lines: [{ lotId, quantity: 3, direction: 'decrease', condition: 'good' }],
    });
    expect(loss.lines[0].available).toBe(20);
    const receipt = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }],
    });
    expect(receipt.lines[0].available).toBeNull();
  });
});
