import { say } from '../../api/i18n';
import type { RequestRow } from '../../../db/schema';
import type { RequestAction, RequestSide } from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { invalid, ruleViolation } from '../core/errors';
import { getSetting } from '../system/settings';
import { word } from '../workflow/engine';
import { REQUEST_WORKFLOW } from '../workflow/requests';
import { one } from '../stock/sql';

/**
 * Who acts: the operator acts for an organisation (by default this installation's own, or one
 * party of the request when the operator records it on that party's behalf). The requesting
 * organisation drafts, submits, cancels and closes; the providing one reviews, decides, commits
 * and delivers. Anyone else is refused, naming who may.
 */

const shortName = (ctx: ServiceContext, id: string) =>
  one<{ shortName: string }>(ctx.sqlite, 'SELECT short_name AS shortName FROM organisations WHERE id = ?', id)?.shortName ?? id;

export interface Actor {
  orgId: string;
  side: RequestSide;
}

export function actingOrg(ctx: ServiceContext, given: string | null | undefined): string {
  const id = given ?? getSetting(ctx.db, 'home_organisation_id');
  if (!id) throw invalid(say('requestCore.sayActingFor'), [{ path: ['actingOrgId'], message: say('requestCore.chooseOrg') }]);
  if (!one(ctx.sqlite, 'SELECT 1 FROM organisations WHERE id = ?', id))
    throw invalid(say('requestCore.actingNoSuchOrg'), [{ path: ['actingOrgId'], message: say('requestCore.chooseOrgFromList') }]);
  return id;
}

/** The side `orgId` acts on, refusing an organisation that is not a party and a side the action does not belong to. */
export function assertSide(
  ctx: ServiceContext,
  r: Pick<RequestRow, 'number' | 'requesterOrgId' | 'providerOrgId'>,
  given: string | null | undefined,
  /** null: either party may (a request's sharing label). */
  action: RequestAction | null,
): Actor {
  const orgId = actingOrg(ctx, given);
  const side: RequestSide | null = orgId === r.requesterOrgId ? 'requesting' : orgId === r.providerOrgId ? 'providing' : null;
  const requester = shortName(ctx, r.requesterOrgId);
  const provider = shortName(ctx, r.providerOrgId);
  if (!side)
    throw ruleViolation(say('requestCore.notAParty', { org: shortName(ctx, orgId), number: r.number, requester, provider }), [
      { path: ['actingOrgId'], message: say('requestCore.actFor', { requester, provider }) },
    ]);
  const needed = action === null ? side : (REQUEST_WORKFLOW.actions[action].side as RequestSide);
  if (action !== null && needed !== side) {
    const who =
      needed === 'requesting' ? say('requestCore.requestingOrg', { org: requester }) : say('requestCore.providingOrg', { org: provider });
    throw ruleViolation(
      say('requestCore.onlySide', {
        action: word(REQUEST_WORKFLOW.actions[action].label),
        who,
        number: r.number,
        org: shortName(ctx, orgId),
      }),
      [{ path: ['actingOrgId'], message: say('requestCore.onlyWho', { who }) }],
    );
  }
  return { orgId, side };
}
