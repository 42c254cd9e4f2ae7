import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * Blind counts (issue 11 point 4): the counter does not see what the sheet expects until the
 * sheet is submitted; found stock is added as counted lines; each difference can take its own
 * reason, which the approval's adjustment carries entry by entry.
 */
let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
  await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R1', expiryDate: inDays(100), ownerOrgId: w.org.wfp, quantity: 50 },
    { itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 12 },
  ]);
});
afterEach(() => w.t.cleanup());

describe('blind count', () => {
  it('hides the expected quantities and differences from the counter until the sheet is submitted', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob, blind: true });
    expect(sheet.document).toMatchObject({ countBlind: true, submittedAt: null });
    expect(sheet.rows.map((r) => [r.itemCode, r.expected, r.difference])).toEqual([
      ['RICE-25', null, null],
      ['TENT-F', null, null],
    ]);
    expect(sheet.document.workflow.actions.map((a) => a.action)).toEqual(expect.arrayContaining(['count', 'submit']));
    expect(sheet.document.workflow.actions.map((a) => a.action)).not.toContain('approve');

    const [rice, tent] = sheet.rows;
    const counted = await w.call('stock.count.setLine', { lineId: rice.id, version: rice.version, counted: 47 });
    // What the counter's own save answers does not give the expected quantity away either.
    expect(counted).toMatchObject({ counted: 47, expected: null, difference: null });
    const again = await w.call('stock.count.get', { id: sheet.document.id });
    expect(again.summary).toMatchObject({ counted: 1, uncounted: 1, withDifference: null, netDifference: null });
    const hidden = await w.t.core.invoke('stock.count.get', { id: sheet.document.id, onlyDifferences: true });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('blind count') } });

    // Approving before submission is refused and changes nothing; so is submitting with a line uncounted.
    const early = await refusedWritingNothing(w.t.core, 'stock.count.approve', { id: sheet.document.id, version: again.document.version });
    expect(early.message).toBe(
      'A blind count is approved after it is submitted: submit the sheet first (its expected quantities are shown then)',
    );
    const uncounted = await refusedWritingNothing(w.t.core, 'stock.count.submit', {
      id: sheet.document.id,
      version: again.document.version,
    });
    expect(uncounted.message).toContain('1 line is not counted yet (first: line 2)');

    await w.call('stock.count.setLine', { lineId: tent.id, version: tent.version, counted: 12 });
    const submitted = await w.call('stock.count.submit', { id: sheet.document.id, version: again.document.version });
    expect(submitted.document).toMatchObject({ submittedBy: 'Capt. Test', workflow: { state: 'submitted' } });
    expect(submitted.document.workflow.stateLabel).toBe('Submitted for approval by Capt. Test');
    expect(submitted.rows.map((r) => [r.itemCode, r.expected, r.counted, r.difference])).toEqual([
      ['RICE-25', 50, 47, -3],
      ['TENT-F', 12, 12, 0],
    ]);
    expect(submitted.summary).toMatchObject({ withDifference: 1, netDifference: -3 });
    // Counting is closed: the count can no longer be changed to match what is now shown.
    const closed = await refusedWritingNothing(w.t.core, 'stock.count.setLine', {
      lineId: rice.id,
      version: submitted.rows[0].version,
      counted: 50,
    });
    expect(closed.message).toContain('submitted for approval; counting is closed');

    const approval = await w.call('stock.count.approve', { id: sheet.document.id, version: submitted.document.version });
    expect(approval.adjustment?.lines.map((l) => [l.direction, l.quantity])).toEqual([['decrease', 3]]);
    const onHand = await w.call('stock.onHand', { siteId: w.site.fob, itemId: w.item.rice });
    expect(onHand.rows.map((r) => r.quantity)).toEqual([47]);
  });

  it('takes found stock as a counted line and a reason per difference; the adjustment carries each line’s reason', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob, reasonCode: 'counting_error' });
    const [rice, tent] = sheet.rows;
    await w.call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: [
        { lineId: rice.id, version: rice.version, counted: 45 },
        { lineId: tent.id, version: tent.version, counted: 11 },
      ],
    });
    const found = await w.call('stock.count.addLine', {
      documentId: sheet.document.id,
      itemId: w.item.rice,
      lotNumber: 'R-SHELF',
      expiryDate: inDays(250),
      ownerOrgId: w.org.unicef,
      counted: 6,
    });
    expect(found).toMatchObject({ found: true, expected: 0, counted: 6, difference: 6, lotNumber: 'R-SHELF', reasonCode: null });
    expect(sheet.rows.every((r) => !r.found)).toBe(true);

    const current = await w.call('stock.count.get', { id: sheet.document.id });
    const line = (code: string, lot: string) => current.rows.find((r) => r.itemCode === code && r.lotNumber === lot)!;
    const withReason = await w.call('stock.count.setReason', {
      lineId: found.id,
      version: line('RICE-25', 'R-SHELF').version,
      reasonCode: 'found',
    });
    expect(withReason.reasonCode).toBe('found');
    await w.call('stock.count.setReason', { lineId: tent.id, version: line('TENT-F', '').version, reasonCode: 'data_entry_error' });

    const doc = (await w.call('stock.count.get', { id: sheet.document.id })).document;
    const approval = await w.call('stock.count.approve', { id: sheet.document.id, version: doc.version });
    const entries = approval.adjustment!.entries.map((e) => [e.quantity, e.reasonCode]);
    // R1 keeps the sheet's reason; the tent and the found lot their own.
    expect(entries).toEqual(
      expect.arrayContaining([
        [-5, 'counting_error'],
        [-1, 'data_entry_error'],
        [6, 'found'],
      ]),
    );
    expect(entries).toHaveLength(3);

    // After approval no reason can change.
    const late = await refusedWritingNothing(w.t.core, 'stock.count.setReason', { lineId: rice.id, version: 99, reasonCode: 'other' });
    expect(late.code).toBe('conflict');
  });

  it('refuses a reason that is not an adjustment reason, naming the field', async () => {
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    const r = await refusedWritingNothing(w.t.core, 'stock.count.setReason', {
      lineId: sheet.rows[0].id,
      version: sheet.rows[0].version,
      reasonCode: 'theft',
    });
    expect(r.message).toContain('Reason must be one of: count_difference, found');
  });
});
