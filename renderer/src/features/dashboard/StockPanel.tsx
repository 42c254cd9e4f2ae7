import { useCallback, useMemo, useState } from 'react';
import type { StockFigure } from '../../../../electron/api/dashboard';
import { CATEGORY_KEYS } from '../../../../electron/api/i18n/vocabulary';
import { ITEM_CATEGORIES, type ItemCategory } from '../../../../electron/api/vocabularies';
import { useT } from '../../i18n';
import { gridRtl, num } from '../../locale/current';
import { barChart, CATEGORY_COLORS, stackedChart } from './charts';
import { EChart } from './EChart';
import { importLink, onHandLink, receiveLink } from './links';

const MEASURES = ['lines', 'weightKg', 'volumeM3'] as const;
type Measure = (typeof MEASURES)[number];
const MEASURE_KEYS = {
  lines: 'dashboard.measure.lines',
  weightKg: 'dashboard.measure.weight',
  volumeM3: 'dashboard.measure.volume',
} as const;
/** Sites shown in the by-site chart (the ones holding the most); the rest are named in a note. */
const TOP_SITES = 10;

/** Stock by category (and by site when every site is shown): stock lines, weight or volume; a bar opens its lines. */
export function StockPanel({ stock, siteId }: { stock: StockFigure[]; siteId: string }) {
  const t = useT();
  const [measure, setMeasure] = useState<Measure>('lines');
  const rtl = gridRtl();
  const format = useCallback((n: number) => num(measure === 'lines' ? n : Math.round(n * 10) / 10), [measure]);
  const totals = useMemo(
    () =>
      stock.reduce(
        (a, s) => ({
          lines: a.lines + s.lines,
          weightKg: a.weightKg + s.weightKg,
          volumeM3: a.volumeM3 + s.volumeM3,
          noWeight: a.noWeight + s.linesWithoutWeight,
        }),
        { lines: 0, weightKg: 0, volumeM3: 0, noWeight: 0 },
      ),
    [stock],
  );

  const byCategory = useMemo(() => {
    const sums = new Map<ItemCategory, number>();
    for (const s of stock) sums.set(s.category, (sums.get(s.category) ?? 0) + s[measure]);
    return ITEM_CATEGORIES.filter((c) => sums.has(c)).map((c) => ({
      label: t(CATEGORY_KEYS[c]),
      value: sums.get(c)!,
      href: onHandLink(siteId, { category: c }),
    }));
  }, [stock, measure, siteId, t]);

  const bySite = useMemo(() => {
    const sites = new Map<string, { code: string; total: number; byCat: Map<ItemCategory, number> }>();
    for (const s of stock) {
      const e = sites.get(s.siteId) ?? { code: s.siteCode, total: 0, byCat: new Map() };
      e.total += s[measure];
      e.byCat.set(s.category, (e.byCat.get(s.category) ?? 0) + s[measure]);
      sites.set(s.siteId, e);
    }
    const top = [...sites.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, TOP_SITES);
    const cats = ITEM_CATEGORIES.filter((c) => top.some(([, e]) => e.byCat.has(c)));
    return {
      count: sites.size,
      chart: stackedChart(
        top.map(([, e]) => e.code),
        cats.map((c) => ({
          name: t(CATEGORY_KEYS[c]),
          color: CATEGORY_COLORS[c],
          values: top.map(([, e]) => e.byCat.get(c) ?? 0),
          hrefs: top.map(([id]) => onHandLink(id, { category: c })),
        })),
        { rtl, format },
      ),
      shown: top.length,
      categories: cats.length,
    };
  }, [stock, measure, rtl, t, format]);

  const categoryChart = useMemo(
    () => barChart(byCategory, { rtl, color: '#1f5f8b', format, name: t(MEASURE_KEYS[measure]) }),
    [byCategory, rtl, measure, t, format],
  );

  if (stock.length === 0) {
    return (
      <section className="dash-panel dash-stock" data-testid="dash-stock">
        <h2>{t('dashboard.stockTitle')}</h2>
        <div className="empty-state" data-testid="dash-no-stock">
          <strong>{t('dashboard.noStock')}</strong> {t('dashboard.noStockFix')}
          <p>
            <a className="button" href={receiveLink()}>
              {t('dashboard.receive')}
            </a>{' '}
            <a className="button secondary" href={importLink()}>
              {t('dashboard.import')}
            </a>
          </p>
        </div>
      </section>
    );
  }
  return (
    <section className="dash-panel dash-stock" data-testid="dash-stock">
      <div className="dash-panel-head">
        <h2>{t('dashboard.stockTitle')}</h2>
        <div className="dash-toggle" role="radiogroup" aria-label={t('dashboard.measure')}>
          {MEASURES.map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={measure === m}
              onClick={() => setMeasure(m)}
              data-testid={`dash-measure-${m}`}
            >
              {t(MEASURE_KEYS[m])}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">
        {t('dashboard.stockTotals', {
          lines: totals.lines,
          weight: num(Math.round(totals.weightKg)),
          volume: num(Math.round(totals.volumeM3 * 10) / 10),
        })}
        {totals.noWeight > 0 && <> {t('dashboard.noWeight', { count: totals.noWeight })}</>}
      </p>
      <div className={siteId ? 'dash-charts one' : 'dash-charts'}>
        <EChart
          option={categoryChart.option}
          targets={categoryChart.targets}
          height={Math.max(120, byCategory.length * 26 + 24)}
          label={t('dashboard.chartCategory')}
          testId="chart-category"
        />
        {!siteId && (
          <div>
            <EChart
              option={bySite.chart.option}
              targets={bySite.chart.targets}
              height={Math.max(140, bySite.shown * 26 + 40 + Math.ceil(bySite.categories / 5) * 22)}
              label={t('dashboard.chartSite')}
              testId="chart-site"
            />
            {bySite.count > bySite.shown && (
              <p className="muted">{t('dashboard.topSites', { shown: bySite.shown, count: bySite.count })}</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
