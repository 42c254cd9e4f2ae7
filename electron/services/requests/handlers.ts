import type { OpName } from '../../api/contract';
import type { AreaHandlers } from '../core/handlers';
import { dayOf } from '../stock/dates';
import { actOnRequest, commitRequest, deliverRequest } from './act';
import { addAttachment, removeAttachment } from './attachments';
import { linkConvoy } from './convoy-links';
import { createRequest, updateRequest } from './edit';
import { requestMeasures } from './measures';
import { listRequests, requestDetail } from './views';

type RequestOp = Extract<OpName, `requests.${string}`>;

/** Shared-resource requests: register, detail, drafting, the workflow's actions, the measures, attachments. */
export const requestHandlers: AreaHandlers<RequestOp> = {
  'requests.list': (ctx, input) => listRequests(ctx.sqlite, input, dayOf(ctx.now())),
  'requests.get': (ctx, input) => requestDetail(ctx.sqlite, input.id, dayOf(ctx.now())),
  'requests.create': (ctx, input) => createRequest(ctx, input),
  'requests.update': (ctx, input) => updateRequest(ctx, input),
  'requests.act': (ctx, input) => actOnRequest(ctx, input),
  'requests.commit': (ctx, input) => commitRequest(ctx, input),
  'requests.deliver': (ctx, input) => deliverRequest(ctx, input),
  'requests.linkConvoy': (ctx, input) => linkConvoy(ctx, input),
  'requests.measures': (ctx, input) => requestMeasures(ctx, input),
  'requests.attachments.add': (ctx, input) => addAttachment(ctx, input),
  'requests.attachments.remove': (ctx, input) => removeAttachment(ctx, input),
};
