import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldSearchText } from '../../electron/api/search-text';
import { createCore } from '../../electron/services/core/create';
import { stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

describe('item search: words anywhere in code and name, any case and accent (issue 11 point 6)', () => {
  it('folds case and accents', () => {
    expect(foldSearchText('  Maïs  JAUNE ')).toBe('mais jaune');
    expect(foldSearchText('Crème, Øl, Straße')).toBe('creme, ol, strasse');
  });

  it('"soap" finds "Soap bar 250 g", "mais" finds "Maïs", words in any order, in stock on hand and lots', async () => {
    const [soap, maize] = await w.call('items.save', {
      rows: [
        { code: 'NFI-SOAP-250', name: 'Soap bar 250 g', category: 'wash', baseUnit: 'piece' },
        { code: 'FD-MZ-50', name: 'Maïs jaune, sac 50 kg', category: 'other', baseUnit: 'each' },
      ],
    });
    await w.receive(w.site.fob, [
      { itemId: soap.id, ownerOrgId: w.org.wfp, quantity: 400 },
      { itemId: maize.id, ownerOrgId: w.org.wfp, quantity: 30 },
      { itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 },
    ]);
    const onHand = async (search: string) =>
      (await w.call('stock.onHand', { siteId: w.site.fob, search })).rows.map((r) => r.itemCode).sort();
    expect(await onHand('soap')).toEqual(['NFI-SOAP-250']);
    expect(await onHand('SOAP')).toEqual(['NFI-SOAP-250']);
    expect(await onHand('mais')).toEqual(['FD-MZ-50']);
    expect(await onHand('MAÏS')).toEqual(['FD-MZ-50']);
    expect(await onHand('250 bar')).toEqual(['NFI-SOAP-250']);
    expect(await onHand('jaune 50')).toEqual(['FD-MZ-50']);
    expect(await onHand('soap jaune')).toEqual([]);
    // A renamed item is found by its new name at once.
    const [renamed] = await w.call('items.save', { rows: [{ ...maize, name: 'Maize, yellow (Maïs)' }] });
    expect(renamed.name).toBe('Maize, yellow (Maïs)');
    expect(await onHand('yellow')).toEqual(['FD-MZ-50']);
    expect(await onHand('jaune')).toEqual([]);
    expect((await w.call('stock.lots.list', { search: 'mais' })).map((l) => l.itemCode)).toEqual(['FD-MZ-50']);
  });

  it('fills the search text of items written without it when the core opens the file', async () => {
    await w.call('items.save', { rows: [{ code: 'FD-MZ-50', name: 'Maïs jaune', category: 'other', baseUnit: 'each' }] });
    const file = w.t.dbPath;
    await w.t.core.close();
    // As a file from before item_search would be: the table is empty.
    const raw = new Database(file);
    raw.prepare('DELETE FROM item_search').run();
    raw.close();
    const core = createCore({ databasePath: file, homeDir: path.join(w.t.dir, 'home') });
    try {
      const check = new Database(file, { readonly: true });
      expect(check.prepare("SELECT folded FROM item_search s JOIN items i ON i.id = s.item_id WHERE i.code = 'FD-MZ-50'").get()).toEqual({
        folded: 'fd-mz-50 mais jaune',
      });
      check.close();
    } finally {
      await core.close();
    }
  });
});
