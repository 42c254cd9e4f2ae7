import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Issue 11 (same-day dating) on a pinned clock: a date alone is noon, so a document dated today
 * and posted after stock arrived this afternoon was refused as "before the lot arrived". The
 * transfer receipt case was fixed first (transfer-receipt.test); issues, adjustments and count
 * approvals dated today are recorded at the posting moment when that is later than their date.
 */

let clock = '2026-06-15T09:00:00.000Z';
let w: StockWorld;
beforeEach(async () => {
  clock = '2026-06-15T09:00:00.000Z';
  w = await stockWorld({ now: () => clock });
});
afterEach(() => w.t.cleanup());

/** Tents received at FOB-N at 15:00 (no date given: the receipt is recorded at that moment). */
async function tentsAtThree() {
  clock = '2026-06-15T15:00:00.000Z';
  const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 50 }]);
  expect(grn.document.occurredAt).toBe('2026-06-15T15:00:00.000Z');
  clock = '2026-06-15T16:00:00.000Z';
  return grn.lines[0].lotId!;
}

const ledgerMoments = (documentId: string) =>
  (
    w.t.core.sqlite.prepare('SELECT DISTINCT occurred_at AS at FROM stock_ledger WHERE document_id = ?').all(documentId) as {
      at: string;
    }[]
  ).map((r) => r.at);

describe('documents dated today after stock received this afternoon', () => {
  it('posts an issue dated today, recorded at the posting moment', async () => {
    const lotId = await tentsAtThree();
    const issue = await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      occurredAt: '2026-06-15',
      lines: [{ lotId, quantity: 20 }],
    });
    expect(issue.document.status).toBe('posted');
    expect(issue.document.occurredAt).toBe('2026-06-15T16:00:00.000Z');
    expect(ledgerMoments(issue.document.id)).toEqual(['2026-06-15T16:00:00.000Z']);
  });

  it('posts a draft adjustment made this morning and dated today', async () => {
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'adjustment',
      reasonCode: 'data_entry_error',
      occurredAt: '2026-06-15',
      lines: [],
    });
    const lotId = await tentsAtThree();
    const withLine = await w.call('stock.lines.save', {
      documentId: draft.document.id,
      lines: [{ lotId, quantity: 5, direction: 'decrease', condition: 'good' }],
    });
    const posted = await w.call('stock.documents.post', { id: withLine.document.id, version: withLine.document.version });
    expect(posted.document.status).toBe('posted');
    expect(ledgerMoments(posted.document.id)).toEqual(['2026-06-15T16:00:00.000Z']);
  });

  it('approves a count dated today whose sheet lists stock received this afternoon', async () => {
    const lotId = await tentsAtThree();
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob, occurredAt: '2026-06-15' });
    const line = sheet.rows.find((r) => r.lotId === lotId)!;
    await w.call('stock.count.setLine', { lineId: line.id, version: line.version, counted: 47 });
    const fresh = await w.call('stock.count.get', { id: sheet.document.id });
    const approved = await w.call('stock.count.approve', { id: fresh.document.id, version: fresh.document.version });
    expect(approved.count.status).toBe('posted');
    expect(approved.adjustment!.entries.map((e) => e.quantity)).toEqual([-3]);
    expect(ledgerMoments(approved.adjustment!.document.id)).toEqual(['2026-06-15T16:00:00.000Z']);
  });

  it('keeps a backdated document at its own date (yesterday stays refused before the lot arrived)', async () => {
    const lotId = await tentsAtThree();
    const r = await w.t.core.invoke('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      occurredAt: '2026-06-14',
      lines: [{ lotId, quantity: 20 }],
      post: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('was received at FOB-N (on 15/06/2026)');
  });
});
