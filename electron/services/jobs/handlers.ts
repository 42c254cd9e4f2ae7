import type { AreaHandlers } from '../core/handlers';
import type { JobManager } from './manager';

export function jobHandlers(jobs: JobManager): AreaHandlers<'jobs.start' | 'jobs.cancel' | 'jobs.list'> {
  return {
    // Writes need an operator (dispatch checks it before a handler runs).
    'jobs.start': (ctx, input) => jobs.start(input, ctx.operator()!),
    'jobs.cancel': (ctx, input) => jobs.cancel(input.jobId, ctx.operator()!),
    'jobs.list': (_ctx, input) => jobs.list(input.limit),
  };
}
