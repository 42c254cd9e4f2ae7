import type { DurationMeasure, RequestMeasures, RequestMeasureSet } from '../../../../electron/api/requests';
import { REQUEST_PRIORITY_KEYS } from '../../../../electron/api/i18n';
import { ErrorPanel } from '../../app/ErrorPanel';
import { ExportButton } from '../../grid/ExportButton';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { date, gridRtl, num } from '../../locale/current';
import { DateField } from '../../locale/DateField';
import { barChart } from '../dashboard/charts';
import { EChart } from '../dashboard/EChart';
import { Figure } from '../dashboard/Figure';
import { ChoiceSelect } from '../stock/controls';
import { useHashParams } from '../stock/useHashParams';
import { AGE_BAND_KEYS, AGE_BANDS, openLink, periodLink, type Scope } from './measureLinks';
import { partnerChart } from './measureCharts';
import '../dashboard/dashboard.css';

/*
 * The measures for coordination meetings (#/requests?view=measures&from=…&to=…&org=…): for a
 * period and one partner or all, how long requests waited for a decision and for fulfilment,
 * how many were fulfilled, and what is open now by priority and age. The core computes every
 * figure (services/requests/measures.ts); each figure and bar opens the register filtered to the
 * requests it counts.
 */

const DAY = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const todayIso = () => new Date().toISOString().slice(0, 10);
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);
const PRESETS = [30, 90, 365] as const;
const PRIORITY_COLORS = { 1: '#b71c1c', 2: '#ef6c00', 3: '#1f5f8b' } as const;

export function RequestMeasuresView() {
  const t = useT();
  const [params, setParams] = useHashParams();
  const today = todayIso();
  const pick = (name: string, fallback: string) => {
    const v = params.get(name) ?? '';
    return ISO.test(v) ? v : fallback;
  };
  const scope: Scope = { from: pick('from', daysBefore(today, 365)), to: pick('to', today), orgId: params.get('org') ?? '' };
  const preset = scope.to === today ? (PRESETS.find((n) => daysBefore(today, n) === scope.from) ?? 0) : 0;
  const q = useCoreQuery('requests.measures', { from: scope.from, to: scope.to }, { keepPrevious: true });
  const set = (next: Partial<Scope>) => {
    const s = { ...scope, ...next };
    setParams({ view: 'measures', from: s.from, to: s.to, org: s.orgId }, true);
  };
  const setOrg = (orgId: string) => setParams({ view: 'measures', from: scope.from, to: scope.to, org: orgId }, true);

  return (
    <div className="dashboard req-measures" data-testid="request-measures">
      <div className="stock-bar">
        <ChoiceSelect
          label={t('requests.measures.period')}
          value={preset ? String(preset) : 'custom'}
          onChange={(v) => v !== 'custom' && set({ from: daysBefore(today, Number(v)), to: today })}
          choices={[
            ...PRESETS.map((n) => ({ value: String(n), label: t('requests.measures.lastDays', { days: n }) })),
            { value: 'custom', label: t('requests.measures.custom') },
          ]}
          testId="measures-preset"
        />
        <label className="stock-field">
          <span>{t('requests.measures.from')}</span>
          <DateField value={scope.from} onChange={(v) => ISO.test(v) && set({ from: v })} data-testid="measures-from" />
        </label>
        <label className="stock-field">
          <span>{t('requests.measures.to')}</span>
          <DateField value={scope.to} onChange={(v) => ISO.test(v) && set({ to: v })} data-testid="measures-to" />
        </label>
        <ChoiceSelect
          label={t('requests.measures.partner')}
          value={scope.orgId}
          onChange={setOrg}
          blank={t('requests.measures.allPartners')}
          choices={(q.data?.byPartner ?? []).map((p) => ({ value: p.orgId, label: p.org }))}
          testId="measures-partner"
        />
        <ExportButton
          source="requestMeasures"
          label={t('reqx.exportMeasures')}
          parts={() => ({ params: { from: scope.from, to: scope.to, orgId: scope.orgId || undefined } })}
        />
      </div>
      {q.isError ? (
        <ErrorPanel error={q.error} title={t('requests.measures.loadError')} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <div className="pending">{t('requests.measures.loading')}</div>
      ) : (
        <MeasuresBody m={q.data} scope={scope} onPartner={setOrg} />
      )}
    </div>
  );
}

