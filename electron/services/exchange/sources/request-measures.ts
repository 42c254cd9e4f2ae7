import { z } from 'zod';
import { requestMeasuresInput, type RequestMeasureSet } from '../../../api/requests';
import { optionalIdRef } from '../../../api/formats';
import { say } from '../../../api/i18n/current';
import { strictestLabel, type TlpLabel } from '../../../api/vocabularies';
import { measuresOn, readRows } from '../../requests/measures';
import { field, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { lookup, type ExportSource } from './source';

/*
 * The request measures for a coordination meeting (issue 14 point 6), as the measures screen
 * shows them for its period and partner: one row for all requests, then one per partner (or the
 * chosen partner only). A row's label is the strictest of the requests it counts, so a partner's
 * profile withholds figures built from requests above its highest label.
 */

type Row = Record<string, unknown>;
const params = requestMeasuresInput.extend({ orgId: optionalIdRef('Organisation') });
type Params = z.output<typeof params>;

// Most measures are counts: integer columns 12 characters wide unless said otherwise.
const col = (id: string, header: string, hxl: string, type: SheetColumn<Row>['type'] = 'integer', width = 12) =>
  field<Row>(id, header, hxl, type, width);

function columns(): SheetColumn<Row>[] {
  return [
    col('partner', say('reqx.m.partner'), '#org +partner', 'text', 18),
    col('from', say('reqx.m.from'), '#date +start', 'date'),
    col('to', say('reqx.m.to'), '#date +end', 'date'),
    col('submitted', say('reqx.m.submitted'), '#x_requests +submitted +num'),
    col('decided', say('reqx.m.decided'), '#x_requests +decided +num'),
    col('decisionMedian', say('reqx.m.decisionMedian'), '#x_days +decision +median', 'decimal'),
    col('decisionP90', say('reqx.m.decisionP90'), '#x_days +decision +p90', 'decimal'),
    col('fulfilled', say('reqx.m.fulfilled'), '#x_requests +fulfilled +num'),
    col('fulfilmentMedian', say('reqx.m.fulfilmentMedian'), '#x_days +fulfilment +median', 'decimal'),
    col('fulfilmentP90', say('reqx.m.fulfilmentP90'), '#x_days +fulfilment +p90', 'decimal'),
    col('fulfilmentRate', say('reqx.m.fulfilmentRate'), '#x_rate +fulfilment +pct', 'decimal'),
    col('declined', say('reqx.m.declined'), '#x_requests +declined +num'),
    col('cancelled', say('reqx.m.cancelled'), '#x_requests +cancelled +num'),
    col('openP1', say('reqx.m.openP1'), '#x_requests +open +priority1'),
    col('openP2', say('reqx.m.openP2'), '#x_requests +open +priority2'),
    col('openP3', say('reqx.m.openP3'), '#x_requests +open +priority3'),
    col('openDrafts', say('reqx.m.openDrafts'), '#x_requests +open +draft'),
    col('openUnder7', say('reqx.m.openUnder7'), '#x_requests +open +age_lt7'),
    col('open7to30', say('reqx.m.open7to30'), '#x_requests +open +age_7_30'),
    col('openOver30', say('reqx.m.openOver30'), '#x_requests +open +age_gt30'),
  ];
}

const figures = (s: RequestMeasureSet) => ({
  submitted: s.submitted,
  decided: s.toDecision.count,
  decisionMedian: s.toDecision.medianDays,
  decisionP90: s.toDecision.p90Days,
  fulfilled: s.toFulfilment.count,
  fulfilmentMedian: s.toFulfilment.medianDays,
  fulfilmentP90: s.toFulfilment.p90Days,
  fulfilmentRate: s.fulfilmentRate == null ? null : Math.round(s.fulfilmentRate * 1000) / 10,
  declined: s.declined,
  cancelled: s.cancelled,
  openP1: s.openByPriority[1],
  openP2: s.openByPriority[2],
  openP3: s.openByPriority[3],
  openDrafts: s.openByAge.notSubmitted,
  openUnder7: s.openByAge.under7,
  open7to30: s.openByAge.from7to30,
  openOver30: s.openByAge.over30,
});

export const requestMeasuresSource: ExportSource<Row, Params> = {
  get title() {
    return say('reqx.measuresTitle');
  },
  stem: 'request-measures',
  params: params as unknown as z.ZodType<Params>,
  gridFilters: false,
  get columns() {
    return columns();
  },
  *rows(run, p) {
    const home = lookup(run.sqlite, 'SELECT value FROM settings WHERE key = ?', 'home_organisation_id');
    const m = measuresOn(run.sqlite, p, run.today, home);
    // The labels of the requests each row counts (the period's and the open ones), by organisation.
    const labels = new Map<string, TlpLabel[]>();
    const all: TlpLabel[] = [];
    for (const r of readRows(run.sqlite, m.from, m.to)) {
      const label = labelOf(r.sharing, 'request', run.defaults);
      all.push(label);
      for (const org of new Set([r.requesterOrgId, r.providerOrgId])) {
        let list = labels.get(org);
        if (!list) labels.set(org, (list = []));
        list.push(label);
      }
    }
    const period = { from: m.from, to: m.to };
    yield { partner: say('reqx.m.overall'), ...period, ...figures(m.overall), labels: all };
    for (const s of m.byPartner)
      if (!p.orgId || s.orgId === p.orgId) yield { partner: s.org, ...period, ...figures(s), labels: labels.get(s.orgId) ?? [] };
  },
  label: (r, d) => {
    const labels = r.labels as TlpLabel[];
    return labels.length ? strictestLabel(labels) : labelOf(null, 'request', d);
  },
  scope: (run, p) =>
    say('reqx.measuresScope', {
      from: p.from ?? '…',
      to: p.to ?? '…',
      org: p.orgId ? (lookup(run.sqlite, 'SELECT short_name FROM organisations WHERE id = ?', p.orgId) ?? '?') : say('reqx.m.overall'),
    }),
};
