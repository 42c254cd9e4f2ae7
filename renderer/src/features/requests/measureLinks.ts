import type { MessageKey } from '../../../../electron/api/i18n';
import { REQUEST_MEASURE_STAGES, type RequestMeasureStage } from '../../../../electron/api/requests';
import type { RequestPriority } from '../../../../electron/api/vocabularies';
import { t } from '../../i18n';
import { date } from '../../locale/current';
import { stockHref } from '../stock/useHashParams';

/*
 * Where each figure of the measures screen leads: the register, filtered to exactly the requests
 * the figure counts (the core's list filters use the measures' own tests; the core test
 * "each figure opens the register filtered…" holds them together). The register reads the same
 * URL parameters back.
 */

/** The measures' bands of open requests by age (days since submission; whole days). */
export const AGE_BANDS = ['under7', '7to30', 'over30'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const isAgeBand = (v: string): v is AgeBand => (AGE_BANDS as readonly string[]).includes(v);
export const AGE_BAND_FILTERS: Record<AgeBand, { olderThanDays?: number; youngerThanDays?: number }> = {
  under7: { youngerThanDays: 7 },
  '7to30': { olderThanDays: 7, youngerThanDays: 31 },
  over30: { olderThanDays: 31 },
};
export const AGE_BAND_KEYS: Record<AgeBand, MessageKey> = {
  under7: 'dashboard.age.under7',
  '7to30': 'dashboard.age.from7to30',
  over30: 'dashboard.age.over30',
};

const STAGE_KEYS: Record<RequestMeasureStage, MessageKey> = {
  submission: 'requests.measured.submission',
  decision: 'requests.measured.decision',
  approved: 'requests.measured.approved',
  declined: 'requests.measured.declined',
  fulfilment: 'requests.measured.fulfilment',
};

export interface Scope {
  from: string;
  to: string;
  /** One partner, or every organisation. */
  orgId: string;
}

/** The requests submitted in the period that reached a stage (status: cancelled ones). */
export const periodLink = (s: Scope, reached: RequestMeasureStage, status?: 'cancelled') =>
  stockHref('requests', { from: s.from, to: s.to, org: s.orgId, reached: status ? 'submission' : reached, status });

/** Open now (drafts included, as the measures count them), whatever the period: by priority or by age. */
export const openLink = (s: Scope, by: { priority?: RequestPriority; age?: AgeBand; drafts?: boolean } = {}) =>
  stockHref('requests', {
    org: s.orgId,
    status: by.drafts ? 'draft' : 'unfinished',
    priority: by.priority ? String(by.priority) : undefined,
    age: by.age,
  });

/** The register's period-and-stage filter, read from its URL. */
export function measuredFrom(params: URLSearchParams | undefined): {
  submittedFrom?: string;
  submittedTo?: string;
  reached?: RequestMeasureStage;
} {
  const reached = params?.get('reached') ?? '';
  if (!(REQUEST_MEASURE_STAGES as readonly string[]).includes(reached)) return {};
  return {
    submittedFrom: params?.get('from') || undefined,
    submittedTo: params?.get('to') || undefined,
    reached: reached as RequestMeasureStage,
  };
}

/** What that filter shows, in words: "Submitted 1 May 2026 – 31 May 2026 · a decision was taken". */
export const measuredText = (m: ReturnType<typeof measuredFrom>) =>
  t('requests.measured.text', {
    from: m.submittedFrom ? date(m.submittedFrom) : '…',
    to: m.submittedTo ? date(m.submittedTo) : '…',
    stage: m.reached ? t(STAGE_KEYS[m.reached]) : '',
  });
