import type { RequestMeasures } from '../../../../electron/api/requests';
import { num } from '../../locale/current';
import type { ChartOption, ChartTarget } from '../dashboard/EChart';
import { periodLink, type Scope } from './measureLinks';

/**
 * Per partner, the median days from submission to decision and to fulfilment, side by side
 * (horizontal bars, mirrored in Arabic like the dashboard's). A bar opens that partner's
 * requests of the period that reached the stage.
 */
export function partnerChart(
  partners: RequestMeasures['byPartner'],
  scope: Scope,
  names: { rtl: boolean; decision: string; fulfilment: string },
): { option: ChartOption; targets: ChartTarget[] } {
  const decision = partners.map((p) => p.toDecision.medianDays ?? 0);
  const fulfilment = partners.map((p) => p.toFulfilment.medianDays ?? 0);
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, left: names.rtl ? undefined : 0, right: names.rtl ? 0 : undefined, align: names.rtl ? 'right' : 'left' },
    tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: (v) => num(Number(v)) },
    xAxis: { type: 'value', inverse: names.rtl, axisLabel: { formatter: (v: number) => num(v) } },
    yAxis: { type: 'category', data: partners.map((p) => p.org), inverse: true, position: names.rtl ? 'right' : 'left' },
    series: [
      { type: 'bar', name: names.decision, data: decision, itemStyle: { color: '#1f5f8b' }, cursor: 'pointer', barMaxWidth: 14 },
      { type: 'bar', name: names.fulfilment, data: fulfilment, itemStyle: { color: '#2f7d32' }, cursor: 'pointer', barMaxWidth: 14 },
    ],
  };
  const targets: ChartTarget[] = [];
  partners.forEach((p, i) => {
    const here = { ...scope, orgId: p.orgId };
    if (decision[i] > 0) targets.push({ seriesIndex: 0, dataIndex: i, at: [decision[i] / 2, i], href: periodLink(here, 'decision') });
    if (fulfilment[i] > 0) targets.push({ seriesIndex: 1, dataIndex: i, at: [fulfilment[i] / 2, i], href: periodLink(here, 'fulfilment') });
  });
  return { option, targets };
}
