import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

const balance = (site: string, lotId: string, condition: string) =>
  (
    w.t.core.sqlite
      .prepare('SELECT quantity FROM stock_balances WHERE site_id = ? AND lot_id = ? AND condition = ?')
      .get(site, lotId, condition) as { quantity: number } | undefined
  )?.quantity ?? 0;

describe('stock documents', () => {
  it('edits a draft, then posts it; a posted document cannot be edited or deleted', async () => {
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      reference: 'WB-1',
    });
    expect(draft.document).toMatchObject({ status: 'draft', number: null, lineCount: 0 });
    const withLines = await w.call('stock.lines.save', {
      documentId: draft.document.id,
      lines: [
        { itemId: w.item.rice, lotNumber: 'A', expiryDate: inDays(100), ownerOrgId: w.org.wfp, quantity: 10 },
        { itemId: w.item.tent, ownerOrgId: w.org.wfp, packName: 'bundle', packCount: 2 },
      ],
    });
    expect(withLines.lines.map((l) => l.quantity)).toEqual([10, 10]);
    const edited = await w.call('stock.lines.save', { documentId: draft.document.id, lines: [{ ...withLines.lines[0], quantity: 12 }] });
    expect(edited.lines[0].quantity).toBe(12);
    const removed = await w.call('stock.lines.remove', {
      documentId: draft.document.id,
      lines: [{ id: withLines.lines[1].id, version: withLines.lines[1].version }],
    });
    expect(removed.lines).toHaveLength(1);
    const header = await w.call('stock.documents.update', { id: draft.document.id, version: removed.document.version, notes: 'Convoy 12' });
    expect(header.document.notes).toBe('Convoy 12');
    const stale = await w.t.core.invoke('stock.documents.post', { id: draft.document.id, version: draft.document.version });
    expect(stale.ok).toBe(false);
    const posted = await w.call('stock.documents.post', { id: draft.document.id, version: header.document.version });
    expect(posted.document.status).toBe('posted');
    expect(posted.entries.map((e) => e.quantity)).toEqual([12]);
    for (const [op, input] of [
      ['stock.documents.update', { id: draft.document.id, version: posted.document.version, notes: 'x' }],
      ['stock.documents.delete', { id: draft.document.id, version: posted.document.version }],
      ['stock.lines.remove', { documentId: draft.document.id, lines: [{ id: posted.lines[0].id, version: posted.lines[0].version }] }],
      ['stock.documents.post', { id: draft.document.id, version: posted.document.version }],
    ] as const) {
      const r = await w.t.core.invoke(op, input);
      expect(r.ok, op).toBe(false);
      expect(!r.ok && r.error.message, op).toContain('is posted');
    }
    // A draft can be deleted.
    const other = await w.call('stock.documents.create', { siteId: w.site.fob, kind: 'loss', reasonCode: 'theft' });
    await w.call('stock.documents.delete', { id: other.document.id, version: other.document.version });
    expect((await w.t.core.invoke('stock.documents.get', { id: other.document.id })).ok).toBe(false);
  });

  it('moves a transfer through transit: nobody can issue it until the receiving side confirms, short and damaged are recorded', async () => {
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 100 }]);
    const lot = grn.lines[0].lotId!;
    const tro = await w.post({ siteId: w.site.fob, kind: 'transfer_out', otherSiteId: w.site.wh, lines: [{ lotId: lot, quantity: 40 }] });
    expect(balance(w.site.fob, lot, 'good')).toBe(60);
    expect(balance(w.site.wh, lot, 'in_transit')).toBe(40);
    const pending = await w.call('stock.documents.list', { awaitingReceiptAt: w.site.wh });
    expect(pending.rows.map((d) => d.id)).toEqual([tro.document.id]);
    const early = await w.t.core.invoke('stock.documents.create', {
      siteId: w.site.wh,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      post: true,
      lines: [{ lotId: lot, quantity: 1 }],
    });
    expect(early.ok).toBe(false);
    const over = await w.t.core.invoke('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      lines: [{ lineId: tro.lines[0].id, good: 41 }],
    });
    expect(over.ok).toBe(false);
    // More than was sent, or a shortfall, without a reason is refused (transfer-receipt.test.ts has the reasons).
    const tri = await w.call('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      shortReason: 'lost_in_transit',
      damagedReason: 'handling',
      lines: [{ lineId: tro.lines[0].id, good: 35, damaged: 3 }],
    });
    expect(tri.lines[0]).toMatchObject({ quantity: 35, damagedQuantity: 3, shortQuantity: 2 });
    expect(balance(w.site.wh, lot, 'in_transit')).toBe(0);
    expect(balance(w.site.wh, lot, 'good')).toBe(35);
    expect(balance(w.site.wh, lot, 'damaged')).toBe(3);
    const tro2 = await w.call('stock.documents.get', { id: tro.document.id });
    expect(tro2.document.receivedByNumber).toBe(tri.document.number);
    expect((await w.t.core.invoke('stock.transfer.receive', { transferId: tro.document.id, version: tro2.document.version })).ok).toBe(
      false,
    );
    expect(
      (await w.t.core.invoke('stock.documents.reverse', { id: tro.document.id, version: tro2.document.version, reason: 'oops' })).ok,
    ).toBe(false);
  });

  it('reverses a posted document with opposite entries, and refuses a reversal that would go negative', async () => {
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 10 }]);
    const lot = grn.lines[0].lotId!;
    const iss = await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      lines: [{ lotId: lot, quantity: 8 }],
    });
    await refusedWritingNothing(w.t.core, 'stock.documents.reverse', {
      id: grn.document.id,
      version: grn.document.version,
      reason: 'wrong site',
    });
    const rev = await w.call('stock.documents.reverse', {
      id: iss.document.id,
      version: iss.document.version,
      reason: 'Issued to the wrong partner',
    });
    expect(rev.document).toMatchObject({
      kind: 'reversal',
      status: 'posted',
      relatedDocumentNumber: iss.document.number,
      notes: 'Issued to the wrong partner',
    });
    expect(rev.entries.map((e) => e.quantity)).toEqual([8]);
    expect(balance(w.site.fob, lot, 'good')).toBe(10);
    const original = await w.call('stock.documents.get', { id: iss.document.id });
    expect(original.document.reversedByNumber).toBe(rev.document.number);
    expect(original.entries.map((e) => e.quantity)).toEqual([-8]);
    const again = await w.t.core.invoke('stock.documents.reverse', {
      id: iss.document.id,
      version: original.document.version,
      reason: 'again',
    });
    expect(!again.ok && again.error.message).toContain('already reversed');
    const undo = await w.t.core.invoke('stock.documents.reverse', { id: rev.document.id, version: rev.document.version, reason: 'undo' });
    expect(!undo.ok && undo.error.message).toContain('itself a reversal');
  });

  it('posts adjustments, losses, damage, condition changes and ownership transfers', async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'L', expiryDate: inDays(400), ownerOrgId: w.org.wfp, quantity: 100 },
    ]);
    const lot = grn.lines[0].lotId!;
    const noReason = await w.t.core.invoke('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'adjustment',
      post: true,
      lines: [{ lotId: lot, direction: 'increase', quantity: 5 }],
    });
    expect(noReason.ok).toBe(false);
    const wrongReason = await w.t.core.invoke('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'adjustment',
      reasonCode: 'theft',
      lines: [],
    });
    expect(wrongReason.ok).toBe(false);
    await w.post({
      siteId: w.site.fob,
      kind: 'adjustment',
      reasonCode: 'found',
      lines: [{ lotId: lot, direction: 'increase', quantity: 5 }],
    });
    await w.post({
      siteId: w.site.fob,
      kind: 'adjustment',
      reasonCode: 'data_entry_error',
      lines: [{ lotId: lot, direction: 'decrease', quantity: 2 }],
    });
    expect(balance(w.site.fob, lot, 'good')).toBe(103);
    await w.post({ siteId: w.site.fob, kind: 'loss', reasonCode: 'theft', lines: [{ lotId: lot, quantity: 3 }] });
    await w.post({
      siteId: w.site.fob,
      kind: 'damage',
      reasonCode: 'water',
      lines: [
        { lotId: lot, quantity: 10 },
        { lotId: lot, quantity: 1, writeOff: true },
      ],
    });
    expect(balance(w.site.fob, lot, 'good')).toBe(89);
    expect(balance(w.site.fob, lot, 'damaged')).toBe(10);
    await w.post({
      siteId: w.site.fob,
      kind: 'condition_change',
      reasonCode: 'quality_hold',
      lines: [{ lotId: lot, quantity: 9, toCondition: 'quarantined' }],
    });
    expect(balance(w.site.fob, lot, 'quarantined')).toBe(9);
    const own = await w.post({
      siteId: w.site.fob,
      kind: 'ownership_transfer',
      ownerOrgId: w.org.wfp,
      toOwnerOrgId: w.org.unicef,
      reasonCode: 'loan',
      lines: [{ lotId: lot, quantity: 30 }],
    });
    const newLot = own.entries.find((e) => e.quantity > 0)!.lotId;
    expect(newLot).not.toBe(lot);
    expect(balance(w.site.fob, lot, 'good')).toBe(50);
    expect(balance(w.site.fob, newLot, 'good')).toBe(30);
    const lots = await w.call('stock.lots.list', { itemId: w.item.rice });
    expect(lots.map((l) => [l.lotNumber, l.ownerShortName])).toEqual([
      ['L', 'UNICEF'],
      ['L', 'WFP'],
    ]);
    expect((await w.call('system.integrity', {})).ok).toBe(true);
  });

  it('shows stock on hand paged and filtered in SQL, with expiry status, low stock and a stock card with running balance', async () => {
    await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'E', expiryDate: inDays(-5), ownerOrgId: w.org.wfp, quantity: 1 },
      { itemId: w.item.rice, lotNumber: 'S', expiryDate: inDays(45), ownerOrgId: w.org.wfp, quantity: 20 },
      { itemId: w.item.rice, lotNumber: 'M', expiryDate: inDays(200), ownerOrgId: w.org.unicef, quantity: 30 },
      { itemId: w.item.rice, lotNumber: 'L', expiryDate: inDays(500), ownerOrgId: w.org.wfp, quantity: 40 },
      { itemId: w.item.tent, ownerOrgId: w.org.ngo, quantity: 7 },
    ]);
    await w.call('stock.thresholds.save', {
      rows: [
        { siteId: w.site.fob, itemId: w.item.tent, minQuantity: 10 },
        { siteId: w.site.fob, itemId: w.item.rice, minQuantity: 5 },
      ],
    });
    const all = await w.call('stock.onHand', { siteId: w.site.fob });
    expect(all.total).toBe(5);
    expect(all.rows.map((r) => [r.lotNumber, r.expiryStatus])).toEqual([
      ['E', 'expired'],
      ['S', 'within3'],
      ['M', 'within9'],
      ['L', 'ok'],
      ['', 'none'],
    ]);
    const page = await w.call('stock.onHand', { siteId: w.site.fob, sort: [{ colId: 'quantity', sort: 'desc' }], offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.quantity)).toEqual([30, 20]);
    expect((await w.call('stock.onHand', { ownerOrgId: w.org.unicef })).rows.map((r) => r.lotNumber)).toEqual(['M']);
    expect((await w.call('stock.onHand', { expiry: 'within3' })).total).toBe(2);
    expect((await w.call('stock.onHand', { search: 'tent' })).total).toBe(1);
    const low = await w.call('stock.onHand', { lowStockOnly: true });
    expect(low.rows.map((r) => [r.itemCode, r.itemSiteGood, r.minQuantity, r.lowStock])).toEqual([['TENT-F', 7, 10, true]]);
    expect(await w.call('stock.alerts.lowStock', {})).toMatchObject([{ itemCode: 'TENT-F', goodQuantity: 7, minQuantity: 10, shortBy: 3 }]);
    expect((await w.call('stock.alerts.expiry', { withinMonths: 3 })).map((r) => r.lotNumber)).toEqual(['E', 'S']);
    expect((await w.call('stock.alerts.expiry', {})).map((r) => r.lotNumber)).toEqual(['E', 'S', 'M']);

    const sLot = all.rows[1].lotId;
    await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      lines: [{ lotId: sLot, quantity: 6 }],
    });
    const card = await w.call('stock.card', { siteId: w.site.fob, itemId: w.item.rice });
    expect(card.rows.map((r) => r.balance)).toEqual([1, 21, 51, 91, 85]);
    expect(card.closing).toBe(85);
    const lotCard = await w.call('stock.card', { siteId: w.site.fob, lotId: sLot });
    expect(lotCard.rows.map((r) => [r.documentKind, r.quantity, r.balance])).toEqual([
      ['receipt', 20, 20],
      ['issue', -6, 14],
    ]);
    const paged = await w.call('stock.card', { siteId: w.site.fob, itemId: w.item.rice, offset: 3, limit: 1 });
    expect(paged.rows.map((r) => r.balance)).toEqual([91]);
    expect(paged.total).toBe(5);
    const docs = await w.call('stock.documents.list', { siteId: w.site.fob, kind: 'issue' });
    expect(docs.rows.map((d) => [d.kind, d.counterpartyShortName, d.lineCount])).toEqual([['issue', 'HH', 1]]);
  });
});
