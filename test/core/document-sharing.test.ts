import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { exportThroughJob, readCsv } from '../helpers/exports';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * A stock document's own sharing label can be set in any state, a posted one included: it says
 * who may receive the document, not what happened. The ledger stays as it was, the change is
 * audited, and exports for a partner follow the new label.
 */
let w: StockWorld;
beforeAll(async () => {
  w = await stockWorld();
  await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.ngo, maxLabel: 'GREEN' }] });
  await w.call('sharing.setDefaults', { document: 'GREEN', site: 'GREEN' });
});
afterAll(async () => {
  await w.t.core.jobs.idle();
  w.t.cleanup();
});

const ledger = (documentId: string) =>
  w.t.core.sqlite.prepare('SELECT * FROM stock_ledger WHERE document_id = ? ORDER BY id').all(documentId);
const registerForPartner = async () => {
  const { file } = await exportThroughJob(w.t, {
    source: 'documents',
    format: 'csv',
    partnerOrgId: w.org.ngo,
    columns: [{ colId: 'number' }],
  });
  return (await readCsv(file)).slice(1).map((r) => r[0]);
};

describe('a stock document’s sharing label', () => {
  it('changes on a posted document, leaves its ledger entries alone and is audited with the whole row', async () => {
    const doc = (await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 12 }])).document;
    expect(doc.sharing).toBeNull();
    const entries = ledger(doc.id);
    expect(entries).toHaveLength(1);
    const red = await w.call('stock.documents.setSharing', { id: doc.id, version: doc.version, sharing: 'RED' });
    expect(red.document).toMatchObject({ sharing: 'RED', status: 'posted', version: doc.version + 1 });
    expect(ledger(doc.id)).toEqual(entries);
    const entry = (await w.call('audit.list', { entityId: doc.id })).find((e) => e.before !== null)!;
    expect(entry).toBeDefined();
    expect(JSON.parse(entry.before!)).toMatchObject({ id: doc.id, number: doc.number, status: 'posted', sharing: null });
    expect(JSON.parse(entry.after!)).toMatchObject({ id: doc.id, number: doc.number, version: doc.version + 1, sharing: 'RED' });
    // Blank is the documents' default again.
    const blank = await w.call('stock.documents.setSharing', { id: doc.id, version: red.document.version, sharing: '' as never });
    expect(blank.document.sharing).toBeNull();
  });

  it('takes the partner’s export with it: a document labelled above the partner’s highest label is withheld', async () => {
    const doc = (await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 3 }])).document;
    expect(await registerForPartner()).toContain(doc.number);
    await w.call('stock.documents.setSharing', { id: doc.id, version: doc.version, sharing: 'AMBER' });
    expect(await registerForPartner()).not.toContain(doc.number);
  });

  it('changes on a draft too, and a second save of the same label writes nothing', async () => {
    const draft = await w.call('stock.documents.create', { siteId: w.site.wh, kind: 'receipt', counterpartyOrgId: w.org.wfp, lines: [] });
    const set = await w.call('stock.documents.setSharing', {
      id: draft.document.id,
      version: draft.document.version,
      sharing: 'AMBER+STRICT',
    });
    expect(set.document).toMatchObject({ sharing: 'AMBER+STRICT', status: 'draft' });
    const again = await w.call('stock.documents.setSharing', {
      id: draft.document.id,
      version: set.document.version,
      sharing: 'AMBER+STRICT',
    });
    expect(again.document.version).toBe(set.document.version);
  });

  it('refuses a stale version, an unknown label and a missing one, writing nothing', async () => {
    const doc = (await w.receive(w.site.wh, [{ itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 1 }])).document;
    const moved = await w.call('stock.documents.setSharing', { id: doc.id, version: doc.version, sharing: 'GREEN' });
    const stale = await refusedWritingNothing(w.t.core, 'stock.documents.setSharing', { id: doc.id, version: doc.version, sharing: 'RED' });
    expect(stale.code).toBe('conflict');
    const pink = await refusedWritingNothing(w.t.core, 'stock.documents.setSharing', {
      id: doc.id,
      version: moved.document.version,
      sharing: 'PINK',
    });
    expect(pink.issues?.[0]).toMatchObject({
      path: ['sharing'],
      message: expect.stringContaining('CLEAR, GREEN, AMBER, AMBER+STRICT, RED'),
    });
    const missing = await refusedWritingNothing(w.t.core, 'stock.documents.setSharing', { id: doc.id, version: moved.document.version });
    expect(missing.issues?.[0]?.path).toEqual(['sharing']);
  });

  it('is the one column of a posted document the database still lets change', () => {
    const posted = w.t.core.sqlite.prepare("SELECT id FROM stock_documents WHERE status = 'posted' LIMIT 1").pluck().get() as string;
    w.t.core.sqlite.prepare("UPDATE stock_documents SET sharing = 'CLEAR', version = version + 1 WHERE id = ?").run(posted);
    expect(() =>
      w.t.core.sqlite.prepare("UPDATE stock_documents SET sharing = 'RED', notes = 'x', version = version + 1 WHERE id = ?").run(posted),
    ).toThrow('a posted stock document cannot be changed');
  });
});