function MeasuresBody({ m, scope, onPartner }: { m: RequestMeasures; scope: Scope; onPartner: (orgId: string) => void }) {
  const t = useT();
  const rtl = gridRtl();
  const partner = m.byPartner.find((p) => p.orgId === scope.orgId);
  const s: RequestMeasureSet = partner ?? m.overall;
  const open = s.openByPriority[1] + s.openByPriority[2] + s.openByPriority[3];
  const byPriority = barChart(
    ([1, 2, 3] as const).map((p) => ({
      label: t(REQUEST_PRIORITY_KEYS[p]),
      value: s.openByPriority[p],
      href: openLink(scope, { priority: p }),
    })),
    { rtl, color: PRIORITY_COLORS[2], format: num, name: t('dashboard.byPriority') },
  );
  const byAge = barChart(
    [
      { label: t('dashboard.age.notSubmitted'), value: s.openByAge.notSubmitted, href: openLink(scope, { drafts: true }) },
      ...AGE_BANDS.map((band) => ({
        label: t(AGE_BAND_KEYS[band]),
        value: band === 'under7' ? s.openByAge.under7 : band === '7to30' ? s.openByAge.from7to30 : s.openByAge.over30,
        href: openLink(scope, { age: band }),
      })),
    ],
    { rtl, color: '#5d4037', format: num, name: t('dashboard.byAge') },
  );
  const partners = partnerChart(m.byPartner, scope, {
    rtl,
    decision: t('requests.measures.medianDecision'),
    fulfilment: t('requests.measures.medianFulfilment'),
  });
  const who = partner ? partner.org : t('requests.measures.allPartners');
  return (
    <>
      <p className="muted" data-testid="measures-scope">
        {t('requests.measures.scope', { who, from: date(scope.from), to: date(scope.to) })}
      </p>
      <div className="figure-row" data-testid="measures-figures">
        <Figure value={s.submitted} label={t('requests.measures.submitted')} href={periodLink(scope, 'submission')} testId="m-submitted" />
        <Figure value={s.toDecision.count} label={t('requests.measures.decided')} href={periodLink(scope, 'decision')} testId="m-decided" />
        <Figure value={s.declined} label={t('requests.measures.declined')} href={periodLink(scope, 'declined')} testId="m-declined" />
        <Figure
          value={s.toFulfilment.count}
          label={t('requests.measures.fulfilled')}
          href={periodLink(scope, 'fulfilment')}
          testId="m-fulfilled"
        />
        <Figure
          value={s.cancelled}
          label={t('requests.measures.cancelled')}
          href={periodLink(scope, 'submission', 'cancelled')}
          testId="m-cancelled"
        />
        <Figure
          value={open}
          label={t('requests.measures.openNow')}
          hint={t('requests.measures.openHint')}
          href={openLink(scope)}
          tone="warning"
          testId="m-open"
        />
      </div>
      <div className="figure-row">
        <Duration label={t('dashboard.toDecision')} d={s.toDecision} href={periodLink(scope, 'decision')} testId="m-to-decision" />
        <Duration label={t('dashboard.toFulfilment')} d={s.toFulfilment} href={periodLink(scope, 'fulfilment')} testId="m-to-fulfilment" />
        <a className="figure" href={periodLink(scope, 'approved')} data-testid="m-rate">
          <span className="figure-value">{s.fulfilmentRate === null ? '—' : `${num(Math.round(s.fulfilmentRate * 100))} %`}</span>
          <span className="figure-label">{t('dashboard.fulfilmentRate')}</span>
          <span className="figure-hint">{t('requests.measures.rateHint')}</span>
        </a>
      </div>
      {m.overall.submitted === 0 && open === 0 ? (
        <p className="empty-state">{t('requests.measures.empty')}</p>
      ) : (
        <div className="req-measure-charts">
          <section className="dash-panel">
            <h2>{t('requests.measures.openByPriority')}</h2>
            <EChart
              option={byPriority.option}
              targets={byPriority.targets}
              height={120}
              label={t('dashboard.byPriority')}
              testId="m-chart-priority"
            />
          </section>
          <section className="dash-panel">
            <h2>{t('requests.measures.openByAge')}</h2>
            <EChart option={byAge.option} targets={byAge.targets} height={150} label={t('dashboard.byAge')} testId="m-chart-age" />
          </section>
          {m.byPartner.length > 0 && (
            <section className="dash-panel">
              <h2>{t('requests.measures.perPartnerChart')}</h2>
              <EChart
                option={partners.option}
                targets={partners.targets}
                height={Math.max(140, 40 + m.byPartner.length * 34)}
                label={t('requests.measures.perPartnerChart')}
                testId="m-chart-partners"
              />
            </section>
          )}
        </div>
      )}
      {m.byPartner.length > 0 && <PartnerTable m={m} scope={scope} onPartner={onPartner} />}
    </>
  );
}

