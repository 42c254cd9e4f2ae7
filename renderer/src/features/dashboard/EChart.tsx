import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

/*
 * Apache ECharts, tree-shaken: only the bar chart, its axes grid, tooltip, legend and aria
 * description, drawn on canvas (no eval, nothing the page's CSP forbids). A small wrapper instead
 * of echarts-for-react, which would pull in the whole library.
 */
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

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
  const chart = useRef<echarts.ECharts | null>(null);
  const targets = useRef(p.targets);
  targets.current = p.targets;

  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
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
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    box.current!.dataset.drawn = 'false';
    chart.current?.setOption({ ...p.option, aria: { enabled: true } }, { notMerge: true });
  }, [p.option]);

  return <div ref={box} className="chart" style={{ height: p.height }} role="img" aria-label={p.label} data-testid={p.testId} />;
}
