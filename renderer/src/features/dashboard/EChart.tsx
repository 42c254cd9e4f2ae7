import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';

/*
 * A small wrapper around Apache ECharts (echarts-core.ts) instead of echarts-for-react, which would
 * pull in the whole library. The library is a chunk of its own, fetched as soon as the dashboard's
 * code runs, alongside the dashboard's query: the figures paint first, each chart's box keeps its
 * height meanwhile, and the charts draw when both have arrived.
 */
const library = import('./echarts-core');

export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** A clickable segment: the series and the data point it is (`value` in the chart's coordinates), and what a click opens. */
export interface ChartTarget {
  seriesIndex: number;
  dataIndex: number;
  /** Where the segment's middle is, in data coordinates (for the test hook below). */
  at: [number, number];
  href: string;
}

/**
 * One chart. `targets` says where each segment leads: a click on a segment follows its href.
 * Once drawn, the chart's element carries `data-segments` (each href with the pixel at its
 * segment's middle) and `data-drawn`, so a test can click a segment as a user would.
 */
export function EChart(p: { option: ChartOption; targets: ChartTarget[]; height: number; label: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const targets = useRef(p.targets);
  targets.current = p.targets;
  const option = useRef(p.option);
  option.current = p.option;

  useEffect(() => {
    const el = box.current!;
    let c: ECharts | null = null;
    let resize: ResizeObserver | null = null;
    let gone = false;
    void library
      .then(({ echarts }) => {
        if (gone) return;
        c = echarts.init(el, null, { renderer: 'canvas' });
        chart.current = c;
        attach(el, c, targets, option.current);
        resize = new ResizeObserver(() => c?.resize());
        resize.observe(el);
      })
      .catch(() => {
        el.dataset.drawn = 'failed'; // the figures stay readable; the chart's box stays empty
      });
    return () => {
      gone = true;
      resize?.disconnect();
      c?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    box.current!.dataset.drawn = 'false';
    chart.current?.setOption({ ...p.option, aria: { enabled: true } }, { notMerge: true });
  }, [p.option]);

  return <div ref={box} className="chart" style={{ height: p.height }} role="img" aria-label={p.label} data-testid={p.testId} />;
}

/** Wires a chart's clicks and its drawn marker, then draws `option`. */
function attach(el: HTMLDivElement, c: ECharts, targets: { current: ChartTarget[] }, option: ChartOption) {
  c.on('click', (e) => {
    const hit = targets.current.find((t) => t.seriesIndex === e.seriesIndex && t.dataIndex === e.dataIndex);
    if (hit) window.location.hash = hit.href;
  });
  c.on('finished', () => {
    const segments = targets.current.map((t) => {
      const px = c.convertToPixel({ seriesIndex: t.seriesIndex }, t.at) as number[] | undefined;
      return { href: t.href, x: Math.round(px?.[0] ?? -1), y: Math.round(px?.[1] ?? -1) };
    });
    el.dataset.segments = JSON.stringify(segments);
    el.dataset.drawn = 'true';
  });
  c.setOption({ ...option, aria: { enabled: true } }, { notMerge: true });
}
