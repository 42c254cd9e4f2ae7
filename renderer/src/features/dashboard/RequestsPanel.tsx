import type { RequestFigures } from '../../../../electron/api/dashboard';
import type { DurationMeasure } from '../../../../electron/api/requests';
import type { MessageKey } from '../../../../electron/api/i18n';
import { useT } from '../../i18n';
import { date, gridRtl, num } from '../../locale/current';
import { barChart } from './charts';
import { EChart } from './EChart';
import { requestsLink } from './links';

const PRIORITY_KEYS: Record<1 | 2 | 3, MessageKey> = { 1: 'dashboard.priority.1', 2: 'dashboard.priority.2', 3: 'dashboard.priority.3' };
const PRIORITY_COLORS = { 1: '#b71c1c', 2: '#ef6c00', 3: '#1f5f8b' } as const;

/** Open requests by priority and by age (a bar opens the register filtered so), and response times. */
export function RequestsPanel({ r }: { r: RequestFigures }) {
  const t = useT();
  const rtl = gridRtl();
  const open = r.openByPriority[1] + r.openByPriority[2] + r.openByPriority[3];
  const byPriority = barChart(
    ([1, 2, 3] as const).map((p) => ({ label: t(PRIORITY_KEYS[p]), value: r.openByPriority[p], href: requestsLink({ priority: p }) })),
    { rtl, color: PRIORITY_COLORS[2], format: num, name: t('dashboard.byPriority') },
  );
  const byAge = barChart(
    [
      { label: t('dashboard.age.notSubmitted'), value: r.openByAge.notSubmitted, href: requestsLink({ drafts: true }) },
      { label: t('dashboard.age.under7'), value: r.openByAge.under7, href: requestsLink({ age: 'under7' }) },
      { label: t('dashboard.age.from7to30'), value: r.openByAge.from7to30, href: requestsLink({ age: '7to30' }) },
      { label: t('dashboard.age.over30'), value: r.openByAge.over30, href: requestsLink({ age: 'over30' }) },
    ],
    { rtl, color: '#5d4037', format: num, name: t('dashboard.byAge') },
  );
  const duration = (d: DurationMeasure) =>
    d.count === 0 ? t('dashboard.noDuration') : t('dashboard.days', { median: num(d.medianDays), p90: num(d.p90Days), count: d.count });
  return (
    <section className="dash-panel dash-requests" data-testid="dash-requests">
      <h2>{t('dashboard.requestsTitle', { count: open })}</h2>
      <p className="muted">{t('dashboard.requestsScope')}</p>
      {open === 0 ? (
        <p className="empty-state">
          {t('dashboard.requestsNone')} <a href="#/requests?new=1">{t('dashboard.newRequest')}</a>
        </p>
      ) : (
        <div className="dash-charts">
          <div>
            <h3>{t('dashboard.byPriority')}</h3>
            <EChart
              option={byPriority.option}
              targets={byPriority.targets}
              height={110}
              label={t('dashboard.byPriority')}
              testId="chart-priority"
            />
          </div>
          <div>
            <h3>{t('dashboard.byAge')}</h3>
            <EChart option={byAge.option} targets={byAge.targets} height={130} label={t('dashboard.byAge')} testId="chart-age" />
          </div>
        </div>
      )}
      <h3>{t('dashboard.responseTitle', { date: date(r.periodFrom) })}</h3>
      <dl className="dash-facts">
        <dt>{t('dashboard.toDecision')}</dt>
        <dd>{duration(r.toDecision)}</dd>
        <dt>{t('dashboard.toFulfilment')}</dt>
        <dd>{duration(r.toFulfilment)}</dd>
        <dt>{t('dashboard.fulfilmentRate')}</dt>
        <dd>{r.fulfilmentRate === null ? t('dashboard.noDuration') : `${num(Math.round(r.fulfilmentRate * 100))} %`}</dd>
      </dl>
    </section>
  );
}
