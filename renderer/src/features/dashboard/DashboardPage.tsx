import { ErrorPanel } from '../../app/ErrorPanel';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { date, dateTime, num } from '../../locale/current';
import { SiteSelect } from '../stock/controls';
import { useSites, useWorkingSite } from '../stock/lookups';
import { ActivityPanel } from './ActivityPanel';
import { Figure } from './Figure';
import { convoyBoardLink, onHandLink } from './links';
import { RequestsPanel } from './RequestsPanel';
import { StockPanel } from './StockPanel';
import '../stock/stock.css';
import './dashboard.css';

/**
 * The first screen: what needs attention, for the working site or every site. Figures come from
 * the core in one call (`dashboard.get`), read again whenever the core reports a change to what
 * they count (app/reads.ts), never by polling. Every figure and bar opens the list behind it.
 */
export default function DashboardPage() {
  const t = useT();
  const [siteId, chooseSite] = useWorkingSite();
  const sites = useSites();
  // A remembered site that has since been archived or removed: show every site.
  const working = siteId && !sites.loading && !sites.byId.has(siteId) ? '' : siteId;
  const q = useCoreQuery('dashboard.get', working ? { siteId: working } : {}, { keepPrevious: true });
  const d = q.data;
  return (
    <div className="dashboard" data-testid="dashboard" data-loaded={d ? 'true' : 'false'}>
      <div className="dash-bar">
        <SiteSelect label={t('dashboard.site')} value={working} onChange={chooseSite} blank={t('dashboard.allSites')} testId="dash-site" />
        {d && <span className="muted">{t('dashboard.asOf', { time: dateTime(d.asOf) })}</span>}
      </div>
      {q.isError && <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />}
      {!d && !q.isError && <p className="page-loading">{t('dashboard.loading')}</p>}
      {d && (
        <>
          <div className="dash-figures">
            <section className="dash-group" aria-label={t('dashboard.expiryTitle')}>
              <h2>{t('dashboard.expiryTitle')}</h2>
              <div className="figure-row">
                <Figure
                  value={d.expiry.expired}
                  label={t('dashboard.expired')}
                  hint={t('dashboard.linesHint')}
                  href={onHandLink(working, { expiry: 'expired' })}
                  tone="danger"
                  testId="fig-expired"
                />
                <Figure
                  value={d.expiry.within3}
                  label={t('dashboard.within3')}
                  hint={t('dashboard.byDate', { date: date(d.expiry.within3Until) })}
                  href={onHandLink(working, { expiry: 'within3' })}
                  tone="danger"
                  testId="fig-within3"
                />
                <Figure
                  value={d.expiry.within9}
                  label={t('dashboard.within9')}
                  hint={t('dashboard.byDate', { date: date(d.expiry.within9Until) })}
                  href={onHandLink(working, { expiry: 'within9' })}
                  tone="warning"
                  testId="fig-within9"
                />
              </div>
            </section>
            <section className="dash-group" aria-label={t('dashboard.lowTitle')}>
              <h2>{t('dashboard.lowTitle')}</h2>
              <div className="figure-row">
                <Figure
                  value={d.lowStock.items}
                  label={t('dashboard.lowItems')}
                  hint={t('dashboard.lowHint')}
                  href={onHandLink(working, { low: true })}
                  tone="warning"
                  testId="fig-low"
                />
              </div>
            </section>
            <section className="dash-group" aria-label={t('dashboard.convoysTitle')}>
              <h2>{t('dashboard.convoysTitle')}</h2>
              <div className="figure-row">
                <Figure
                  value={d.convoys.planned}
                  label={t('dashboard.convoysPlanned')}
                  href={convoyBoardLink()}
                  testId="fig-convoys-planned"
                />
                <Figure
                  value={d.convoys.inTransit}
                  label={t('dashboard.convoysInTransit')}
                  href={convoyBoardLink()}
                  testId="fig-convoys-transit"
                />
                <Figure
                  value={d.convoys.overdue}
                  label={t('dashboard.convoysOverdue')}
                  hint={t('dashboard.overdueHint')}
                  href={convoyBoardLink()}
                  tone="danger"
                  testId="fig-convoys-overdue"
                />
              </div>
            </section>
          </div>
          {d.lowStock.worst.length > 0 && (
            <div className="dash-low" data-testid="dash-low-list">
              <span className="muted">{t('dashboard.lowWorst')}</span>
              <ul>
                {d.lowStock.worst.map((w) => (
                  <li key={`${w.siteId}:${w.itemId}`} title={w.itemName}>
                    <bdi>{w.itemCode}</bdi> · <bdi>{w.siteCode}</bdi>:{' '}
                    <bdi>{t('dashboard.lowRow', { good: num(w.goodQuantity), min: num(w.minQuantity), unit: unitWord(w.baseUnit) })}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <StockPanel stock={d.stock} siteId={working} />
          <div className="dash-columns">
            <RequestsPanel r={d.requests} />
            <ActivityPanel />
          </div>
        </>
      )}
    </div>
  );
}
