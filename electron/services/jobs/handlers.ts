import { prepare } from '../exchange/plan';
import { speakTo } from '../system/language';
import { fourEyesRules, requireSecondOperator, verifySecondOperator } from '../operators/four-eyes';
import type { AreaHandlers } from '../core/handlers';
import type { JobManager } from './manager';

export function jobHandlers(jobs: JobManager): AreaHandlers<'jobs.start' | 'jobs.cancel' | 'jobs.list'> {
  return {
    // Dispatch has checked the verified operator's permission before a handler runs.
    'jobs.start': async (ctx, input) => {
      if (input.kind !== 'export') return jobs.start(input, { id: ctx.account()!.id, name: ctx.operator()! });
      // Four-eyes: the second operator is checked here, before the job starts (a wrong PIN counts);
      // the job gets their name only, never the PIN (the job's input is kept in the job list).
      const { secondOperator, ...request } = input;
      if (secondOperator) verifySecondOperator(ctx, secondOperator);
      // Only without one does the export's label matter: read until the first row above GREEN, on a
      // job thread (it may read every row); the request is checked here first, so a refusal keeps its fields.
      else if (fourEyesRules(ctx).exportsAboveGreen) {
        const { kind: _kind, ...exportReq } = request;
        prepare(ctx, exportReq);
        const by = { id: ctx.account()!.id, name: ctx.operator()! };
        const above = await jobs.task<boolean>('exportAboveGreen', request, by);
        // Another session's call may have set the messages' language while this one waited.
        speakTo(ctx, ctx.operator());
        if (above) requireSecondOperator(ctx, 'exportsAboveGreen');
      }
      return jobs.start(request, { id: ctx.account()!.id, name: ctx.operator()!, second: ctx.secondOperator });
    },
    'jobs.cancel': (ctx, input) => jobs.cancel(input.jobId, ctx.operator()!),
    'jobs.list': (_ctx, input) => jobs.list(input.limit),
  };
}
