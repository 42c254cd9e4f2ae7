import { z } from 'zod';
import { command, query } from '../define';
import { idRef, optionalIdRef } from '../formats';
import { recordVersion, versionedId } from '../records';
import { wholeNumber } from './fields';

/* Low-stock thresholds: a minimum good quantity per item and site. */

export const thresholdRow = z.object({
  /** The version of the stored threshold for this site and item, when one exists (absent: a new one). */
  version: recordVersion.optional(),
  siteId: idRef('Site'),
  itemId: idRef('Item'),
  minQuantity: wholeNumber('Minimum quantity', 0),
});

export interface StockThresholdView {
  id: string;
  version: number;
  siteId: string;
  siteCode: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  minQuantity: number;
}

export const stockThresholdOps = {
  'stock.thresholds.list': query<StockThresholdView[]>('read')(z.object({ siteId: optionalIdRef('Site') }).default({})),
  /** Upserts by (site, item). */
  'stock.thresholds.save': command<StockThresholdView[]>('stock.edit')(
    z.object({ rows: z.array(thresholdRow).min(1, 'Nothing to save').max(20_000) }),
  ),
  'stock.thresholds.remove': command<{ id: string }>('stock.edit')(z.object(versionedId)),
};
