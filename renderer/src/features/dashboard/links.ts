import type { ItemCategory, RequestPriority } from '../../../../electron/api/vocabularies';
import { stockHref } from '../stock/useHashParams';

/*
 * Where each figure and chart segment leads: the grid behind it, filtered as the figure counts.
 * The on-hand grid takes its site, category, expiry and low-stock filters from the URL; the
 * request register its status, priority and age.
 */
const site = (siteId: string) => siteId || 'all';

export const onHandLink = (
  siteId: string,
  filters: { category?: ItemCategory; expiry?: 'expired' | 'within3' | 'within9'; low?: boolean } = {},
) => stockHref('stock', { site: site(siteId), category: filters.category, expiry: filters.expiry, low: filters.low ? '1' : undefined });

export const convoyBoardLink = () => '#/convoys';

export const requestsLink = (filters: { priority?: RequestPriority; olderThan?: 7 | 30; drafts?: boolean } = {}) =>
  stockHref('requests', {
    status: filters.drafts ? 'draft' : 'open',
    priority: filters.priority ? String(filters.priority) : undefined,
    age: filters.olderThan ? String(filters.olderThan) : undefined,
  });

export const receiveLink = () => stockHref('stock-documents', { new: 'receipt' });
export const importLink = () => '#/import';
