import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing, signInAs } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/** Defects found in review of the stock core: each test failed before its fix. */
let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

const refused = (name: string, input: unknown) => refusedWritingNothing(w.t.core, name, input);

const tentRow = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  code: 'TENT-F',
  name: 'Family tent',
  category: 'shelter',
  baseUnit: 'each',
  ...extra,
});

describe('review: stock rules the posting must still enforce', () => {
  it('refuses to post a receipt without lot and expiry for an item that became lot-tracked after the line was saved', async () => {
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }],
    });
    await w.call('items.save', { rows: [tentRow(w.item.tent, { needsLotExpiry: true })] });
    const err = await refused('stock.documents.post', { id: draft.document.id, version: draft.document.version });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('TENT-F is tracked by lot');
    expect(err.issues?.map((i) => i.path)).toEqual([
      ['lines', 0, 'lotNumber'],
      ['lines', 0, 'expiryDate'],
    ]);
  });

  it('refuses a line that names a lot and a different owner instead of silently crediting the lot’s owner', async () => {
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const err = await refused('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.unicef,
      post: true,
      lines: [{ lotId: grn.lines[0].lotId!, ownerOrgId: w.org.unicef, quantity: 5 }],
    });
    expect(err.issues?.[0].path).toEqual(['lines', 0, 'ownerOrgId']);
    expect(err.message).toContain('belongs to WFP, not UNICEF');
  });

  it('refuses the same line twice in one save of lines', async () => {
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }],
    });
    const line = { id: draft.lines[0].id, version: draft.lines[0].version, itemId: w.item.tent, ownerOrgId: w.org.wfp };
    const err = await refused('stock.lines.save', {
      documentId: draft.document.id,
      lines: [
        { ...line, quantity: 7 },
        { ...line, quantity: 9 },
      ],
    });
    expect(err.issues?.[0]).toMatchObject({ path: ['lines', 1, 'id'], message: expect.stringContaining('twice') });
  });

  it('refuses to dispatch a transfer to an archived site', async () => {
    const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      lines: [{ lotId: grn.lines[0].lotId!, quantity: 2 }],
    });
    expect((await w.call('sites.remove', { id: w.site.wh, version: 1 })).outcome).toBe('archived');
    const err = await refused('stock.documents.post', { id: draft.document.id, version: draft.document.version });
    expect(err.issues?.[0]).toMatchObject({ path: ['otherSiteId'], message: expect.stringContaining('WH-A is archived') });
  });
});

describe('review: records whose meaning the ledger depends on', () => {
  it('refuses to change the base unit of an item that has stock movements', async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const err = await refused('items.save', { rows: [tentRow(w.item.tent, { baseUnit: 'kg' })] });
    expect(err.issues?.[0]).toMatchObject({ path: ['rows', 0, 'baseUnit'], message: expect.stringContaining('stock movements') });
    // Other fields of the same item still save.
    await w.call('items.save', { rows: [tentRow(w.item.tent, { name: 'Family tent (4 m²)' })] });
  });

  it('refuses to change the code of a site whose documents carry it in their numbers', async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const err = await refused('sites.save', {
      rows: [{ id: w.site.fob, version: 1, code: 'FOB-X', name: 'Forward Operating Base North', kind: 'forward_base' }],
    });
    expect(err.issues?.[0]).toMatchObject({ path: ['rows', 0, 'code'], message: expect.stringContaining('FOB-N-GRN-') });
    // A site without numbered documents can still be renamed.
    await w.call('sites.save', { rows: [{ id: w.site.wh, version: 1, code: 'WH-B', name: 'Warehouse Alpha', kind: 'warehouse' }] });
  });

  it('records an operator switch in the audit trail', async () => {
    const id = await signInAs(w.t.core, 'Cpl. Night Shift', 'storekeeper');
    const [entry] = await w.call('audit.list', { entity: 'session', entityId: id });
    expect(entry).toMatchObject({ operator: 'Cpl. Night Shift', operation: 'auth.signIn' });
    expect(JSON.parse(entry.before!)).toEqual({ operator: 'Capt. Test' });
    expect(JSON.parse(entry.after!)).toEqual({ event: 'signed in' });
  });
});
