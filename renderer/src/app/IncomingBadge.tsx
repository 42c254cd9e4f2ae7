import { useRememberedSite, useSites } from '../features/stock/lookups';
import { useT } from '../i18n';
import { useCoreQuery } from './queries';

/**
 * The navigation's count of transfers in transit to the working site (to every site when none is
 * chosen). The query refetches on every change to stock documents, so it follows postings and
 * receipts made anywhere; nothing shows while there are none.
 */
export function IncomingBadge() {
  const t = useT();
  const siteId = useRememberedSite();
  const site = useSites().byId.get(siteId);
  const q = useCoreQuery('stock.transfers.incoming', { siteId: siteId || undefined, sort: [], offset: 0, limit: 1 });
  const count = q.data?.total ?? 0;
  if (count === 0) return null;
  const title = site ? t('incoming.badgeTitle', { count, site: site.code }) : t('incoming.badgeTitleAll', { count });
  return (
    <span className="nav-badge" title={title} aria-label={title} data-testid="incoming-badge">
      {count}
    </span>
  );
}
