import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/*
 * Paste rows… on stock document lines and a count's found stock (issue 11 point 2): a block of text
 * cells read in the caller's locale, resolved in the core against the catalogue, owners and the
 * site's stock, added all or nothing, every bad cell refused by line and column in the caller's language.
 */
let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const draft = (kind: 'receipt' | 'issue' | 'adjustment', extra: Record<string, unknown> = {}) =>
  w.call('stock.documents.create', { siteId: w.site.fob, kind, counterpartyOrgId: w.org.wfp, ...extra });

describe('pasting document lines', () => {
  it('adds received lines from text cells in the locale (dates dd/mm/yyyy, 1,200, pack counts) in one go', async () => {
    const d = await draft('receipt');
    const exp = inDays(300);
    const r = await w.call('stock.lines.paste', {
      documentId: d.document.id,
      columns: ['item', 'lot', 'expiry', 'owner', 'condition', 'pack', 'packs', 'quantity', 'notes'],
      rows: [
        ['rice-25', 'R9', day(exp), 'wfp', 'Good', '', '', '1,200', 'first truck'],
        ['TENT-F', '', '', 'Helping Hands', 'damaged', 'bundle', '3', '', ''],
      ],
    });
    expect(r.added).toHaveLength(2);
    expect(
      r.detail.lines.map((l) => [l.itemCode, l.lotNumber, l.expiryDate, l.ownerShortName, l.condition, l.quantity, l.packName, l.notes]),
    ).toEqual([
      ['RICE-25', 'R9', exp, 'WFP', 'good', 1200, null, 'first truck'],
      ['TENT-F', '', null, 'HH', 'damaged', 15, 'bundle', ''],
    ]);
  });

  it('refuses the whole block, naming every bad cell by line and column, and writes nothing', async () => {
    const d = await draft('receipt');
    const e = await refusedWritingNothing(w.t.core, 'stock.lines.paste', {
      documentId: d.document.id,
      columns: ['item', 'lot', 'expiry', 'owner', 'quantity'],
      rows: [
        ['RICE-25', 'R1', day(inDays(100)), 'WFP', '10'],
        ['NOPE-1', '', '', 'WFP', '5'],
        ['RICE-25', '', '31/02/2027', 'Nobody', '2.5'],
        ['TENT-F', '', '', 'WFP', '1,5'],
      ],
    });
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/^Nothing was pasted \(4 problems\)\. Line 2: No item has the code “NOPE-1”/);
    expect(e.issues!.map((i) => [i.path, i.message])).toEqual([
      [['rows', 1, 0], 'No item has the code “NOPE-1”; give a code from the catalogue'],
      [['rows', 2, 2], expect.stringContaining('31/02/2027')],
      [['rows', 2, 3], 'No organisation is called “Nobody”; give its short name (such as WFP) or its full name'],
      [['rows', 3, 4], expect.stringMatching(/whole/)],
    ]);
  });

  it('resolves issue lines against the lots the site holds (by lot, expiry, owner) and flags an over-issue as a typed line is', async () => {
    const a = inDays(100);
    const b = inDays(200);
    await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R1', expiryDate: a, ownerOrgId: w.org.wfp, quantity: 20 },
      { itemId: w.item.rice, lotNumber: 'R2', expiryDate: b, ownerOrgId: w.org.wfp, quantity: 50 },
      { itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 8 },
    ]);
    await w.receive(w.site.wh, [{ itemId: w.item.rice, lotNumber: 'R7', expiryDate: b, ownerOrgId: w.org.wfp, quantity: 9 }]);
    const d = await draft('issue', { counterpartyOrgId: w.org.ngo, ownerOrgId: w.org.wfp });
    const cols = ['item', 'lot', 'expiry', 'owner', 'quantity', 'fefoReason'] as const;
    // A lot held elsewhere, a lot number that matches nothing here, and one that is ambiguous: all said, nothing written.
    const e = await refusedWritingNothing(w.t.core, 'stock.lines.paste', {
      documentId: d.document.id,
      columns: [...cols],
      rows: [
        ['RICE-25', 'R7', '', '', '1', ''],
        ['RICE-25', '', '', '', '1', ''],
        ['TENT-F', '', '', 'WFP', '1', ''],
      ],
    });
    expect(e.issues!.map((i) => i.path)).toEqual([
      ['rows', 0, 1],
      ['rows', 1, 1],
      ['rows', 2, 3],
    ]);
    expect(e.issues![0].message).toMatch(
      /^No good lot of RICE-25 at FOB-N matches this line; the lots there are: lot R1, exp\. .*, WFP; lot R2/,
    );
    expect(e.issues![1].message).toMatch(/^Several good lots of RICE-25 at FOB-N match/);

    const ok = await w.call('stock.lines.paste', {
      documentId: d.document.id,
      columns: [...cols],
      rows: [
        ['RICE-25', 'r1', '', '', '9,999', ''],
        ['RICE-25', '', day(b), 'WFP', '5', 'Older lot promised to the clinic'],
      ],
    });
    expect(ok.detail.lines.map((l) => [l.lotNumber, l.quantity, l.available])).toEqual([
      ['R1', 9999, 20],
      ['R2', 5, 50],
    ]);
    // Kept as a draft (as a typed line is), refused at posting with the lot and what it has.
    const post = await refusedWritingNothing(w.t.core, 'stock.documents.post', { id: d.document.id, version: ok.detail.document.version });
    expect(post.message).toMatch(/Not enough stock/);
  });

  it('reads adjustment directions and refuses in the caller’s language (French: 1 200, jj/mm/aaaa)', async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 1500 }]);
    const d = await draft('adjustment', { reasonCode: 'counting_error', counterpartyOrgId: undefined });
    await w.call('system.setLanguage', { language: 'fr' });
    const ok = await w.call('stock.lines.paste', {
      documentId: d.document.id,
      columns: ['direction', 'item', 'owner', 'quantity'],
      rows: [
        ['Diminution', 'TENT-F', 'WFP', '1 200'],
        ['+', 'TENT-F', 'world food programme', '3'],
      ],
    });
    expect(ok.detail.lines.map((l) => [l.direction, l.quantity, l.lotId !== null])).toEqual([
      ['decrease', 1200, true],
      ['increase', 3, false],
    ]);
    const e = await refusedWritingNothing(w.t.core, 'stock.lines.paste', {
      documentId: d.document.id,
      columns: ['direction', 'item', 'owner', 'quantity'],
      rows: [['sideways', 'TENT-F', 'WFP', '1']],
    });
    expect(e.message).toMatch(/^Rien n’a été collé \(un problème\)\. Ligne 1 : « sideways » n’est pas un sens/);
  });

  it('pastes 2,000 lines in one call', async () => {
    const d = await draft('receipt');
    const rows = Array.from({ length: 2000 }, (_, i) => ['TENT-F', `B${i}`, '', 'WFP', String(i + 1)]);
    const r = await w.call('stock.lines.paste', {
      documentId: d.document.id,
      columns: ['item', 'lot', 'expiry', 'owner', 'quantity'],
      rows,
    });
    expect(r.added).toHaveLength(2000);
    expect(r.detail.lines.at(-1)).toMatchObject({ lineNo: 2000, lotNumber: 'B1999', quantity: 2000 });
    // Undone as a whole by removing what it added.
    const undone = await w.call('stock.lines.remove', { documentId: d.document.id, lines: r.added });
    expect(undone.lines).toHaveLength(0);
  });
});

