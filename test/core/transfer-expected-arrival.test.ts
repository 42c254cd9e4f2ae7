import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Issue 11 point 3 on a pinned clock: a plain transfer (no convoy) carries the expected arrival
 * its sender sets, which the receiving site's Incoming transfers list shows; only a transfer out
 * has one, and not before the day it is sent.
 */

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld({ now: () => '2026-06-15T09:00:00.000Z' });
});
afterEach(() => w.t.cleanup());

async function tentsAtFob() {
  return (await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 50 }])).lines[0].lotId!;
}

describe('a plain transfer’s expected arrival', () => {
  it('is set by the sender on the draft, kept when posted, and shown on the receiving site’s incoming list', async () => {
    const lotId = await tentsAtFob();
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      expectedArrival: '2026-06-17',
      lines: [{ lotId, quantity: 10 }],
    });
    expect(draft.document.expectedArrival).toBe('2026-06-17');
    // Changed on the draft, then posted.
    const later = await w.call('stock.documents.update', {
      id: draft.document.id,
      version: draft.document.version,
      expectedArrival: '2026-06-18',
    });
    expect(later.document.expectedArrival).toBe('2026-06-18');
    const posted = await w.call('stock.documents.post', { id: later.document.id, version: later.document.version });
    expect(posted.document).toMatchObject({ status: 'posted', expectedArrival: '2026-06-18' });
    const incoming = await w.call('stock.transfers.incoming', { siteId: w.site.wh });
    expect(incoming.rows[0]).toMatchObject({ id: draft.document.id, expectedArrival: '2026-06-18', convoyNumber: null });
    // Frozen once posted, as the rest of the document.
    expect(() =>
      w.t.core.sqlite.prepare("UPDATE stock_documents SET expected_arrival = '2026-06-20' WHERE id = ?").run(draft.document.id),
    ).toThrow('a posted stock document cannot be changed');
  });

  it('can be emptied on the draft; a transfer without one stays "not planned"', async () => {
    const lotId = await tentsAtFob();
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      expectedArrival: '2026-06-17',
      lines: [{ lotId, quantity: 10 }],
    });
    const cleared = await w.call('stock.documents.update', { id: draft.document.id, version: draft.document.version, expectedArrival: '' });
    expect(cleared.document.expectedArrival).toBeNull();
  });

  it('is refused before the day the transfer is sent, and on any other kind of document, writing nothing', async () => {
    const lotId = await tentsAtFob();
    const early = await refusedWritingNothing(w.t.core, 'stock.documents.create', {
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      expectedArrival: '2026-06-14',
      lines: [{ lotId, quantity: 10 }],
    });
    expect(early.issues).toContainEqual({
      path: ['expectedArrival'],
      message: 'Expected on 2026-06-14, before the transfer is sent on 2026-06-15: give a day on or after it',
    });
    const issue = await refusedWritingNothing(w.t.core, 'stock.documents.create', {
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      expectedArrival: '2026-06-17',
      lines: [{ lotId, quantity: 10 }],
    });
    expect(issue.issues).toContainEqual({
      path: ['expectedArrival'],
      message: 'Only a transfer out has an expected arrival; leave it empty',
    });
    const bad = await w.t.core.invoke('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      expectedArrival: '17/06/2026',
      lines: [],
    });
    expect(bad.ok).toBe(false);
  });
});
