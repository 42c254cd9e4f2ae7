import type { ItemCategory, RequestPriority } from '../../../../electron/api/vocabularies';
import type { AgeBand } from '../requests/measureLinks';
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

/**
 * The register as the dashboard's request figures count: open now with the drafts (the register's
 * "Open, drafts included" filter), by priority or by the measures' age band; the drafts alone.
 */
export const requestsLink = (filters: { priority?: RequestPriority; age?: AgeBand; drafts?: boolean } = {}) =>
  stockHref('requests', {
    status: filters.drafts ? 'draft' : 'unfinished',
    priority: filters.priority ? String(filters.priority) : undefined,
    age: filters.age,
  });

export const receiveLink = () => stockHref('stock-documents', { new: 'receipt' });
export const importLink = () => '#/import';