function Duration(p: { label: string; d: DurationMeasure; href: string; testId: string }) {
  const t = useT();
  return (
    <a className="figure" href={p.href} data-testid={p.testId}>
      <span className="figure-value">{p.d.count === 0 ? '—' : t('requests.measures.daysValue', { days: num(p.d.medianDays) })}</span>
      <span className="figure-label">{p.label}</span>
      <span className="figure-hint">
        {p.d.count === 0 ? t('dashboard.noDuration') : t('requests.measures.p90', { days: num(p.d.p90Days), count: p.d.count })}
      </span>
    </a>
  );
}

/** Every partner side by side: the table coordination meetings read down. */
function PartnerTable({ m, scope, onPartner }: { m: RequestMeasures; scope: Scope; onPartner: (orgId: string) => void }) {
  const t = useT();
  const days = (d: DurationMeasure) => (d.count === 0 ? '—' : `${num(d.medianDays)} / ${num(d.p90Days)}`);
  return (
    <section className="dash-panel">
      <h2>{t('requests.measures.perPartner')}</h2>
      <table className="req-measure-table" data-testid="measures-partners">
        <thead>
          <tr>
            <th>{t('requests.measures.col.partner')}</th>
            <th>{t('requests.measures.submitted')}</th>
            <th>{t('requests.measures.col.decision')}</th>
            <th>{t('requests.measures.col.fulfilment')}</th>
            <th>{t('dashboard.fulfilmentRate')}</th>
            <th>{t('requests.measures.openNow')}</th>
          </tr>
        </thead>
        <tbody>
          {m.byPartner.map((p) => {
            const here: Scope = { ...scope, orgId: p.orgId };
            return (
              <tr key={p.orgId} aria-selected={p.orgId === scope.orgId}>
                <td>
                  <button type="button" className="link" onClick={() => onPartner(p.orgId)}>
                    <bdi>{p.org}</bdi>
                  </button>
                </td>
                <td>
                  <a href={periodLink(here, 'submission')}>{num(p.submitted)}</a>
                </td>
                <td>
                  <a href={periodLink(here, 'decision')}>{days(p.toDecision)}</a>
                </td>
                <td>
                  <a href={periodLink(here, 'fulfilment')}>{days(p.toFulfilment)}</a>
                </td>
                <td>
                  <a href={periodLink(here, 'approved')}>
                    {p.fulfilmentRate === null ? '—' : `${num(Math.round(p.fulfilmentRate * 100))} %`}
                  </a>
                </td>
                <td>
                  <a href={openLink(here)}>{num(p.openByPriority[1] + p.openByPriority[2] + p.openByPriority[3])}</a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('requests.measures.tableHint')}</p>
    </section>
  );
}
