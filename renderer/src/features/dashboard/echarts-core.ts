import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * Apache ECharts, tree-shaken: only the bar chart, its axes grid, tooltip, legend and aria
 * description, drawn on canvas (no eval, nothing the page's CSP forbids). Loaded as a chunk of its
 * own (EChart.tsx imports it dynamically), so the dashboard's figures paint without waiting for it.
 */
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { echarts };
