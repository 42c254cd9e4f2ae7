import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * The manifest's searched lot picker (issue 13 point 3, at scale): the origin's lots matching the
 * words typed, a few at a time, and a pasted block's item codes, on real SQLite. The FEFO mark is
 * the origin's whole answer (a later lot found alone is not marked first), as in the full stock list.
 */

let w: StockWorld;
let convoyId: string;

beforeEach(async () => {
  w = await stockWorld();
  await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(100), ownerOrgId: w.org.wfp, quantity: 40 },
    { itemId: w.item.rice, lotNumber: 'R-2', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 40 },
    { itemId: w.item.rice, lotNumber: 'R-3', expiryDate: inDays(50), ownerOrgId: w.org.unicef, quantity: 10 },
    { itemId: w.item.tent, lotNumber: 'T_1', ownerOrgId: w.org.wfp, quantity: 5 },
  ]);
  // Stock elsewhere is never offered.
  await w.receive(w.site.wh, [{ itemId: w.item.rice, lotNumber: 'R-9', expiryDate: inDays(20), ownerOrgId: w.org.wfp, quantity: 9 }]);
  const c = await w.call('convoys.create', { originSiteId: w.site.fob, stops: [{ siteId: w.site.wh }], vehicleIds: [] });
  convoyId = c.id;
});
afterEach(() => w.t.cleanup());

const found = async (input: { search?: string; itemCodes?: string[]; limit?: number }) =>
  (await w.call('convoys.originLots', { convoyId, ...input })).map((l) => [l.lotNumber, l.ownerShortName, l.available, l.fefoFirst]);

describe('the manifest’s lot picker', () => {
  it('finds the origin’s lots by item code or name and lot number, every word counting, FEFO marked over all the origin holds', async () => {
    expect(await found({ search: 'rice' })).toEqual([
      ['R-3', 'UNICEF', 10, true],
      ['R-1', 'WFP', 40, true],
      ['R-2', 'WFP', 40, false],
    ]);
    expect(await found({ search: 'R-2' })).toEqual([['R-2', 'WFP', 40, false]]);
    expect(await found({ search: 'bag  R-1' })).toEqual([['R-1', 'WFP', 40, true]]);
    expect(await found({ search: 'family tent' })).toEqual([['T_1', 'WFP', 5, true]]);
    expect(await found({ search: 'rice', limit: 1 })).toEqual([['R-3', 'UNICEF', 10, true]]);
    // LIKE's wildcards typed are taken as themselves.
    expect(await found({ search: '%' })).toEqual([]);
    expect(await found({ search: 'R_1' })).toEqual([]);
    expect(await found({ search: 'T_1' })).toEqual([['T_1', 'WFP', 5, true]]);
  });

  it('gives every lot of a pasted block’s item codes (any case), and with nothing typed every lot the origin holds', async () => {
    expect(await found({ itemCodes: ['rice-25', 'NOPE'] })).toEqual([
      ['R-3', 'UNICEF', 10, true],
      ['R-1', 'WFP', 40, true],
      ['R-2', 'WFP', 40, false],
    ]);
    // Item by item (code order), then owner, earliest expiry first; the lots at the other site never.
    expect(await found({ limit: 200 })).toEqual([
      ['R-3', 'UNICEF', 10, true],
      ['R-1', 'WFP', 40, true],
      ['R-2', 'WFP', 40, false],
      ['T_1', 'WFP', 5, true],
    ]);
  });

  it('refuses a limit above 200 and names the convoy that does not exist', async () => {
    const tooMany = await w.t.core.invoke('convoys.originLots', { convoyId, limit: 500 });
    expect(tooMany.ok).toBe(false);
    const gone = await w.t.core.invoke('convoys.originLots', { convoyId: '01a22ef7-5a87-712c-afac-21ece2567196', search: 'rice' });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('not_found');
  });
});
