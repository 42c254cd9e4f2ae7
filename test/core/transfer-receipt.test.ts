import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Issue 11 point 3 on a pinned clock: a transfer received the day it was sent; short, damaged and
 * over quantities each need a reason (the receipt's default or the line's own), carried by the
 * ledger; the sending side's transfer shows what arrived of each line.
 */

let clock = '2026-06-15T09:00:00.000Z';
let w: StockWorld;
beforeEach(async () => {
  clock = '2026-06-15T09:00:00.000Z';
  w = await stockWorld({ now: () => clock });
});
afterEach(() => w.t.cleanup());

const balance = (site: string, lotId: string, condition: string) =>
  (
    w.t.core.sqlite
      .prepare('SELECT quantity FROM stock_balances WHERE site_id = ? AND lot_id = ? AND condition = ?')
      .get(site, lotId, condition) as { quantity: number } | undefined
  )?.quantity ?? 0;

/** Tents received at FOB-N, then `quantities` sent to WH-A as one transfer (a line each, from two lots). */
async function sendTents(quantities: number[]) {
  const grn = await w.receive(
    w.site.fob,
    quantities.map((_, i) => ({ itemId: w.item.tent, lotNumber: `T${i}`, ownerOrgId: w.org.wfp, quantity: 100 })),
  );
  return w.post({
    siteId: w.site.fob,
    kind: 'transfer_out',
    otherSiteId: w.site.wh,
    lines: quantities.map((quantity, i) => ({ lotId: grn.lines[i].lotId!, quantity })),
  });
}

