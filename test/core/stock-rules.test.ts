import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

const issueInput = (w: StockWorld, lotId: string, quantity: number, extra: Record<string, unknown> = {}) => ({
  siteId: w.site.fob,
  kind: 'issue' as const,
  counterpartyOrgId: w.org.ngo,
  ownerOrgId: w.org.wfp,
  post: true,
  lines: [{ lotId, quantity, ...extra }],
});

const refused = (name: string, input: unknown) => refusedWritingNothing(w.t.core, name, input);

describe('stock rules', () => {
  it('never lets stock go negative, naming the lot, the site and what is available', async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 30 },
    ]);
    const err = await refused('stock.documents.create', issueInput(w, grn.lines[0].lotId!, 31));
    expect(err.code).toBe('rule_violation');
    expect(err.message).toContain('lot R1');
    expect(err.message).toContain('FOB-N');
    expect(err.message).toContain('has 30');
    expect(err.message).toMatch(/this needs 31 \w+$/); // the unit on both sides of the comparison
    expect(err.issues?.[0].path).toEqual(['lines', 0, 'quantity']);
    // Two lines on the same lot that only together exceed the balance are refused too.
    const two = issueInput(w, grn.lines[0].lotId!, 20);
    two.lines.push({ lotId: grn.lines[0].lotId!, quantity: 20 });
    expect((await refused('stock.documents.create', two)).issues?.[0].path).toEqual(['lines', 1, 'quantity']);
    // Exactly what is there is fine.
    await w.call('stock.documents.create', issueInput(w, grn.lines[0].lotId!, 30));
    const onHand = await w.call('stock.onHand', { siteId: w.site.fob, includeZero: true });
    expect(onHand.rows[0].quantity).toBe(0);
  });

  it('refuses to issue or dispatch expired lots as good stock', async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'OLD', expiryDate: inDays(-3), ownerOrgId: w.org.wfp, quantity: 10 },
    ]);
    const lotId = grn.lines[0].lotId!;
    const err = await refused('stock.documents.create', issueInput(w, lotId, 1));
    expect(err.message).toMatch(/expired on .*cannot be issued/);
    const err2 = await refused('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      post: true,
      lines: [{ lotId, quantity: 1 }],
    });
    expect(err2.message).toMatch(/expired on .*cannot be dispatched/);
    // Writing it off is how expired stock leaves.
    const loss = await w.post({ siteId: w.site.fob, kind: 'loss', reasonCode: 'expired_write_off', lines: [{ lotId, quantity: 10 }] });
    expect(loss.document.status).toBe('posted');
  });

  it("never issues one owner's stock for another, and an issue must say whose stock it is", async () => {
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 10 }]);
    const err = await refused('stock.documents.create', issueInput(w, grn.lines[0].lotId!, 1));
    expect(err.message).toContain('belongs to UNICEF, not WFP');
    const noOwner = { ...issueInput(w, grn.lines[0].lotId!, 1), ownerOrgId: undefined };
    const err2 = await refused('stock.documents.create', noOwner);
    expect(err2.issues?.map((i) => i.path[0])).toContain('ownerOrgId');
    await w.call('stock.documents.create', { ...issueInput(w, grn.lines[0].lotId!, 1), ownerOrgId: w.org.unicef });
  });

  it('suggests lots first-expiry-first and needs a recorded reason to pick otherwise', async () => {
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'LATE', expiryDate: inDays(300), ownerOrgId: w.org.wfp, quantity: 50 },
      { itemId: w.item.rice, lotNumber: 'SOON', expiryDate: inDays(40), ownerOrgId: w.org.wfp, quantity: 20 },
      { itemId: w.item.rice, lotNumber: 'GONE', expiryDate: inDays(-1), ownerOrgId: w.org.wfp, quantity: 99 },
      { itemId: w.item.rice, lotNumber: 'OTHER', expiryDate: inDays(10), ownerOrgId: w.org.unicef, quantity: 99 },
    ]);
    const [late, soon] = grn.lines.map((l) => l.lotId!);
    const s = await w.call('stock.fefo.suggest', { siteId: w.site.fob, itemId: w.item.rice, ownerOrgId: w.org.wfp, quantity: 30 });
    expect(s.picks.map((p) => [p.lotNumber, p.quantity])).toEqual([
      ['SOON', 20],
      ['LATE', 10],
    ]);
    expect(s.skippedExpired.map((p) => p.lotNumber)).toEqual(['GONE']);
    expect(s.shortBy).toBe(0);
    expect(
      (await w.call('stock.fefo.suggest', { siteId: w.site.fob, itemId: w.item.rice, ownerOrgId: w.org.wfp, quantity: 100 })).shortBy,
    ).toBe(30);

    const err = await refused('stock.documents.create', issueInput(w, late, 5));
    expect(err.issues?.[0].path).toEqual(['lines', 0, 'fefoOverrideReason']);
    expect(err.message).toContain('SOON');
    // Taking all of the earlier lot in the same document follows FEFO.
    const both = issueInput(w, soon, 20);
    both.lines.push({ lotId: late, quantity: 5 });
    await w.call('stock.documents.create', both);
    // Now nothing expires earlier than LATE: no reason needed. Receive another early lot and override.
    const g2 = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'SOON2', expiryDate: inDays(20), ownerOrgId: w.org.wfp, quantity: 5 },
    ]);
    expect(g2.document.status).toBe('posted');
    const reason = 'Consignee asked for the long-dated lot';
    const ok = await w.call('stock.documents.create', issueInput(w, late, 5, { fefoOverrideReason: reason }));
    expect(ok.lines[0].fefoOverrideReason).toBe(reason);
    expect(ok.entries[0].fefoOverrideReason).toBe(reason);
    const audit = await w.call('audit.list', { entityId: ok.document.id });
    expect(audit[0].after).toContain(reason);
  });

  it('numbers documents per site, kind and year without gaps, even when a posting fails', async () => {
    const a = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const year = new Date().getUTCFullYear();
    expect(a.document.number).toBe(`FOB-N-GRN-${year}-00001`);
    const counters = () => w.t.core.sqlite.prepare('SELECT * FROM document_counters ORDER BY site_id, doc_type').all();
    const before = counters();
    // A receipt whose posting fails (a lot-tracked item without its lot) uses no number.
    await refused('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      post: true,
      lines: [{ itemId: w.item.rice, ownerOrgId: w.org.wfp, quantity: 1 }],
    });
    // A draft that fails at posting (not enough stock) keeps its draft and uses no number.
    const draft = await w.call('stock.documents.create', { ...issueInput(w, a.lines[0].lotId!, 50), post: false });
    expect(draft.document.status).toBe('draft');
    const err = await w.t.core.invoke('stock.documents.post', { id: draft.document.id });
    expect(err.ok).toBe(false);
    expect(counters()).toEqual(before);
    const b = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    expect(b.document.number).toBe(`FOB-N-GRN-${year}-00002`);
    const c = await w.receive(w.site.wh, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    expect(c.document.number).toBe(`WH-A-GRN-${year}-00001`);
    const d = await w.call('stock.documents.create', { ...issueInput(w, a.lines[0].lotId!, 1) });
    expect(d.document.number).toBe(`FOB-N-ISS-${year}-00001`);
  });

  it('requires lot and expiry for items tracked so, and converts pack counts into base units', async () => {
    const err = await refused('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [
        { itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 1 },
        { itemId: w.item.rice, ownerOrgId: w.org.wfp, quantity: 1 },
      ],
    });
    expect(err.issues?.map((i) => i.path)).toEqual([
      ['lines', 1, 'lotNumber'],
      ['lines', 1, 'expiryDate'],
    ]);
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'P', expiryDate: inDays(90), ownerOrgId: w.org.wfp, packName: 'Pallet', packCount: 5 },
    ]);
    expect(grn.lines[0]).toMatchObject({ quantity: 200, packName: 'pallet', packCount: 5 });
    const bad = await refused('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, packName: 'crate', packCount: 2 }],
    });
    expect(bad.issues?.[0]).toEqual({ path: ['lines', 0, 'packName'], message: 'TENT-F has no pack "crate"; its packs are bundle=5' });
  });

  it('keeps the ledger append-only and posted documents immutable, and the integrity check finds tampering', async () => {
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const db = w.t.core.sqlite;
    expect(() => db.prepare('UPDATE stock_ledger SET quantity = 500').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM stock_ledger').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE stock_documents SET notes = 'x', version = version + 1 WHERE id = ?").run(grn.document.id)).toThrow(
      /posted/,
    );
    expect(() => db.prepare('DELETE FROM stock_document_lines WHERE document_id = ?').run(grn.document.id)).toThrow(/posted/);
    const edit = await refused('stock.lines.save', {
      documentId: grn.document.id,
      lines: [{ id: grn.lines[0].id, version: grn.lines[0].version, itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 6 }],
    });
    expect(edit.message).toContain('reverse it instead');
    expect((await w.call('system.integrity', {})).differences).toEqual([]);
    db.prepare('UPDATE stock_balances SET quantity = 7').run();
    const report = await w.call('system.integrity', {});
    expect(report.ok).toBe(false);
    expect(report.differences).toEqual([{ description: 'FOB-N · TENT-F lot (none) (owner WFP) good: stored balance 7, ledger sum 5' }]);
    // The dashboard's totals followed the tampered balance (a trigger); tampered on their own, they are reported too.
    db.prepare('UPDATE stock_site_category_totals SET lines = lines + 2').run();
    expect((await w.call('system.integrity', {})).differences.map((d) => d.description)).toContain(
      "site FOB-N · shelter: the dashboard's stock totals (3 lines) differ from the balances (1 lines)",
    );
  });
});
