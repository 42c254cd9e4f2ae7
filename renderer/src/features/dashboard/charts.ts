import type { ChartOption, ChartTarget } from './EChart';

/*
 * Option builders for the dashboard's bar charts. Horizontal bars read best with long labels
 * (categories, site codes) in any language; in Arabic the value axis runs right to left, the
 * labels sit on the right and the legend is mirrored.
 */
export interface Bar {
  label: string;
  value: number;
  href: string;
}
export interface Stack {
  /** The legend's name of this series (a category). */
  name: string;
  color: string;
  values: number[];
  hrefs: string[];
}

const baseAxes = (labels: string[], rtl: boolean, format: (n: number) => string) => ({
  xAxis: { type: 'value' as const, inverse: rtl, axisLabel: { formatter: (v: number) => format(v) } },
  yAxis: { type: 'category' as const, data: labels, inverse: true, position: rtl ? ('right' as const) : ('left' as const) },
});

/** One series of bars; a click on a bar opens its href. */
export function barChart(bars: Bar[], opts: { rtl: boolean; color: string; format: (n: number) => string; name: string }) {
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v) => opts.format(Number(v)) },
    ...baseAxes(
      bars.map((b) => b.label),
      opts.rtl,
      opts.format,
    ),
    series: [
      {
        type: 'bar',
        name: opts.name,
        data: bars.map((b) => b.value),
        itemStyle: { color: opts.color },
        cursor: 'pointer',
        barMaxWidth: 22,
      },
    ],
  };
  const targets: ChartTarget[] = bars.map((b, i) => ({ seriesIndex: 0, dataIndex: i, at: [b.value / 2, i], href: b.href }));
  return { option, targets };
}

/** Stacked bars (one bar per label, one segment per series); a click on a segment opens its href. */
export function stackedChart(labels: string[], stacks: Stack[], opts: { rtl: boolean; format: (n: number) => string }) {
  // The legend wraps; room for its rows above the bars (about five entries a row at half the page).
  const legendRows = Math.ceil(stacks.length / 5);
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: legendRows * 22 + 8, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      left: opts.rtl ? undefined : 0,
      right: opts.rtl ? 0 : undefined,
      align: opts.rtl ? 'right' : 'left',
      itemWidth: 14,
      itemGap: 8,
    },
    tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v) => opts.format(Number(v)) },
    ...baseAxes(labels, opts.rtl, opts.format),
    series: stacks.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      stack: 'all',
      data: s.values,
      itemStyle: { color: s.color },
      cursor: 'pointer',
      barMaxWidth: 22,
    })),
  };
  const targets: ChartTarget[] = [];
  const below = labels.map(() => 0);
  stacks.forEach((s, seriesIndex) =>
    s.values.forEach((v, dataIndex) => {
      if (v > 0) targets.push({ seriesIndex, dataIndex, at: [below[dataIndex] + v / 2, dataIndex], href: s.hrefs[dataIndex] });
      below[dataIndex] += v;
    }),
  );
  return { option, targets };
}

/** One colour per item category, the same in every chart. */
export const CATEGORY_COLORS: Record<string, string> = {
  food: '#2f7d32',
  nfi: '#1565c0',
  shelter: '#8d6e63',
  wash: '#00838f',
  health: '#c62828',
  education: '#6a1b9a',
  fuel: '#ef6c00',
  construction: '#546e7a',
  spare_parts: '#9e9d24',
  other: '#757575',
};
