import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/* The core's refusals are worded in the language of the operator at the keyboard (issue 9). */

let w: StockWorld;
beforeEach(async () => {
  lotId = undefined;
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

let lotId: string | undefined;
const overIssue = async () => {
  if (!lotId) {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 1200 },
    ]);
    lotId = grn.lines[0].lotId!;
  }
  return refusedWritingNothing(w.t.core, 'stock.documents.create', {
    siteId: w.site.fob,
    kind: 'issue',
    counterpartyOrgId: w.org.ngo,
    ownerOrgId: w.org.wfp,
    post: true,
    lines: [{ lotId, quantity: 1500 }],
  });
};

describe('refusals in the caller’s language', () => {
  it('an over-issue in English (the default), French and Arabic, with numbers as each writes them', async () => {
    expect((await overIssue()).message).toMatch(
      /^Line 1: Not enough stock: .* lot R1 .* at FOB-N has 1,200 \w+ good available; this needs 1,500/,
    );
    await w.call('system.setLanguage', { language: 'fr' });
    const fr = await overIssue();
    expect(fr.message).toMatch(
      /^Ligne 1 : Stock insuffisant : .* lot R1 \(pér\. .* à FOB-N n’a que 1\u202f200 \w+ disponibles \(en bon état\) ; il en faut 1\u202f500/,
    );
    expect(fr.issues?.[0]).toMatchObject({ path: ['lines', 0, 'quantity'], message: expect.stringContaining('Stock insuffisant') });
    await w.call('system.setLanguage', { language: 'ar' });
    expect((await overIssue()).message).toMatch(/^السطر 1: المخزون غير كافٍ: .* في FOB-N لديه 1,200 \w+ متاحة \(سليم\)/);
  });

  it('a schema’s refusal (a cell of the contract) names the field in the caller’s language', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const err = await refusedWritingNothing(w.t.core, 'items.save', {
      rows: [{ code: 'X-1', name: 'Bâche', category: 'shelter', baseUnit: 'each', unitWeightKg: 'lourd' }],
    });
    expect(err.issues).toEqual([{ path: ['rows', 0, 'unitWeightKg'], message: 'Poids unitaire (kg) doit être un nombre' }]);
    expect(err.message).toBe('Ligne 1, unitWeightKg: Poids unitaire (kg) doit être un nombre');
  });
});
