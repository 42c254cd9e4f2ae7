import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Issue 7 point 7, on a pinned clock: no document dated in the future, before the stock it moves
 * was received at that site, or further back than the backdating limit without a recorded
 * reason; expiry judged at the document's date and the posting date; the stock card's running
 * balance never negative on any date.
 */

let clock = '2026-06-15T09:00:00.000Z';
let w: StockWorld;
beforeEach(async () => {
  clock = '2026-06-15T09:00:00.000Z';
  w = await stockWorld({ now: () => clock });
});
afterEach(() => w.t.cleanup());

const refused = (name: string, input: unknown) => refusedWritingNothing(w.t.core, name, input);

/** A posted receipt of tents (or of a rice lot) into FOB-N on `day`. */
async function receiveOn(day: string, quantity: number, extra: Record<string, unknown> = {}) {
  const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity, ...extra }], {
    occurredAt: day,
    backdateReason: 'Paper GRN typed in late',
  });
  return grn.lines[0].lotId!;
}

const issue = (lotId: string, quantity: number, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  siteId: w.site.fob,
  kind: 'issue' as const,
  counterpartyOrgId: w.org.ngo,
  ownerOrgId: w.org.wfp,
  occurredAt,
  post: true,
  lines: [{ lotId, quantity }],
  ...extra,
});

