import type { OpInput } from '../../electron/api/contract';
import type { StockDocumentDetail } from '../../electron/api/stock';
import { openTestCore, type TestCore } from '../helpers/core';

type CreateInput = OpInput<'stock.documents.create'>;

/** A small world for stock tests: three organisations, two sites, a lot-tracked and an untracked item. */
export interface StockWorld {
  t: TestCore;
  call: TestCore['core']['call'];
  org: { wfp: string; unicef: string; ngo: string };
  site: { fob: string; wh: string };
  item: { rice: string; tent: string };
  /** Posts a receipt from WFP into `site`. */
  receive(site: string, lines: CreateInput['lines'], extra?: Partial<CreateInput>): Promise<StockDocumentDetail>;
  /** Creates and posts any document. */
  post(input: CreateInput): Promise<StockDocumentDetail>;
}

/** `now` pins the core's clock (tests of date rules). */
export async function stockWorld(opts: { now?: () => string } = {}): Promise<StockWorld> {
  const t = await openTestCore({ now: opts.now });
  const call: TestCore['core']['call'] = (name, input) => t.core.call(name, input);
  const orgs = await call('organisations.save', {
    rows: [
      { name: 'World Food Programme', shortName: 'WFP', kind: 'un_agency' },
      { name: 'UNICEF', shortName: 'UNICEF', kind: 'un_agency' },
      { name: 'Helping Hands', shortName: 'HH', kind: 'ngo' },
    ],
  });
  const sites = await call('sites.save', {
    rows: [
      { code: 'FOB-N', name: 'Forward Operating Base North', kind: 'forward_base' },
      { code: 'WH-A', name: 'Warehouse Alpha', kind: 'warehouse' },
    ],
  });
  const items = await call('items.save', {
    rows: [
      { code: 'RICE-25', name: 'Rice 25 kg bag', category: 'food', baseUnit: 'each', packSizes: 'pallet=40', needsLotExpiry: true },
      { code: 'TENT-F', name: 'Family tent', category: 'shelter', baseUnit: 'each', packSizes: 'bundle=5' },
    ],
  });
  return {
    t,
    call,
    org: { wfp: orgs[0].id, unicef: orgs[1].id, ngo: orgs[2].id },
    site: { fob: sites[0].id, wh: sites[1].id },
    item: { rice: items[0].id, tent: items[1].id },
    receive: (site, lines, extra = {}) =>
      call('stock.documents.create', { siteId: site, kind: 'receipt', counterpartyOrgId: orgs[0].id, lines, post: true, ...extra }),
    post: (input) => call('stock.documents.create', { ...input, post: true }),
  };
}

/** Days from today as YYYY-MM-DD. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
