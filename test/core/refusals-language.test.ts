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

  it('a stale or missing stock record is named in the caller’s language, never in English', async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R2', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 10 },
    ]);
    const stale = { id: grn.document.id, version: grn.document.version - 1 };
    await w.call('system.setLanguage', { language: 'fr' });
    const label = await refusedWritingNothing(w.t.core, 'stock.documents.setSharing', { ...stale, sharing: 'RED' });
    expect(label.message).toBe('Ce document a été modifié par quelqu’un d’autre depuis son chargement ; rechargez et modifiez de nouveau');
    const reverse = await refusedWritingNothing(w.t.core, 'stock.documents.reverse', { ...stale, reason: 'Erreur de saisie' });
    expect(reverse.message).toBe(
      `Le document ${grn.document.number} a été modifié par quelqu’un d’autre depuis son chargement ; rechargez et modifiez de nouveau`,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await refusedWritingNothing(w.t.core, 'stock.documents.get', { id: missing })).message).toBe(
      `Le document de stock ${missing} n’existe pas`,
    );
    await w.call('system.setLanguage', { language: 'ar' });
    const ar = await refusedWritingNothing(w.t.core, 'stock.documents.setSharing', { ...stale, sharing: 'RED' });
    expect(ar.message).toBe('عدّل شخص آخر هذا المستند منذ أن حمّلته؛ أعد التحميل وعدّل مرة أخرى');
  });

  it('a refusal no field words itself (an id left out, a limit, text for a number) is worded in the caller’s language too', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const missing = await refusedWritingNothing(w.t.core, 'stock.documents.get', {});
    expect(missing.issues).toEqual([{ path: ['id'], message: 'Une valeur est obligatoire' }]);
    const limit = await refusedWritingNothing(w.t.core, 'jobs.list', { limit: 9000 });
    expect(limit.issues).toEqual([{ path: ['limit'], message: 'Doit être au plus 200' }]);
    await w.call('system.setLanguage', { language: 'ar' });
    const text = await refusedWritingNothing(w.t.core, 'jobs.list', { limit: 'beaucoup' });
    expect(text.issues).toEqual([{ path: ['limit'], message: 'يجب أن يكون رقمًا' }]);
  });
});