describe('pasting found stock on a count sheet', () => {
  beforeEach(async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(100), ownerOrgId: w.org.wfp, quantity: 50 }]);
  });

  it('adds found lines (new and known lots) all or nothing, and a blind count keeps hiding expected quantities', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob, blind: true });
    const cols = ['item', 'lot', 'expiry', 'owner', 'condition', 'counted'] as const;
    const e = await refusedWritingNothing(w.t.core, 'stock.count.pasteFound', {
      documentId: sheet.document.id,
      columns: [...cols],
      rows: [
        ['TENT-F', '', '', 'WFP', '', '4'],
        ['RICE-25', 'R1', day(inDays(100)), 'WFP', 'good', '3'],
        ['RICE-25', 'R5', '', 'WFP', '', '-1'],
        ['TENT-F', '', '', 'WFP', 'good', '2'],
        // Checked like one found line: the quantity cap and the lot number's length.
        ['RICE-25', 'R6', day(inDays(90)), 'WFP', '', '2000000000'],
        ['RICE-25', 'L'.repeat(200), day(inDays(90)), 'WFP', '', '1'],
      ],
    });
    expect(e.issues!.map((i) => [i.path, i.message])).toEqual([
      [['rows', 1, 1], expect.stringMatching(/already on the sheet|line 1/)],
      [['rows', 2, 5], '“-1” is not a count: give a whole number, 0 or more'],
      [['rows', 3, 1], 'This lot in this condition is already on pasted line 1'],
      [['rows', 4, 5], expect.stringMatching(/Counted/)],
      [['rows', 5, 1], expect.stringMatching(/Lot/)],
    ]);
    const r = await w.call('stock.count.pasteFound', {
      documentId: sheet.document.id,
      columns: [...cols],
      rows: [
        ['TENT-F', '', '', 'WFP', '', '4'],
        ['RICE-25', 'R1', day(inDays(100)), 'WFP', 'damaged', '3'],
      ],
    });
    expect(r.lines.map((l) => [l.itemCode, l.condition, l.counted, l.expected, l.difference, l.found])).toEqual([
      ['TENT-F', 'good', 4, null, null, true],
      ['RICE-25', 'damaged', 3, null, null, true],
    ]);
    const after = await w.call('stock.count.get', { id: sheet.document.id });
    expect(after.summary).toMatchObject({ lines: 3, counted: 2, withDifference: null });
  });
});
