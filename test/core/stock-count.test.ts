import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
  await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(100), ownerOrgId: w.org.wfp, quantity: 50 },
    { itemId: w.item.rice, lotNumber: 'R2', expiryDate: inDays(200), ownerOrgId: w.org.unicef, quantity: 30 },
    { itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 12 },
  ]);
});
afterEach(() => w.t.cleanup());

describe('physical count', () => {
  it('snapshots expected stock (optionally one category), takes counts one by one or pasted, and approving posts the differences', async () => {
    const food = await w.call('stock.count.create', { siteId: w.site.fob, category: 'food' });
    expect(food.rows.map((r) => [r.lotNumber, r.expected])).toEqual([
      ['R1', 50],
      ['R2', 30],
    ]);
    await w.call('stock.documents.delete', { id: food.document.id, version: food.document.version });

    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    expect(sheet.summary).toMatchObject({ lines: 3, counted: 0, uncounted: 3 });
    const [r1, r2, tent] = sheet.rows;
    const one = await w.call('stock.count.setLine', { lineId: r1.id, version: r1.version, counted: 48 });
    expect(one).toMatchObject({ counted: 48, difference: -2, countedBy: 'Capt. Test' });
    // A pasted block with one bad line writes nothing.
    await refusedWritingNothing(w.t.core, 'stock.count.setLines', {
      documentId: sheet.document.id,
      lines: [
        { lineId: r2.id, version: r2.version, counted: 30 },
        { lineId: tent.id, version: tent.version, counted: -1 },
      ],
    });
    expect((await w.call('stock.count.get', { id: sheet.document.id })).summary.counted).toBe(1);
    // Not everything counted yet: approval is refused.
    expect((await w.t.core.invoke('stock.count.approve', { id: sheet.document.id, version: sheet.document.version })).ok).toBe(false);
    await w.call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: [
        { lineId: r2.id, version: r2.version, counted: '30' as never },
        { lineId: tent.id, version: tent.version, counted: 13 },
      ],
    });
    // Found: a batch nobody expected.
    const found = await w.call('stock.count.addLine', {
      documentId: sheet.document.id,
      itemId: w.item.rice,
      lotNumber: 'R9',
      expiryDate: inDays(300),
      ownerOrgId: w.org.wfp,
      counted: 4,
    });
    expect(found).toMatchObject({ expected: 0, counted: 4, difference: 4 });
    const diffs = await w.call('stock.count.get', { id: sheet.document.id, onlyDifferences: true });
    expect(diffs.rows.map((r) => [r.lotNumber, r.difference])).toEqual([
      ['R1', -2],
      ['', 1],
      ['R9', 4],
    ]);
    expect(diffs.summary).toMatchObject({ lines: 4, counted: 4, withDifference: 3, netDifference: 3 });

    const approved = await w.call('stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    expect(approved.count.status).toBe('posted');
    expect(approved.count.number).toMatch(/^FOB-N-CNT-\d{4}-00001$/);
    expect(approved.adjustment!.document).toMatchObject({
      kind: 'adjustment',
      reasonCode: 'count_difference',
      relatedDocumentId: sheet.document.id,
    });
    expect(approved.adjustment!.entries.map((e) => e.quantity).sort()).toEqual([-2, 1, 4].sort());
    const onHand = await w.call('stock.onHand', { siteId: w.site.fob });
    expect(onHand.rows.map((r) => [r.lotNumber, r.quantity])).toEqual([
      ['R1', 48],
      ['R2', 30],
      ['R9', 4],
      ['', 13],
    ]);
    // Closed: no more counting on it.
    expect((await w.t.core.invoke('stock.count.setLine', { lineId: r1.id, version: one.version, counted: 1 })).ok).toBe(false);
    expect((await w.call('system.integrity', {})).ok).toBe(true);
  });

  it('refuses to approve a sheet whose stock moved since it was made', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    await w.call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: sheet.rows.map((r) => ({ lineId: r.id, version: r.version, counted: r.expected })),
    });
    await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      lines: [{ lotId: sheet.rows[2].lotId, quantity: 1 }],
    });
    const r = await w.t.core.invoke('stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('Stock moved since this sheet was made (1 line; first: line 3');
    // The same refusal to a French reader, numbers and plural in French (issue 9).
    await w.call('system.setLanguage', { language: 'fr' });
    const fr = await w.t.core.invoke('stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    await w.call('system.setLanguage', { language: 'en' });
    expect(!fr.ok && fr.error.message).toMatch(/^Le stock a bougé depuis la création de cette feuille \(1 ligne ; première : ligne 3, /);
    expect(!fr.ok && fr.error.issues?.[0]?.message).toMatch(/^Maintenant \d/);
  });

  it('approves a sheet with no differences without an adjustment', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    await w.call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: sheet.rows.map((r) => ({ lineId: r.id, version: r.version, counted: r.expected })),
    });
    const approved = await w.call('stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    expect(approved.adjustment).toBeNull();
  });

  it('saves one counted line in a tiny transaction', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    const times: number[] = [];
    const versions = new Map<string, number>();
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const row = sheet.rows[i % 3];
      const saved = await w.call('stock.count.setLine', { lineId: row.id, version: versions.get(row.id) ?? row.version, counted: i });
      versions.set(row.id, saved.version);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`stock.count.setLine through the core: median ${times[25].toFixed(2)} ms, max ${times[49].toFixed(2)} ms`);
    const audit = w.t.core.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'stock_count_line'").get() as { n: number };
    expect(audit.n).toBe(50);
  });
});