describe('transfer receipts', () => {
  it('receives, dated today, a transfer sent this afternoon (a date is noon; the goods cannot arrive before they left)', async () => {
    clock = '2026-06-15T14:30:00.000Z';
    const tro = await sendTents([40]);
    clock = '2026-06-15T15:00:00.000Z';
    const tri = await w.call('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      occurredAt: '2026-06-15',
    });
    expect(tri.document.occurredAt).toBe('2026-06-15T14:30:00.000Z');
    expect(balance(w.site.wh, tro.lines[0].lotId!, 'good')).toBe(40);
    expect(balance(w.site.wh, tro.lines[0].lotId!, 'in_transit')).toBe(0);
  });

  it('refuses a receipt dated before the day the transfer was sent, saying so', async () => {
    const tro = await sendTents([40]);
    const early = await refusedWritingNothing(w.t.core, 'stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      occurredAt: '2026-06-14',
    });
    expect(early.message).toContain('before the transfer was sent on 15/06/2026');
    expect(early.issues?.[0].path).toEqual(['occurredAt']);
  });

  it('refuses a short, damaged or over line without a reason, naming the line and what differs', async () => {
    const tro = await sendTents([40, 10]);
    const [a, b] = tro.lines;
    const input = { transferId: tro.document.id, version: tro.document.version };
    const noReason = await refusedWritingNothing(w.t.core, 'stock.transfer.receive', {
      ...input,
      lines: [
        { lineId: a.id, good: 35, damaged: 2 },
        { lineId: b.id, good: 12 },
      ],
    });
    expect(noReason.issues?.map((i) => i.path)).toEqual([
      ['lines', 0, 'shortReason'],
      ['lines', 0, 'damagedReason'],
      ['lines', 1, 'overReason'],
    ]);
    expect(noReason.message).toContain('Line 1: 3 each short');
    expect(noReason.issues?.[2].message).toContain('2 each more than was sent');
    // The receipt's default covers short and damaged; line 2 gives its own reason for being over.
    const partly = await refusedWritingNothing(w.t.core, 'stock.transfer.receive', {
      ...input,
      shortReason: 'lost_in_transit',
      damagedReason: 'water',
      lines: [
        { lineId: a.id, good: 35, damaged: 2 },
        { lineId: b.id, good: 12 },
      ],
    });
    expect(partly.issues?.map((i) => i.path)).toEqual([['lines', 1, 'overReason']]);
  });

  it('posts short, damaged and over with their reasons; the sending side sees what arrived of each line', async () => {
    const tro = await sendTents([40, 10]);
    const [a, b] = tro.lines;
    const tri = await w.call('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      shortReason: 'lost_in_transit',
      damagedReason: 'handling',
      lines: [
        { lineId: a.id, good: 35, damaged: 2, shortReason: 'theft' },
        { lineId: b.id, good: 12, overReason: 'counting_error' },
      ],
    });
    expect(tri.lines.map((l) => [l.quantity, l.damagedQuantity, l.shortQuantity, l.overQuantity])).toEqual([
      [35, 2, 3, 0],
      [12, 0, 0, 2],
    ]);
    expect(tri.lines[0]).toMatchObject({ shortReason: 'theft', damagedReason: 'handling', overReason: null });
    expect(tri.lines[1]).toMatchObject({ shortReason: null, damagedReason: null, overReason: 'counting_error' });
    // The ledger carries each difference's reason; the extra 2 appear at WH-A as good stock.
    const reasons = tri.entries.filter((e) => e.reasonCode !== null).map((e) => [e.condition, e.quantity, e.reasonCode]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['in_transit', -3, 'theft'],
        ['damaged', 2, 'handling'],
        ['good', 2, 'counting_error'],
      ]),
    );
    expect(balance(w.site.wh, a.lotId!, 'good')).toBe(35);
    expect(balance(w.site.wh, a.lotId!, 'damaged')).toBe(2);
    expect(balance(w.site.wh, b.lotId!, 'good')).toBe(12);
    expect(balance(w.site.wh, a.lotId!, 'in_transit')).toBe(0);
    expect(balance(w.site.wh, b.lotId!, 'in_transit')).toBe(0);

    const sender = await w.call('stock.documents.get', { id: tro.document.id });
    expect(sender.lines.map((l) => l.arrival)).toEqual([
      { good: 35, damaged: 2, short: 3, over: 0, shortReason: 'theft', damagedReason: 'handling', overReason: null },
      { good: 12, damaged: 0, short: 0, over: 2, shortReason: null, damagedReason: null, overReason: 'counting_error' },
    ]);
  });

  it('shows no arrival on a transfer still in transit, and needs no reason when everything arrived', async () => {
    const tro = await sendTents([40]);
    expect((await w.call('stock.documents.get', { id: tro.document.id })).lines[0].arrival).toBeNull();
    await w.call('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      lines: [{ lineId: tro.lines[0].id, good: 40 }],
    });
    const sender = await w.call('stock.documents.get', { id: tro.document.id });
    expect(sender.lines[0].arrival).toMatchObject({ good: 40, short: 0, damaged: 0, over: 0 });
  });

  it('lists transfers in transit to a site (or to every site), oldest first, until they are received', async () => {
    const first = await sendTents([5]);
    clock = '2026-06-15T10:00:00.000Z';
    const second = await sendTents([7]);
    const back = await w.receive(w.site.wh, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 9 }]);
    const toFob = await w.post({
      siteId: w.site.wh,
      kind: 'transfer_out',
      otherSiteId: w.site.fob,
      lines: [{ lotId: back.lines[0].lotId!, quantity: 3 }],
    });
    const atWh = await w.call('stock.transfers.incoming', { siteId: w.site.wh });
    expect(atWh.total).toBe(2);
    expect(atWh.rows.map((r) => r.id)).toEqual([first.document.id, second.document.id]);
    expect(atWh.rows[0]).toMatchObject({
      siteCode: 'FOB-N',
      otherSiteCode: 'WH-A',
      lineCount: 1,
      expectedArrival: null,
      convoyNumber: null,
    });
    expect((await w.call('stock.transfers.incoming', {})).total).toBe(3);
    expect((await w.call('stock.transfers.incoming', { siteId: w.site.fob })).rows.map((r) => r.id)).toEqual([toFob.document.id]);
    await w.call('stock.transfer.receive', { transferId: first.document.id, version: first.document.version });
    const after = await w.call('stock.transfers.incoming', { siteId: w.site.wh, limit: 1 });
    expect(after.total).toBe(1);
    expect(after.rows.map((r) => r.id)).toEqual([second.document.id]);
  });
});
