import { z } from 'zod';
import { query } from '../define';
import { optionalIdRef } from '../formats';
import type { StockDocumentView } from './documents';
import { pageInput, sortDirection, type Page } from './fields';

/* Incoming transfers: posted transfers out still in transit to a site (or to any site), for the receiving side. */

export const incomingTransfersInput = z
  .object({
    /** The receiving site; none: transfers in transit to every site. */
    siteId: optionalIdRef('Receiving site'),
    /** By the day sent; oldest first unless asked otherwise. */
    sort: z
      .array(z.object({ colId: z.enum(['occurredAt']), sort: sortDirection }))
      .max(1)
      .default([]),
    ...pageInput,
  })
  .default({ sort: [], offset: 0, limit: 200 });

/** A transfer in transit, as the receiving side lists it. */
export interface IncomingTransferView extends StockDocumentView {
  /** When the goods are expected: the convoy stop's (or convoy's) planned arrival; null without a convoy plan. */
  expectedArrival: string | null;
  /** The convoy carrying it, when it was dispatched by one. */
  convoyId: string | null;
  convoyNumber: string | null;
}

export const stockIncomingOps = {
  /** Oldest sent first: what has waited longest comes first. `total` is the navigation's count. */
  'stock.transfers.incoming': query<Page<IncomingTransferView>>('read')(incomingTransfersInput),
};
