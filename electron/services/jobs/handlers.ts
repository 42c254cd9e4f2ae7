import type { AreaHandlers } from '../core/handlers';
import type { JobManager } from './manager';

export function jobHandlers(jobs: JobManager): AreaHandlers<'jobs.start' | 'jobs.cancel' | 'jobs.list'> {
  return {
    // Dispatch has checked the verified operator's permission before a handler runs.
    'jobs.start': (ctx, input) => jobs.start(input, { id: ctx.account()!.id, name: ctx.operator()! }),
    'jobs.cancel': (ctx, input) => jobs.cancel(input.jobId, ctx.operator()!),
    'jobs.list': (_ctx, input) => jobs.list(input.limit),
  };
}