describe('document dates', () => {
  it('refuses a date after today (today anywhere on Earth: at noon UTC a base at UTC+14 is on the 16th)', async () => {
    clock = '2026-06-15T12:00:00.000Z';
    const lot = await receiveOn('2026-06-14', 10);
    const future = await refused('stock.documents.create', issue(lot, 1, '2026-06-17'));
    expect(future.message).toContain('Date 17/06/2026 is in the future (today is 15/06/2026)');
    expect(future.issues?.[0].path).toEqual(['occurredAt']);
    await refused('stock.documents.create', issue(lot, 1, '2026-06-15T12:30:00Z'));
    const tz = await w.post(issue(lot, 1, '2026-06-16'));
    expect(tz.document.status).toBe('posted');
    await w.post(issue(lot, 1, '2026-06-15'));
  });

  it('needs a recorded, audited reason beyond the backdating limit (30 days unless set otherwise)', async () => {
    const lot = await receiveOn('2026-04-01', 50);
    // 30 days back is within the limit; 31 is not.
    await w.post(issue(lot, 1, '2026-05-16'));
    const old = await refused('stock.documents.create', issue(lot, 1, '2026-05-15'));
    expect(old.code).toBe('rule_violation');
    expect(old.issues?.[0]).toEqual({
      path: ['backdateReason'],
      message: 'Dated 15/05/2026, 31 days back: documents older than the backdating limit of 30 days need a reason for the back date',
    });
    const posted = await w.post(issue(lot, 1, '2026-05-15', { backdateReason: 'Waybill found in the convoy file' }));
    expect(posted.document.backdateReason).toBe('Waybill found in the convoy file');
    const audit = w.t.core.sqlite.prepare('SELECT after_json AS after FROM audit_log WHERE entity_id = ?').get(posted.document.id) as {
      after: string;
    };
    expect(JSON.parse(audit.after)).toMatchObject({ backdateReason: 'Waybill found in the convoy file' });

    // The limit is a setting, locked by its version and audited.
    const rules = await w.call('system.rules.get', {});
    expect(rules).toEqual({ backdateLimitDays: 30, version: 1 });
    const longer = await w.call('system.rules.save', { backdateLimitDays: 60, version: 1 });
    expect(longer).toEqual({ backdateLimitDays: 60, version: 2 });
    expect((await refused('system.rules.save', { backdateLimitDays: 7, version: 1 })).code).toBe('conflict');
    await w.post(issue(lot, 1, '2026-05-01'));
    const setting = w.t.core.sqlite
      .prepare("SELECT before_json AS before, after_json AS after FROM audit_log WHERE entity_id = 'date_rules'")
      .get() as {
      before: string;
      after: string;
    };
    expect([JSON.parse(setting.before).backdateLimitDays, JSON.parse(setting.after).backdateLimitDays]).toEqual([30, 60]);
  });

  it('judges the limit again at posting: a draft saved in time but posted too late needs the reason then', async () => {
    const lot = await receiveOn('2026-06-01', 10);
    const draft = await w.call('stock.documents.create', { ...issue(lot, 2, '2026-06-01'), post: false });
    clock = '2026-07-20T09:00:00.000Z';
    const late = await refused('stock.documents.post', { id: draft.document.id, version: draft.document.version });
    expect(late.issues?.[0]).toMatchObject({ path: ['backdateReason'], message: expect.stringContaining('49 days back') });
    const given = await w.call('stock.documents.update', {
      id: draft.document.id,
      version: draft.document.version,
      backdateReason: 'Issue slip signed on the day, typed in after leave',
    });
    expect((await w.call('stock.documents.post', { id: draft.document.id, version: given.document.version })).document.status).toBe(
      'posted',
    );
  });

  it('refuses a document dated before the stock it moves was received at that site (0001-01-01 too)', async () => {
    const lot = await receiveOn('2026-06-10', 10);
    const early = await refused('stock.documents.create', issue(lot, 1, '2026-06-09'));
    expect(early.code).toBe('rule_violation');
    expect(early.issues?.[0]).toEqual({
      path: ['lines', 0, 'quantity'],
      message:
        'Dated 09/06/2026, before TENT-F (no lot number) (owner WFP) was received at FOB-N (on 10/06/2026): date the document on or after its arrival',
    });
    const ancient = await refused('stock.documents.create', issue(lot, 1, '0001-01-01', { backdateReason: 'Testing the limits' }));
    expect(ancient.issues?.map((i) => i.message)).toEqual([expect.stringContaining('Dated 01/01/1, before TENT-F')]);
    const noReason = await refused('stock.documents.create', issue(lot, 1, '0001-01-01'));
    expect(noReason.issues?.[0].path).toEqual(['backdateReason']);
  });

  it('judges expiry at the document date and at the posting date (issue 7: a lot expired 2020-01-31 issued as of 2019-12-01)', async () => {
    clock = '2020-03-01T09:00:00.000Z';
    const grn = await w.receive(
      w.site.fob,
      [{ itemId: w.item.rice, lotNumber: 'R-2001', expiryDate: '2020-01-31', ownerOrgId: w.org.wfp, quantity: 20 }],
      {
        occurredAt: '2019-11-20',
        backdateReason: 'Opening stock',
      },
    );
    const lot = grn.lines[0].lotId!;
    const e = await refused('stock.documents.create', issue(lot, 5, '2019-12-01', { backdateReason: 'Late paperwork' }));
    expect(e.issues?.[0].message).toContain('expired on 31/01/2020 (before today, 01/03/2020, though after the document');
  });

  it('keeps the stock card’s running balance at zero or more on every date', async () => {
    const lot = await receiveOn('2026-06-01', 10);
    await w.post(issue(lot, 8, '2026-06-05'));
    await w.receive(w.site.fob, [{ lotId: lot, itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 20 }], { occurredAt: '2026-06-10' });
    // Today 22 are on hand, but on 5 June only 2 were left: an issue of 5 dated 3 June is refused.
    const dip = await refused('stock.documents.create', issue(lot, 5, '2026-06-03'));
    expect(dip.issues).toEqual([
      {
        path: ['lines', 0, 'quantity'],
        message:
          'Dated 03/06/2026, this would make the stock card of TENT-F (no lot number) (owner WFP) at FOB-N negative on 05/06/2026: 2 each good on hand that day, this takes 5 each',
      },
    ]);
    await w.post(issue(lot, 2, '2026-06-03'));
    await w.post(issue(lot, 5, '2026-06-12'));
    const card = await w.call('stock.card', { siteId: w.site.fob, lotId: lot });
    expect(card.rows.map((r) => [r.occurredAt.slice(0, 10), r.balance])).toEqual([
      ['2026-06-01', 10],
      ['2026-06-03', 8],
      ['2026-06-05', 0],
      ['2026-06-10', 20],
      ['2026-06-12', 15],
    ]);
    expect(card.rows.every((r) => r.balance >= 0)).toBe(true);
  });

  it('a transfer is received no earlier than it was sent (its in-transit stock did not exist before)', async () => {
    const lot = await receiveOn('2026-06-01', 10);
    const tro = await w.post({
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      occurredAt: '2026-06-08',
      lines: [{ lotId: lot, quantity: 4 }],
    });
    const early = await refused('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      occurredAt: '2026-06-07',
    });
    expect(early.issues?.[0].message).toContain('Arrived on 07/06/2026, before the transfer was sent on 08/06/2026');
    expect(early.issues?.[0].path).toEqual(['occurredAt']);
    await w.call('stock.transfer.receive', { transferId: tro.document.id, version: tro.document.version, occurredAt: '2026-06-09' });
  });
});
