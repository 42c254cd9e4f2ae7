import type { RequestFigures } from '../../api/dashboard';
import type { ServiceContext } from '../core/context';
import { requestMeasures } from '../requests/measures';

const PERIOD_DAYS = 90;

/**
 * Open requests by priority and by age, and response times of the requests submitted in the last
 * 90 days: the requests' own measures (requests/measures.ts), so the dashboard and the measures
 * agree. Requests are between organisations, not sites: the same for every site.
 */
export function requestFigures(ctx: ServiceContext): RequestFigures {
  const today = ctx.now().slice(0, 10);
  const from = new Date(Date.parse(`${today}T12:00:00Z`) - PERIOD_DAYS * 86_400_000).toISOString().slice(0, 10);
  const m = requestMeasures(ctx, { from, to: today }).overall;
  return {
    openByPriority: m.openByPriority,
    openByAge: m.openByAge,
    periodFrom: from,
    toDecision: m.toDecision,
    toFulfilment: m.toFulfilment,
    fulfilmentRate: m.fulfilmentRate,
  };
}
