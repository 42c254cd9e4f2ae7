import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

describe('demo stock', () => {
  it('puts stock at every demo site through real documents, with the situations the demo shows', async () => {
    t = await openTestCore({ demo: true });
    const call = t.core.call.bind(t.core);
    const sites = await call('sites.list', {});
    const onHand = await call('stock.onHand', { limit: 10_000 });
    for (const s of sites)
      expect(
        onHand.rows.some((r) => r.siteId === s.id && r.quantity > 0),
        `stock at ${s.code}`,
      ).toBe(true);
    const docs = await call('stock.documents.list', { limit: 500 });
    const kinds = new Set(docs.rows.map((d) => d.kind));
    for (const k of [
      'receipt',
      'issue',
      'transfer_out',
      'transfer_in',
      'adjustment',
      'count',
      'damage',
      'ownership_transfer',
      'condition_change',
      'loss',
    ]) {
      expect(kinds.has(k as never), k).toBe(true);
    }
    // Everything is posted but the blind fuel count at FOB-N, submitted and waiting for an approver.
    expect(docs.rows.filter((d) => d.status !== 'posted').map((d) => [d.kind, d.siteCode, d.countBlind, d.workflow.state])).toEqual([
      ['count', 'FOB-N', true, 'submitted'],
    ]);
    expect((await call('stock.documents.list', { awaitingReceiptAt: sites.find((s) => s.code === 'HHI-TRV')!.id })).total).toBe(1);
    const within3 = await call('stock.alerts.expiry', { withinMonths: 3 });
    const within9 = await call('stock.alerts.expiry', { withinMonths: 9 });
    expect(within3.some((r) => r.expiryStatus === 'within3')).toBe(true);
    expect(within9.some((r) => r.expiryStatus === 'within9')).toBe(true);
    const tarvik = onHand.rows.filter((r) => r.siteCode === 'HHI-TRV' && r.condition === 'good');
    expect(new Set(tarvik.map((r) => r.ownerShortName)).size).toBeGreaterThanOrEqual(3);
    expect((await call('stock.alerts.lowStock', {})).length).toBeGreaterThan(0);
    const count = docs.rows.find((d) => d.kind === 'count' && d.status === 'posted')!;
    expect(count.relatedDocumentNumber).toMatch(/ADJ/);
    expect((await call('system.integrity', {})).ok).toBe(true);
    // Loading again adds nothing.
    const before = docs.total;
    await call('system.loadDemo', {});
    expect((await call('stock.documents.list', {})).total).toBe(before);
  });
});
